/**
 * The reports function: a recruiter's report on a finished interview. Its numbers and evidence
 * come from the evaluations made as each answer arrived (an answer the AI could not evaluate then
 * is evaluated now); the AI writes only the prose around them. The report and any new
 * evaluations are written in one transaction. It is idempotent: the first request writes the
 * report, every later one (and a concurrent one that lost the race) answers the same report.
 */
import { evaluationFromRecord, evaluationRecord, interviewAI } from "@shared/ai/index.ts";
import { evaluatorQuestion, recordCall } from "@shared/ai/recorded.ts";
import { aiEvents, type CallSubject } from "@shared/audit/trail.ts";
import type { AiCall } from "@shared/ai/recorded.ts";
import type { Principal } from "@shared/auth/principal.ts";
import type { Evaluation, JobBrief, QuestionToEvaluate } from "@shared/ai/provider.ts";
import { reportFigures, type ReportItem } from "@shared/ai/report.ts";
import { requireRecruiter } from "@shared/auth/middleware.ts";
import * as routes from "@shared/contracts/reports.ts";
import type { TransactionSql } from "@shared/db/client.ts";
import { columnsOf, getRow, listRows } from "@shared/db/owned_table.ts";
import { interviewReports } from "@shared/db/tables.ts";
import { query, withUserTransaction } from "@shared/db/transaction.ts";
import { createApp, createRouter } from "@shared/http/app.ts";
import { envelope, paged } from "@shared/http/envelope.ts";
import { ConflictError, NotFoundError, ServiceUnavailableError } from "@shared/http/errors.ts";
import type { Interview } from "@shared/schemas/interview.ts";
import type { InterviewReport } from "@shared/schemas/interview_report.ts";

const EVALUATION_CONCURRENCY = 4;
/**
 * The most wall clock a report may spend on the AI: every call and retry stops at this deadline,
 * so the request ends within a hosted function's 150 s (free plan) with room for the database.
 * What does not fit is refused with 503 and nothing written; the answers evaluated when they
 * arrived are most of the work, so this is rare.
 */
const AI_BUDGET_MS = 120_000;

/**
 * `work` over `items`, at most `size` at once, results in the items' order; each batch only
 * when `fits()` says there is time for it.
 */
async function inBatches<T, R>(
  items: T[],
  size: number,
  fits: () => boolean,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    if (!fits()) throw outOfTime();
    results.push(...await Promise.all(items.slice(start, start + size).map(work)));
  }
  return results;
}

function outOfTime() {
  return new ServiceUnavailableError(
    "The AI could not evaluate every answer in time; try again shortly.",
    "AI_UNAVAILABLE",
  );
}

const router = createRouter();
router.use("*", requireRecruiter);

function existingReport(tx: TransactionSql, interviewId: string) {
  return tx.unsafe<InterviewReport[]>(
    `select ${
      columnsOf(interviewReports).text
    } from public.interview_reports where interview_id = $1`,
    [interviewId],
  );
}

interface QuestionRow extends QuestionToEvaluate {
  question_id: string;
  main_question_id: string;
  response_id: string | null;
  answer_text: string | null;
  score: number | null;
  score_details: unknown;
  evaluated_at: string | null;
}

