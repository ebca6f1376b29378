/**
 * The reports function: a recruiter's report on a finished interview, with every version of it.
 *
 * - POST /reports: the AI's report (version 1). Its numbers and evidence come from the
 *   evaluations made as each answer arrived (an answer the AI could not evaluate then is
 *   evaluated now); the AI writes only the prose around them. Idempotent: the first request
 *   writes it, every later one (and a concurrent one that lost the race) answers the same report.
 * - POST /reports/:id/rescore: a new AI version from the current provider, prompt and rubric,
 *   every answer evaluated again.
 * - POST /reports/:id/review: a person's version: any of the overall score, the recommendation
 *   and competency scores changed, each with its reason. The AI's version stays.
 * - GET /reports/:id (the current version, with the AI's original beside a person's change) and
 *   GET /reports/:id/versions (all of them).
 *
 * Every call to the AI is recorded in the interview's trail in the transaction that stores what
 * it produced (or, when the request fails, on its own); a version becomes the report's content
 * and goes on the trail by the database's own trigger (20261204002100_report_versions.sql).
 */
import { evaluationFromRecord, evaluationRecord, interviewAI } from "@shared/ai/index.ts";
import type { Evaluation, InterviewAI, JobBrief, QuestionToEvaluate } from "@shared/ai/provider.ts";
import { type AiCall, evaluatorQuestion, recordCall } from "@shared/ai/recorded.ts";
import { type ReportFigures, reportFigures, type ReportItem } from "@shared/ai/report.ts";
import { aiEvents, type CallSubject } from "@shared/audit/trail.ts";
import { type ImpactCounts, impactSummary } from "@shared/audit/impact.ts";
import type { Principal } from "@shared/auth/principal.ts";
import * as routes from "@shared/contracts/reports.ts";
import { columnsOf, getRow, listRows } from "@shared/db/owned_table.ts";
import { jsonb, sql, type SqlValue, values } from "@shared/db/statement.ts";
import { interviewReports, interviewReportVersions } from "@shared/db/tables.ts";
import { query, type Transaction, withUserTransaction } from "@shared/db/transaction.ts";
import { createApp, createRouter } from "@shared/http/app.ts";
import { envelope, paged } from "@shared/http/envelope.ts";
import {
  ConflictError,
  NotFoundError,
  ServiceUnavailableError,
  ValidationError,
} from "@shared/http/errors.ts";
import type { Interview } from "@shared/schemas/interview.ts";
import type {
  InterviewReport,
  InterviewReportVersion,
  ReportChange,
  ReportReview,
} from "@shared/schemas/interview_report.ts";

const EVALUATION_CONCURRENCY = 4;
/**
 * The most wall clock a report may spend on the AI: every call and retry stops at this deadline,
 * so the request ends within a hosted function's 150 s (free plan) with room for the database.
 * What does not fit is refused with 503 and nothing written but the trail's record of the calls;
 * the answers evaluated when they arrived are most of the work, so this is rare.
 */
const AI_BUDGET_MS = 120_000;

const notFound = () => new NotFoundError("Report not found.");

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

const router = createRouter();

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

