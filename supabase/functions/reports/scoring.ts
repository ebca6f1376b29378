/**
 * What the report routes share: an interview's material read for scoring, its answers scored
 * (evaluations made as they arrived, the rest now, in batches within the AI's time budget), a
 * version from the AI's figures and prose, and the trail's record of calls that produced nothing.
 */
import { evaluationFromRecord } from "@shared/ai/index.ts";
import type { Evaluation, InterviewAI, JobBrief, QuestionToEvaluate } from "@shared/ai/provider.ts";
import { type AiCall, evaluatorQuestion, recordCall } from "@shared/ai/recorded.ts";
import { type ReportFigures, reportFigures, type ReportItem } from "@shared/ai/report.ts";
import { aiEvents, type CallSubject } from "@shared/audit/trail.ts";
import type { Principal } from "@shared/auth/principal.ts";
import { columnsOf } from "@shared/db/owned_table.ts";
import { jsonb, sql, type SqlValue, values } from "@shared/db/statement.ts";
import { interviewReports } from "@shared/db/tables.ts";
import { query, type Transaction, withUserTransaction } from "@shared/db/transaction.ts";
import { NotFoundError, ServiceUnavailableError } from "@shared/http/errors.ts";
import type { Interview } from "@shared/schemas/interview.ts";
import type { InterviewReport } from "@shared/schemas/interview_report.ts";

const EVALUATION_CONCURRENCY = 4;
/**
 * The most wall clock a report may spend on the AI: every call and retry stops at this deadline,
 * so the request ends within a hosted function's 150 s (free plan) with room for the database.
 * What does not fit is refused with 503 and nothing written but the trail's record of the calls;
 * the answers evaluated when they arrived are most of the work, so this is rare.
 */
const AI_BUDGET_MS = 120_000;

export const notFound = () => new NotFoundError("Report not found.");

/**
 * `work` over `items`, at most `size` at once, results in the items' order; each batch only
 * when `fits()` says there is time for it, and none after a batch with a failure.
 */
async function inBatches<T, R extends { ok: boolean }>(
  items: T[],
  size: number,
  fits: () => boolean,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    if (!fits()) throw outOfTime();
    const batch = await Promise.all(items.slice(start, start + size).map(work));
    results.push(...batch);
    if (batch.some((result) => !result.ok)) break;
  }
  return results;
}

function outOfTime() {
  return new ServiceUnavailableError(
    "The AI could not evaluate every answer in time; try again shortly.",
    "AI_UNAVAILABLE",
  );
}

