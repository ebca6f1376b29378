/** The AI's versions of a report: the first (idempotent) and a re-score with the current provider. */
import { evaluationRecord, interviewAI } from "@shared/ai/index.ts";
import { aiEvents } from "@shared/audit/trail.ts";
import * as routes from "@shared/contracts/reports.ts";
import { getRow } from "@shared/db/owned_table.ts";
import { jsonb, sql, values } from "@shared/db/statement.ts";
import { interviewReports } from "@shared/db/tables.ts";
import { query, withUserTransaction } from "@shared/db/transaction.ts";
import { createRouter } from "@shared/http/app.ts";
import { envelope } from "@shared/http/envelope.ts";
import { ConflictError, NotFoundError } from "@shared/http/errors.ts";
import type { InterviewReport } from "@shared/schemas/interview_report.ts";
import {
  aiVersion,
  existingReport,
  insertVersion,
  notFound,
  readMaterial,
  scoreInterview,
} from "./scoring.ts";

export const router = createRouter();

router.openapi(routes.generate, async (c) => {
  const principal = c.get("principal");
  const { interview_id } = c.req.valid("json");

  const material = await withUserTransaction(principal, async (tx) => {
    const [[report], [[interview], rows]] = await Promise.all([
      existingReport(tx, interview_id),
      readMaterial(tx, interview_id),
    ]);
    return { report, interview, rows };
  });
  if (material.report) return c.json(envelope(material.report), 200);
  if (!material.interview) throw new NotFoundError("Interview not found.");
  if (material.interview.status !== "completed" && material.interview.status !== "expired") {
    throw new ConflictError("The interview is not finished yet.", "INTERVIEW_NOT_FINISHED");
  }

  const ai = interviewAI();
  const scored = await scoreInterview(
    principal,
    interview_id,
    material.interview.job,
    material.rows,
    ai,
    { everyAnswer: false },
  );
  const { figures } = scored;

  const { report, created } = await withUserTransaction(principal, async (tx) => {
    // The report row first (its content is the version's, copied when the version is added).
    const [inserted] = await query(
      tx,
      sql<{ id: string }>`
        insert into public.interview_reports ${
        values([{
          owner_id: principal.claims.sub,
          interview_id,
          job_description_id: material.interview!.job_description_id,
          overall_score: figures.overall_score,
          recommendation: figures.recommendation,
          summary: scored.summary,
          provider: ai.provider,
        }])
      }
        on conflict (interview_id) do nothing
        returning id`,
    );
    if (inserted) {
      await insertVersion(tx, aiVersion(principal, inserted.id, 1, scored, ai));
      if (scored.fresh.length > 0) {
        // Every new evaluation in one statement.
        const evaluations = scored.fresh.map(({ row, evaluation }) => ({
          id: row.response_id,
          score: evaluation.score,
          details: evaluationRecord(evaluation, ai),
          flags: evaluation.flags,
        }));
        await query(
          tx,
          sql`
            update public.interview_responses r
            set score = s.score, score_details = s.details, evaluated_at = now(),
                flags = array(select jsonb_array_elements_text(s.flags))
            from jsonb_to_recordset(${jsonb(evaluations)})
              as s(id uuid, score numeric, details jsonb, flags jsonb)
            where r.id = s.id`,
        );
      }
    }
    // Answered as any later request reads it (a concurrent request may have written it first).
    const [first] = await existingReport(tx, interview_id);
    // The calls are on the record even when a concurrent request's report was kept instead.
    await query(
      tx,
      aiEvents(interview_id, scored.calls.map((call) => ({ ...call, report_id: first.id }))),
    );
    return { report: first, created: Boolean(inserted) };
  });
  return created
    ? c.json(envelope(report, "Report generated."), 201)
    : c.json(envelope(report), 200);
});

router.openapi(routes.rescore, async (c) => {
  const principal = c.get("principal");
  const { id } = c.req.valid("param");
  const material = await withUserTransaction(principal, async (tx) => {
    const [report] = await query(
      tx,
      sql<{ interview_id: string }>`
        select interview_id from public.interview_reports where id = ${id}`,
    );
    if (!report) return null;
    const [[interview], rows] = await readMaterial(tx, report.interview_id);
    return { interviewId: report.interview_id, interview, rows };
  });
  if (!material) throw notFound();

  const ai = interviewAI();
  const scored = await scoreInterview(
    principal,
    material.interviewId,
    material.interview.job,
    material.rows,
    ai,
    { everyAnswer: true },
  );
  const report = await withUserTransaction(principal, async (tx) => {
    // Locked: a review or another re-score at the same time takes the next version after this.
    const [current] = await query(
      tx,
      sql<{ current_version: number }>`
        select current_version from public.interview_reports where id = ${id} for update`,
    );
    await insertVersion(tx, aiVersion(principal, id, current.current_version + 1, scored, ai));
    await query(
      tx,
      aiEvents(material.interviewId, scored.calls.map((call) => ({ ...call, report_id: id }))),
    );
    const [row] = await query(tx, getRow<InterviewReport>(interviewReports, id));
    return row;
  });
  return c.json(envelope(report, "Re-scored: a new version."), 201);
});
