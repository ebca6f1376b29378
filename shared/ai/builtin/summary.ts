/**
 * The built-in report: the numbers from ../report.ts, and strengths, weaknesses and a summary
 * written from them. Everything is derived from the scored answers in a canonical order, so the
 * same interview always gets the same report, word for word.
 */
import type { CandidateBrief, JobBrief, ReportDraft, ScoredAnswer } from "../provider.ts";
import { type CompetencyResult, reportFigures } from "../report.ts";

/** A competency at or above this is a strength; below WEAK, a weakness. */
const STRONG = 65;
const WEAK = 50;
const LISTED = 5;

const VERDICT: Record<ReportDraft["recommendation"], string> = {
  strong_hire: "strong hire: specific, well-evidenced answers across the interview",
  hire: "hire: solid answers, with some gaps worth probing",
  maybe: "maybe: mixed answers; a follow-up on the weak areas would settle it",
  no_hire: "no hire: the answers did not show the depth the role needs",
};

export function summarize(
  job: JobBrief,
  candidate: CandidateBrief,
  answers: ScoredAnswer[],
): ReportDraft {
  const figures = reportFigures(answers);
  const byScore = [...figures.competencies].sort((a, b) => b.score - a.score);
  const strong = byScore.filter((item) => item.score >= STRONG).slice(0, LISTED);
  const weak = byScore.filter((item) => item.score < WEAK).reverse().slice(0, LISTED);

  const strengths = strong.map((item) => describe(item, item.covered, "covered"));
  const weaknesses = weak.map((item) => describe(item, item.missing, "did not cover"));
  const unanswered = figures.total - figures.answered;
  if (unanswered > 0) {
    weaknesses.push(`Left ${unanswered} of ${figures.total} questions unanswered`);
  }

  const name = candidate.full_name.trim() || "The candidate";
  const sentences = figures.total === 0
    ? [`${name} has no scored answers for the ${job.title} role.`]
    : [
      `${name} answered ${figures.answered} of ${figures.total} questions for the ${job.title} role ` +
      `(${job.seniority}, ${job.difficulty} difficulty) and scored ${figures.overall_score}/100 ` +
      `overall, covering ${figures.coveredPoints} of ${figures.totalPoints} expected points.`,
    ];
  if (byScore.length > 1 && byScore[0].score > byScore[byScore.length - 1].score) {
    const best = byScore[0];
    const worst = byScore[byScore.length - 1];
    sentences.push(
      `Strongest: ${best.name} (${best.score}/100); weakest: ${worst.name} (${worst.score}/100).`,
    );
  }
  sentences.push(`Recommendation: ${VERDICT[figures.recommendation]}.`);

  return {
    overall_score: figures.overall_score,
    recommendation: figures.recommendation,
    summary: clip(sentences.join(" "), 10_000),
    strengths: strengths.slice(0, 10),
    weaknesses: weaknesses.slice(0, 10),
    competency_scores: figures.competency_scores,
  };
}

function describe(item: CompetencyResult, points: string[], verb: string): string {
  const head = `${item.name} (${item.score}/100)`;
  const listed = points.slice(0, 3);
  return clip(listed.length ? `${head}: ${verb} ${listed.join("; ")}` : head, 500);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
