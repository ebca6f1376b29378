/** A person's version of a report: the changed values, each with its reason, beside the AI's. */
import * as routes from "@shared/contracts/reports.ts";
import { getRow } from "@shared/db/owned_table.ts";
import { sql } from "@shared/db/statement.ts";
import { interviewReports } from "@shared/db/tables.ts";
import { query, withUserTransaction } from "@shared/db/transaction.ts";
import { createRouter } from "@shared/http/app.ts";
import { envelope } from "@shared/http/envelope.ts";
import { ValidationError } from "@shared/http/errors.ts";
import type {
  InterviewReport,
  ReportChange,
  ReportReview,
} from "@shared/schemas/interview_report.ts";
import { insertVersion, notFound } from "./scoring.ts";

export const router = createRouter();

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
