/** The tickets function's routes (served at /functions/v1/tickets). */
import { createRoute } from "../http/router.ts";
import { page, PageQuery, Uuid } from "../schemas/common.ts";
import {
  InterviewTicket,
  InterviewTicketCreate,
  IssuedInterviewTicket,
  TicketStatus,
} from "../schemas/interview_ticket.ts";
import { IdParams } from "./resource.ts";
import { bearerAuth, errors, jsonBody, ok } from "./responses.ts";

const tags = ["tickets"];

export const TicketListQuery = PageQuery.omit({ q: true }).extend({
  candidate_id: Uuid.optional(),
  job_description_id: Uuid.optional(),
  status: TicketStatus.optional(),
}).strict();

export const create = createRoute({
  method: "post",
  path: "/",
  tags,
  summary: "Issue a ticket for one of your candidates and jobs",
  description: "The answer is the only time the code is shown; only its hash is stored.",
  security: bearerAuth,
  request: { body: jsonBody(InterviewTicketCreate) },
  responses: {
    201: ok(IssuedInterviewTicket, "The ticket, with its code and the link to send."),
    ...errors(400, 401, 404, 413, 415, 422, 503),
  },
});

export const list = createRoute({
  method: "get",
  path: "/",
  tags,
  summary: "List your tickets, newest first",
  security: bearerAuth,
  request: { query: TicketListQuery },
  responses: {
    200: ok(() => page(InterviewTicket), "A page of tickets."),
    ...errors(401, 422, 503),
  },
});

export const get = createRoute({
  method: "get",
  path: "/{id}",
  tags,
  summary: "One ticket",
  security: bearerAuth,
  request: { params: IdParams },
  responses: { 200: ok(InterviewTicket, "The ticket."), ...errors(401, 404, 422, 503) },
});

export const revoke = createRoute({
  method: "post",
  path: "/{id}/revoke",
  tags,
  summary: "Revoke a ticket: it can no longer be redeemed",
  security: bearerAuth,
  request: { params: IdParams },
  responses: {
    200: ok(InterviewTicket, "The revoked ticket."),
    ...errors(401, 404, 409, 422, 503),
  },
});
