/** The jobs function: a recruiter's job descriptions, which interviews are generated from. */
import * as routes from "@shared/contracts/jobs.ts";
import { deleteRow, getRow, insertRow, listRows, updateRow } from "@shared/db/owned_table.ts";
import { sql } from "@shared/db/statement.ts";
import { jobDescriptions } from "@shared/db/tables.ts";
import { withUserTransaction } from "@shared/db/transaction.ts";
import { createApp, createRouter } from "@shared/http/app.ts";
import { envelope, paged } from "@shared/http/envelope.ts";
import { NotFoundError } from "@shared/http/errors.ts";
import type { JobDescription } from "@shared/schemas/job_description.ts";

const notFound = () => new NotFoundError("Job description not found.");
const router = createRouter();

router.openapi(routes.create, async (c) => {
  const principal = c.get("principal");
  const [job] = await withUserTransaction(
    principal,
    insertRow<JobDescription>(jobDescriptions, {
      ...c.req.valid("json"),
      owner_id: principal.claims.sub,
    }),
  );
  return c.json(envelope(job), 201);
});

router.openapi(routes.list, async (c) => {
  const { page, page_size, q, status } = c.req.valid("query");
  const [items, [{ total }]] = await withUserTransaction(
    c.get("principal"),
    listRows<JobDescription>(jobDescriptions, { page, page_size, q, filters: { status } }),
  );
  return c.json(envelope(paged(items, total, page, page_size)), 200);
});

router.openapi(routes.get, async (c) => {
  const [job] = await withUserTransaction(
    c.get("principal"),
    getRow<JobDescription>(jobDescriptions, c.req.valid("param").id),
  );
  if (!job) throw notFound();
  return c.json(envelope(job), 200);
});

router.openapi(routes.update, async (c) => {
  const { interview_settings, ...fields } = c.req.valid("json");
  const [job] = await withUserTransaction(
    c.get("principal"),
    updateRow<JobDescription>(
      jobDescriptions,
      c.req.valid("param").id,
      fields,
      // Settings not sent keep their values.
      interview_settings
        ? [sql`interview_settings = interview_settings || ${interview_settings}`]
        : [],
    ),
  );
  if (!job) throw notFound();
  return c.json(envelope(job), 200);
});

router.openapi(routes.remove, async (c) => {
  const [deleted] = await withUserTransaction(
    c.get("principal"),
    deleteRow(jobDescriptions, c.req.valid("param").id),
  );
  if (!deleted) throw notFound();
  return c.json(envelope({ id: deleted.id, deleted: true as const }), 200);
});

export const app = createApp("/jobs");
app.route("/", router);
