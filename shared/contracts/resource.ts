/**
 * The five routes of a resource a recruiter owns (create, list, get, update, delete), built from
 * its schemas, so every such resource answers the same way: 201 on create, a paginated list with
 * text search and filters, 404 for an id the recruiter cannot see, 422 for a PATCH that validates
 * unlike a POST.
 */
import { z } from "zod";
import { createRoute } from "../http/router.ts";
import { page, PageQuery, Uuid } from "../schemas/common.ts";
import { bearerAuth, errors, jsonBody, ok } from "./responses.ts";

export const IdParams = z.object({ id: Uuid.meta({ param: { name: "id", in: "path" } }) });

export const Deleted = z.object({ id: Uuid, deleted: z.literal(true) }).meta({ id: "Deleted" });

interface ResourceSchemas<
  Row extends z.ZodType,
  Create extends z.ZodType,
  Update extends z.ZodType,
  Filters extends z.ZodRawShape,
> {
  tag: string;
  /** "job description": used in summaries. */
  noun: string;
  row: Row;
  create: Create;
  update: Update;
  /** The list's filters beside page, page_size and q. */
  filters: Filters;
  /** What `q` searches, for the documentation. */
  searches: string;
}

export function resourceRoutes<
  Row extends z.ZodType,
  Create extends z.ZodType,
  Update extends z.ZodType,
  Filters extends z.ZodRawShape,
>(schemas: ResourceSchemas<Row, Create, Update, Filters>) {
  const { tag, noun, row } = schemas;
  const tags = [tag];
  const query = PageQuery.extend(schemas.filters).extend({
    q: PageQuery.shape.q.meta({
      description: `Case-insensitive text search over ${schemas.searches}.`,
    }),
  }).strict();

  return {
    create: createRoute({
      method: "post",
      path: "/",
      tags,
      summary: `Create a ${noun}`,
      security: bearerAuth,
      request: { body: jsonBody(schemas.create) },
      responses: {
        201: ok(row, `The new ${noun}.`),
        ...errors(400, 401, 404, 409, 413, 415, 422, 503),
      },
    }),
    list: createRoute({
      method: "get",
      path: "/",
      tags,
      summary: `List your ${noun}s, newest first`,
      security: bearerAuth,
      request: { query },
      responses: { 200: ok(() => page(row), `A page of ${noun}s.`), ...errors(401, 422, 503) },
    }),
    get: createRoute({
      method: "get",
      path: "/{id}",
      tags,
      summary: `One ${noun}`,
      security: bearerAuth,
      request: { params: IdParams },
      responses: { 200: ok(row, `The ${noun}.`), ...errors(401, 404, 422, 503) },
    }),
    update: createRoute({
      method: "patch",
      path: "/{id}",
      tags,
      summary: `Change some fields of a ${noun}`,
      security: bearerAuth,
      request: { params: IdParams, body: jsonBody(schemas.update) },
      responses: {
        200: ok(row, `The ${noun} as changed.`),
        ...errors(400, 401, 404, 409, 413, 415, 422, 503),
      },
    }),
    remove: createRoute({
      method: "delete",
      path: "/{id}",
      tags,
      summary: `Delete a ${noun}`,
      security: bearerAuth,
      request: { params: IdParams },
      responses: { 200: ok(Deleted, "Deleted."), ...errors(401, 404, 409, 422, 503) },
    }),
  };
}