router.openapi(routes.generate, async (c) => {
  const principal = c.get("principal");
  const { interview_id } = c.req.valid("json");

  const material = await withUserTransaction(principal, async (tx) => {
    const [[report], [interview], rows] = await Promise.all([
      existingReport(tx, interview_id),
      tx<{ status: Interview["status"]; job_description_id: string; job: JobBrief }[]>`
        select i.status, i.job_description_id,
               jsonb_build_object(
                 'title', j.title, 'description', j.description, 'seniority', j.seniority,
                 'requirements', to_jsonb(j.requirements), 'skills', to_jsonb(j.skills),
                 'focus_areas', j.interview_settings -> 'focus_areas',
                 'difficulty', j.interview_settings ->> 'difficulty'
               ) as job
        from public.interviews i
        join public.job_descriptions j on j.id = i.job_description_id
        where i.id = ${interview_id}`,
      tx<QuestionRow[]>`
        select q.id as question_id, coalesce(q.parent_question_id, q.id) as main_question_id,
               q.text, q.category, q.difficulty, q.competency, q.expected_points, q.rubric,
               q.parent_question_id is not null as is_follow_up,
               r.id as response_id, r.answer_text, r.score, r.score_details, r.evaluated_at
        from public.interview_questions q
        left join public.interview_responses r on r.question_id = q.id
        where q.interview_id = ${interview_id}
        order by q.position, q.follow_up_index`,
    ]);
    return { report, interview, rows };
  });
  if (material.report) return c.json(envelope(material.report), 200);
  if (!material.interview) throw new NotFoundError("Interview not found.");
  if (material.interview.status !== "completed" && material.interview.status !== "expired") {
    throw new ConflictError("The interview is not finished yet.", "INTERVIEW_NOT_FINISHED");
  }

  // Evaluated outside any transaction: a slow AI holds no locks, and a failed one writes nothing
  // but the trail's record of the calls made.
  const ai = interviewAI();
  const deadline = Date.now() + AI_BUDGET_MS;
  const fits = () => Date.now() < deadline;
  const calls: (AiCall & CallSubject)[] = [];
  const refuse = async (error: unknown): Promise<never> => {
    await recordFailedCalls(principal, interview_id, calls);
    throw error;
  };
  const stored = new Map<string, Evaluation>();
  for (const row of material.rows) {
    const evaluation = row.evaluated_at ? evaluationFromRecord(row.score, row.score_details) : null;
    if (evaluation) stored.set(row.question_id, evaluation);
  }
  // A few answers at a time: an external model takes seconds per answer, and a long interview
  // evaluated one by one could outlast the function's time limit.
  const pending = material.rows.filter((row) => row.response_id && !stored.has(row.question_id));
  const fresh = await inBatches(pending, EVALUATION_CONCURRENCY, fits, async (row) => {
    const judged = evaluatorQuestion(row);
    const answerText = row.answer_text ?? "";
    const options = { followUpAllowed: false, moment: "report" as const };
    // The deadline bounds the call; it is not something the AI is given to judge by.
    const evaluated = await recordCall(
      ai,
      "report_evaluation",
      { question: judged, answer_text: answerText, options },
      () => ai.evaluateAnswer(judged, answerText, { ...options, deadline }),
      (assessment) => assessment.evaluation,
    );
    calls.push({ ...evaluated.call, question_id: row.question_id, response_id: row.response_id });
    return { row, evaluated };
  }).catch(refuse);
  const failed = fresh.find(({ evaluated }) => !evaluated.ok);
  if (failed && !failed.evaluated.ok) await refuse(failed.evaluated.error);
  for (const { row, evaluated } of fresh) {
    if (evaluated.ok) stored.set(row.question_id, evaluated.value.evaluation);
  }

  const items: ReportItem[] = material.rows.map((row) => ({
    question_id: row.question_id,
    main_question_id: row.main_question_id,
    question: row,
    answer_text: row.answer_text,
    evaluation: stored.get(row.question_id) ?? null,
  }));
  const figures = reportFigures(items);
  if (!fits()) await refuse(outOfTime());
  const job = material.interview.job;
  const written = await recordCall(
    ai,
    "report_prose",
    { job, figures },
    () => ai.writeReport(job, figures, { deadline }),
  );
  calls.push(written.call);
  if (!written.ok) return await refuse(written.error);
  const prose = written.value;
  const rubricVersion = material.rows.find((row) => row.rubric)?.rubric?.version ?? null;

  const { report, created } = await withUserTransaction(principal, async (tx) => {
    const [inserted] = await tx<{ id: string }[]>`
      insert into public.interview_reports ${
      tx({
        owner_id: principal.claims.sub,
        interview_id,
        job_description_id: material.interview!.job_description_id,
        overall_score: figures.overall_score,
        recommendation: figures.recommendation,
        summary: prose.summary,
        strengths: prose.strengths,
        weaknesses: prose.weaknesses,
        competency_scores: tx.json(figures.competency_scores),
        details: tx.json({
          competencies: figures.competencies,
          flags: figures.flags,
          claim_check: figures.claim_check,
          answered: figures.answered,
          total: figures.total,
          follow_ups: figures.follow_ups,
        } as never),
        provider: ai.provider,
        model: ai.model,
        prompt_version: ai.promptVersion,
        rubric_version: rubricVersion,
      } as never)
    }
      on conflict (interview_id) do nothing
      returning id`;
    if (inserted && fresh.length > 0) {
      // Every new evaluation in one statement.
      const evaluations = fresh.map(({ row, evaluated }) => {
        const { evaluation } = (evaluated as { value: { evaluation: Evaluation } }).value;
        return {
          id: row.response_id,
          score: evaluation.score,
          details: evaluationRecord(evaluation, ai),
          flags: evaluation.flags,
        };
      });
      await tx`
        update public.interview_responses r
        set score = s.score, score_details = s.details, evaluated_at = now(),
            flags = array(select jsonb_array_elements_text(s.flags))
        from jsonb_to_recordset(${tx.json(evaluations as never)})
          as s(id uuid, score numeric, details jsonb, flags jsonb)
        where r.id = s.id`;
    }
    // Answered as any later request reads it (a concurrent request may have written it first).
    const [first] = await existingReport(tx, interview_id);
    // The calls are on the record even when a concurrent request's report was kept instead.
    await query(
      tx,
      aiEvents(interview_id, calls.map((call) => ({ ...call, report_id: first.id }))),
    );
    return { report: first, created: Boolean(inserted) };
  });
  return created
    ? c.json(envelope(report, "Report generated."), 201)
    : c.json(envelope(report), 200);
});

/**
 * Records calls made for a report that is refused (the AI failed or ran out of time), in a
 * transaction of their own: the trail keeps them. A trail that cannot be written is logged, and
 * the caller's own error stands.
 */
async function recordFailedCalls(principal: Principal, interviewId: string, calls: AiCall[]) {
  if (calls.length === 0) return;
  await withUserTransaction(principal, aiEvents(interviewId, calls)).catch((error) => {
    console.error(`[reports] failed AI calls went unrecorded: ${(error as Error).name}`);
  });
}

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