export function existingReport(tx: Transaction, interviewId: string) {
  return query(
    tx,
    sql<InterviewReport>`
      select ${columnsOf(interviewReports)} from public.interview_reports
      where interview_id = ${interviewId}`,
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

interface InterviewMaterial {
  status: Interview["status"];
  job_description_id: string;
  job: JobBrief;
}

/** What a report is made from: the interview, its job, and every question with its answer. */
export function readMaterial(tx: Transaction, interviewId: string) {
  return Promise.all([
    query(
      tx,
      sql<InterviewMaterial>`
        select i.status, i.job_description_id,
               jsonb_build_object(
                 'title', j.title, 'description', j.description, 'seniority', j.seniority,
                 'requirements', to_jsonb(j.requirements), 'skills', to_jsonb(j.skills),
                 'focus_areas', j.interview_settings -> 'focus_areas',
                 'difficulty', j.interview_settings ->> 'difficulty'
               ) as job
        from public.interviews i
        join public.job_descriptions j on j.id = i.job_description_id
        where i.id = ${interviewId}`,
    ),
    query(
      tx,
      sql<QuestionRow>`
        select q.id as question_id, coalesce(q.parent_question_id, q.id) as main_question_id,
               q.text, q.category, q.difficulty, q.competency, q.expected_points, q.rubric,
               q.parent_question_id is not null as is_follow_up,
               r.id as response_id, r.answer_text, r.score, r.score_details, r.evaluated_at
        from public.interview_questions q
        left join public.interview_responses r on r.question_id = q.id
        where q.interview_id = ${interviewId}
        order by q.position, q.follow_up_index`,
    ),
  ]);
}

/** A report's content: what a version stores. */
interface Scored {
  figures: ReportFigures;
  summary: string;
  strengths: string[];
  weaknesses: string[];
  rubricVersion: string | null;
  /** Answers the AI evaluated for this report, to store beside them (first report only). */
  fresh: { row: QuestionRow; evaluation: Evaluation }[];
  calls: (AiCall & CallSubject)[];
}

/**
 * Scores an interview: the answers not evaluated yet (or, for a re-score, every answer)
 * evaluated a few at a time, then the prose. Evaluated outside any transaction: a slow AI holds
 * no locks. Calls that fail (or do not fit the deadline) are recorded on their own and the
 * request refused, with nothing else written.
 */
export async function scoreInterview(
  principal: Principal,
  interviewId: string,
  job: JobBrief,
  rows: QuestionRow[],
  ai: InterviewAI,
  { everyAnswer }: { everyAnswer: boolean },
): Promise<Scored> {
  const deadline = Date.now() + AI_BUDGET_MS;
  const fits = () => Date.now() < deadline;
  const calls: (AiCall & CallSubject)[] = [];
  const refuse = async (error: unknown): Promise<never> => {
    await recordFailedCalls(principal, interviewId, calls);
    throw error;
  };
  const stored = new Map<string, Evaluation>();
  if (!everyAnswer) {
    for (const row of rows) {
      const evaluation = row.evaluated_at
        ? evaluationFromRecord(row.score, row.score_details)
        : null;
      if (evaluation) stored.set(row.question_id, evaluation);
    }
  }
  // A few answers at a time: an external model takes seconds per answer, and a long interview
  // evaluated one by one could outlast the function's time limit.
  const pending = rows.filter((row) => row.response_id && !stored.has(row.question_id));
  const evaluated = await inBatches(pending, EVALUATION_CONCURRENCY, fits, async (row) => {
    const judged = evaluatorQuestion(row);
    const answerText = row.answer_text ?? "";
    const options = { followUpAllowed: false, moment: "report" as const };
    // The deadline bounds the call; it is not something the AI is given to judge by.
    const result = await recordCall(
      ai,
      "report_evaluation",
      { question: judged, answer_text: answerText, options },
      () => ai.evaluateAnswer(judged, answerText, { ...options, deadline }),
      (assessment) => assessment.evaluation,
    );
    calls.push({ ...result.call, question_id: row.question_id, response_id: row.response_id });
    return { ...result, row };
  }).catch(refuse);
  const fresh: Scored["fresh"] = [];
  for (const result of evaluated) {
    if (!result.ok) return await refuse(result.error);
    stored.set(result.row.question_id, result.value.evaluation);
    fresh.push({ row: result.row, evaluation: result.value.evaluation });
  }

  const items: ReportItem[] = rows.map((row) => ({
    question_id: row.question_id,
    main_question_id: row.main_question_id,
    question: row,
    answer_text: row.answer_text,
    evaluation: stored.get(row.question_id) ?? null,
  }));
  const figures = reportFigures(items);
  if (!fits()) await refuse(outOfTime());
  const written = await recordCall(
    ai,
    "report_prose",
    { job, figures },
    () => ai.writeReport(job, figures, { deadline }),
  );
  calls.push(written.call);
  if (!written.ok) return await refuse(written.error);
  return {
    figures,
    ...written.value,
    rubricVersion: rows.find((row) => row.rubric)?.rubric?.version ?? null,
    fresh,
    calls,
  };
}

/** A scored report as a version row. */
export function aiVersion(
  principal: Principal,
  reportId: string,
  version: number,
  scored: Scored,
  ai: InterviewAI,
) {
  const { figures } = scored;
  return {
    owner_id: principal.claims.sub,
    report_id: reportId,
    version,
    source: "ai",
    overall_score: figures.overall_score,
    recommendation: figures.recommendation,
    summary: scored.summary,
    strengths: scored.strengths,
    weaknesses: scored.weaknesses,
    competency_scores: figures.competency_scores,
    details: {
      competencies: figures.competencies,
      flags: figures.flags,
      claim_check: figures.claim_check,
      answered: figures.answered,
      total: figures.total,
      follow_ups: figures.follow_ups,
    },
    provider: ai.provider,
    model: ai.model,
    prompt_version: ai.promptVersion,
    rubric_version: scored.rubricVersion,
  };
}

/** The version columns held as jsonb (the others are text, numbers and text[]). */
const JSON_COLUMNS = new Set(["competency_scores", "details", "changes"]);

export function insertVersion(tx: Transaction, version: Record<string, unknown>) {
  const row = Object.fromEntries(
    Object.entries(version).map(([key, value]) => [
      key,
      JSON_COLUMNS.has(key) ? jsonb(value as object) : value as SqlValue,
    ]),
  );
  return query(tx, sql`insert into public.interview_report_versions ${values([row])}`);
}

/**
 * Records calls made for a report that is refused (the AI failed or ran out of time), in a
 * transaction of their own: the trail keeps them. A trail that cannot be written is logged, and
 * the caller's own error stands.
 */
async function recordFailedCalls(
  principal: Principal,
  interviewId: string,
  calls: AiCall[],
) {
  if (calls.length === 0) return;
  await withUserTransaction(principal, aiEvents(interviewId, calls)).catch((error) => {
    console.error(`[reports] failed AI calls went unrecorded: ${(error as Error).name}`);
  });
}
