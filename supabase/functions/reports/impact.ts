/** The bias audit: selection and scoring rates per category of self-identification (Local Law 144). */
import { type ImpactCounts, impactSummary } from "@shared/audit/impact.ts";
import * as routes from "@shared/contracts/reports.ts";
import { sql } from "@shared/db/statement.ts";
import { withUserTransaction } from "@shared/db/transaction.ts";
import { createRouter } from "@shared/http/app.ts";
import { envelope } from "@shared/http/envelope.ts";
import { ConflictError, NotFoundError } from "@shared/http/errors.ts";

export const router = createRouter();

/** Fewer people than this, and a summary would show individuals' self-identification. */
const IMPACT_MIN_SAMPLE = 10;
const YEAR_MS = 365 * 24 * 3600 * 1000;

// Registered before `/{id}`, which would otherwise take "impact" for an id.
router.openapi(routes.impact, async (c) => {
  const { job_description_id, from, to } = c.req.valid("query");
  const end = to ? new Date(to) : new Date();
  const start = from ? new Date(from) : new Date(end.getTime() - YEAR_MS);
  // Aggregates only: the function reads what no recruiter can, and answers counts per category.
  const [[job], counts] = await withUserTransaction(c.get("principal"), [
    sql<{ id: string }>`select id from public.job_descriptions where id = ${job_description_id}`,
    sql<ImpactCounts>`
      select * from private.impact_counts(${job_description_id}::uuid, ${start}, ${end})`,
  ]);
  if (!job) throw new NotFoundError("Job not found.");
  const summary = impactSummary(counts, { jobId: job_description_id, from: start, to: end });
  if (summary.assessed < IMPACT_MIN_SAMPLE) {
    throw new ConflictError(
      `${summary.assessed} people were assessed in this window: a summary needs at least ${IMPACT_MIN_SAMPLE}, or it would show individuals' answers. Widen the window.`,
      "SAMPLE_TOO_SMALL",
    );
  }
  return c.json(envelope(summary), 200);
});