function existingReport(tx: Transaction, interviewId: string) {
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
function readMaterial(tx: Transaction, interviewId: string) {
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
async function scoreInterview(
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
function aiVersion(
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

function insertVersion(tx: Transaction, version: Record<string, unknown>) {
  const row = Object.fromEntries(
    Object.entries(version).map(([key, value]) => [
      key,
      JSON_COLUMNS.has(key) ? jsonb(value as object) : value as SqlValue,
    ]),
  );
  return query(tx, sql`insert into public.interview_report_versions ${values([row])}`);
}

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

router.openapi(routes.review, async (c) => {
  const principal = c.get("principal");
  const { id } = c.req.valid("param");
  const review = c.req.valid("json");
  const report = await withUserTransaction(principal, async (tx) => {
    // Locked first, then read: a review that waited for another one reads the version that one
    // made (the read is a statement of its own, so it sees what committed while it waited).
    const [locked] = await query(
      tx,
      sql<{ current_version: number }>`
        select current_version from public.interview_reports where id = ${id} for update`,
    );
    if (!locked) throw notFound();
    const [current] = await query(
      tx,
      sql<CurrentVersion>`
        select v.version, v.overall_score, v.recommendation, v.summary, v.strengths, v.weaknesses,
               v.competency_scores, v.details, v.provider, v.model, v.prompt_version,
               v.rubric_version, v.changes, v.source
        from public.interview_report_versions v
        where v.report_id = ${id} and v.version = ${locked.current_version}`,
    );
    if (!current) throw notFound();
    const changes = changesOf(current, review);
    const competencies = (current.details.competencies ?? []).map((competency) => {
      const change = changes.find((item) => item.competency === competency.name);
      if (!change) return competency;
      // The AI's score stays beside the person's, with the person's reason.
      const aiScore = competency.review?.ai_score ?? competency.score;
      return {
        ...competency,
        score: change.to,
        review: { ai_score: aiScore, reason: change.reason },
      };
    });
    const competencyScores = { ...current.competency_scores };
    for (const change of changes) {
      if (change.competency !== null) competencyScores[change.competency] = change.to as number;
    }
    const overall = changes.find((change) => change.field === "overall_score");
    const recommendation = changes.find((change) => change.field === "recommendation");
    await insertVersion(tx, {
      owner_id: principal.claims.sub,
      report_id: id,
      version: current.version + 1,
      source: "human",
      based_on_version: current.version,
      overall_score: overall?.to ?? current.overall_score,
      recommendation: recommendation?.to ?? current.recommendation,
      summary: current.summary,
      strengths: current.strengths,
      weaknesses: current.weaknesses,
      competency_scores: competencyScores,
      details: { ...current.details, competencies },
      provider: current.provider,
      model: current.model,
      prompt_version: current.prompt_version,
      rubric_version: current.rubric_version,
      // A review of a reviewed version keeps the earlier changes it did not undo.
      changes: mergeChanges(current.source === "human" ? current.changes : [], changes),
    });
    const [row] = await query(tx, getRow<InterviewReport>(interviewReports, id));
    return row;
  });
  return c.json(envelope(report, "Reviewed: a new version."), 201);
});

interface CurrentVersion {
  version: number;
  overall_score: number;
  recommendation: string;
  summary: string;
  strengths: string[];
  weaknesses: string[];
  competency_scores: Record<string, number>;
  details: {
    competencies?: {
      name: string;
      score: number;
      review?: { ai_score: number; reason: string };
    }[];
  } & Record<string, unknown>;
  provider: string;
  model: string | null;
  prompt_version: string | null;
  rubric_version: string | null;
  changes: ReportChange[];
  source: "ai" | "human";
}

/**
 * The review's changes against the current version: each named value must exist and differ
 * from what the version says (a "change" to the same value, or to a competency the report does
 * not have, is refused with the field's path).
 */
function changesOf(current: CurrentVersion, review: ReportReview): ReportChange[] {
  const changes: ReportChange[] = [];
  const issues: { path: string; message: string }[] = [];
  if (review.overall_score) {
    if (review.overall_score.value === Number(current.overall_score)) {
      issues.push({ path: "overall_score.value", message: "This is the score already." });
    }
    changes.push({
      field: "overall_score",
      competency: null,
      from: Number(current.overall_score),
      to: review.overall_score.value,
      reason: review.overall_score.reason,
    });
  }
  if (review.recommendation) {
    if (review.recommendation.value === current.recommendation) {
      issues.push({ path: "recommendation.value", message: "This is the recommendation already." });
    }
    changes.push({
      field: "recommendation",
      competency: null,
      from: current.recommendation as ReportChange["from"],
      to: review.recommendation.value,
      reason: review.recommendation.reason,
    });
  }
  for (const [name, change] of Object.entries(review.competency_scores ?? {})) {
    const from = current.competency_scores[name];
    if (from === undefined) {
      issues.push({
        path: `competency_scores.${name}`,
        message: "The report has no such competency.",
      });
      continue;
    }
    if (change.value === from) {
      issues.push({
        path: `competency_scores.${name}.value`,
        message: "This is the score already.",
      });
    }
    changes.push({
      field: "competency_scores",
      competency: name,
      from,
      to: change.value,
      reason: change.reason,
    });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return changes;
}

/** Earlier changes of the same value give way to the new one, keeping where it came from. */
function mergeChanges(earlier: ReportChange[], latest: ReportChange[]): ReportChange[] {
  const key = (change: ReportChange) => `${change.field}:${change.competency ?? ""}`;
  const merged = new Map(earlier.map((change) => [key(change), change]));
  for (const change of latest) {
    const before = merged.get(key(change));
    merged.set(key(change), before ? { ...change, from: before.from } : change);
  }
  return [...merged.values()];
}

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
  if (!report) throw notFound();
  return c.json(envelope(report), 200);
});

router.openapi(routes.versions, async (c) => {
  const { id } = c.req.valid("param");
  const { page, page_size } = c.req.valid("query");
  const [[report], items, [{ total }]] = await withUserTransaction(c.get("principal"), [
    sql<{ id: string }>`select id from public.interview_reports where id = ${id}`,
    sql<InterviewReportVersion>`
      select ${columnsOf(interviewReportVersions)} from public.interview_report_versions
      where report_id = ${id}
      order by version desc
      offset ${(page - 1) * page_size} limit ${page_size}`,
    sql<{ total: number }>`
      select count(*)::int as total from public.interview_report_versions where report_id = ${id}`,
  ]);
  if (!report) throw notFound();
  return c.json(envelope(paged(items, total, page, page_size)), 200);
});

export const app = createApp("/reports");
app.route("/", router);
