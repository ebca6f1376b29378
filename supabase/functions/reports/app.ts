/**
 * The reports function: a recruiter's report on a finished interview. Generating it scores every
 * answer against what a good answer covers, then writes the scores and the report in one
 * transaction. It is idempotent: the first request writes the report, every later one (and a
 * concurrent one that lost the race) answers the same report.
 */
import { interviewAI } from "@shared/ai/index.ts";
import type { QuestionToScore } from "@shared/ai/provider.ts";
import { requireRecruiter } from "@shared/auth/middleware.ts";
import * as routes from "@shared/contracts/reports.ts";
import type { TransactionSql } from "@shared/db/client.ts";
import { interviewBrief } from "@shared/db/interview_brief.ts";
import { getRow, listRows } from "@shared/db/owned_table.ts";
import { interviewReports } from "@shared/db/tables.ts";
import { withUserTransaction } from "@shared/db/transaction.ts";
import { createApp, createRouter } from "@shared/http/app.ts";
import { envelope, paged } from "@shared/http/envelope.ts";
import { ConflictError, NotFoundError } from "@shared/http/errors.ts";
import type { InterviewReport } from "@shared/schemas/interview_report.ts";

const SCORING_CONCURRENCY = 4;

/** `work` over `items`, at most `size` at once, results in the items' order. */
async function inBatches<T, R>(
  items: T[],
  size: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(
      ...await Promise.all(items.slice(start, start + size).map(work)),
    );
  }
  return results;
}

const router = createRouter();
router.use("*", requireRecruiter);

function existingReport(tx: TransactionSql, interviewId: string) {
  return tx<InterviewReport[]>`
    select ${
    tx(interviewReports.columns as string[])
  } from public.interview_reports where interview_id = ${interviewId}`;
}

router.openapi(routes.generate, async (c) => {
  const principal = c.get("principal");
  const { interview_id } = c.req.valid("json");

  const material = await withUserTransaction(principal, async (tx) => {
    const [[report], [interview], answers] = await Promise.all([
      existingReport(tx, interview_id),
      interviewBrief(tx, interview_id),
      tx<
        (QuestionToScore & {
          response_id: string | null;
          answer_text: string | null;
          duration_seconds: number | null;
        })[]
      >`
        select q.text, q.category, q.difficulty, q.competency, q.expected_points,
               r.id as response_id, r.answer_text, r.duration_seconds
        from public.interview_questions q
        left join public.interview_responses r on r.question_id = q.id
        where q.interview_id = ${interview_id}
        order by q.position`,
    ]);
    return { report, interview, answers };
  });
  if (material.report) return c.json(envelope(material.report), 200);
  if (!material.interview) throw new NotFoundError("Interview not found.");
  if (
    material.interview.status !== "completed" &&
    material.interview.status !== "expired"
  ) {
    throw new ConflictError(
      "The interview is not finished yet.",
      "INTERVIEW_NOT_FINISHED",
    );
  }

  // Scored outside any transaction: a slow AI holds no locks, and a failed one writes nothing.
  const ai = interviewAI();
  const candidate = {
    full_name: material.interview.full_name,
    cv: material.interview.cv,
  };
  // A few answers at a time: an external model takes seconds per answer, and a long interview
  // scored one by one could outlast the function's time limit.
  const scored = await inBatches(
    material.answers,
    SCORING_CONCURRENCY,
    async (row) => {
      const { response_id, answer_text, duration_seconds, ...question } = row;
      const score = await ai.scoreAnswer(
        question,
        answer_text ?? "",
        duration_seconds,
      );
      return {
        question,
        answer_text: answer_text ?? "",
        duration_seconds,
        score,
        response_id,
      };
    },
  );
  const draft = await ai.summarize(material.interview.job, candidate, scored);

  const { report, created } = await withUserTransaction(
    principal,
    async (tx) => {
      const [inserted] = await tx<InterviewReport[]>`
      insert into public.interview_reports ${
        tx({
          owner_id: principal.claims.sub,
          interview_id,
          overall_score: draft.overall_score,
          recommendation: draft.recommendation,
          summary: draft.summary,
          strengths: draft.strengths,
          weaknesses: draft.weaknesses,
          competency_scores: tx.json(draft.competency_scores),
          provider: ai.provider,
          model: ai.model,
        } as never)
      }
      on conflict (interview_id) do nothing
      returning ${tx(interviewReports.columns as string[])}`;
      if (!inserted) {
        // A concurrent request wrote it first: answer that one, and leave its scores.
        const [first] = await existingReport(tx, interview_id);
        return { report: first, created: false };
      }
      // Every answer's score in one statement.
      const scores = scored.filter((answer) => answer.response_id)
        .map((answer) => ({
          id: answer.response_id,
          score: answer.score.score,
          details: answer.score,
        }));
      await tx`
        update public.interview_responses r
        set score = s.score, score_details = s.details
        from jsonb_to_recordset(${tx.json(scores)}) as s(id uuid, score numeric, details jsonb)
        where r.id = s.id`;
      return { report: inserted, created: true };
    },
  );
  return created
    ? c.json(envelope(report, "Report generated."), 201)
    : c.json(envelope(report), 200);
});

router.openapi(routes.list, async (c) => {
  const { page, page_size, interview_id } = c.req.valid("query");
  const [items, [{ total }]] = await withUserTransaction(
    c.get("principal"),
    listRows<InterviewReport>(interviewReports, { page, page_size, filters: { interview_id } }),
  );
  return c.json(envelope(paged(items, total, page, page_size)), 200);
});

router.openapi(routes.get, async (c) => {
  const [report] = await withUserTransaction(
    c.get("principal"),
    getRow<InterviewReport>(interviewReports, c.req.valid("param").id),
  );
  if (!report) throw new NotFoundError("Report not found.");
  return c.json(envelope(report), 200);
});

export const app = createApp("/reports");
app.route("/", router);
