/**
 * The arithmetic of a report, shared by every provider: the overall score, the score per
 * competency and the recommendation are computed here from the per-answer scores, never by a
 * language model, so a report's numbers always agree with its answers and the recommendation
 * always follows the published thresholds.
 */
import type { z } from "zod";
import type { QuestionCategory, Recommendation, ScoredAnswer } from "./provider.ts";

/** The lowest overall score for each recommendation, best first; below the last: no_hire. */
export const RECOMMENDATION_THRESHOLDS = [
  { min: 80, recommendation: "strong_hire" },
  { min: 65, recommendation: "hire" },
  { min: 45, recommendation: "maybe" },
] as const;

export function recommendationFor(overallScore: number): z.infer<typeof Recommendation> {
  return RECOMMENDATION_THRESHOLDS.find(({ min }) => overallScore >= min)?.recommendation ??
    "no_hire";
}

/** Technical answers weigh a little more: the job's skills are what the role is hired for. */
const CATEGORY_WEIGHT: Record<z.infer<typeof QuestionCategory>, number> = {
  technical: 1.25,
  experience: 1,
  situational: 1,
  behavioral: 1,
};

export interface CompetencyResult {
  name: string;
  score: number;
  questions: number;
  covered: string[];
  missing: string[];
}

export interface ReportFigures {
  overall_score: number;
  recommendation: z.infer<typeof Recommendation>;
  competency_scores: Record<string, number>;
  /** Competencies by name, with the points their answers covered and missed. */
  competencies: CompetencyResult[];
  answered: number;
  total: number;
  coveredPoints: number;
  totalPoints: number;
}

/** An answer that says nothing scores 0, whatever score it was given. */
export function effectiveScore(answer: ScoredAnswer): number {
  return answer.answer_text.trim() ? answer.score.score : 0;
}

/** The competency an answer counts towards: the question's, or its category's. */
export function competencyOf(answer: ScoredAnswer): string {
  const named = answer.question.competency?.trim();
  if (named) return named;
  const category = answer.question.category;
  return category[0].toUpperCase() + category.slice(1);
}

/**
 * The numbers of a report. Answers are put in a canonical order first, so the report does not
 * depend on the order the caller read them in.
 */
export function reportFigures(answers: ScoredAnswer[]): ReportFigures {
  const ordered = [...answers].sort((a, b) =>
    compare(a.question.text, b.question.text) || compare(a.answer_text, b.answer_text)
  );
  let weighted = 0;
  let weights = 0;
  const groups = new Map<string, { scores: number[]; covered: string[]; missing: string[] }>();
  for (const answer of ordered) {
    const score = effectiveScore(answer);
    const weight = CATEGORY_WEIGHT[answer.question.category];
    weighted += score * weight;
    weights += weight;
    const name = competencyOf(answer);
    const group = groups.get(name) ?? { scores: [], covered: [], missing: [] };
    group.scores.push(score);
    const answered = answer.answer_text.trim() !== "";
    group.covered.push(...(answered ? answer.score.covered : []));
    group.missing.push(...(answered ? answer.score.missing : answer.question.expected_points));
    groups.set(name, group);
  }
  const competencies = [...groups.entries()]
    .map(([name, group]) => ({
      name,
      score: round1(group.scores.reduce((a, b) => a + b, 0) / group.scores.length),
      questions: group.scores.length,
      covered: unique(group.covered),
      missing: unique(group.missing),
    }))
    .sort((a, b) => compare(a.name, b.name));
  const overall = weights > 0 ? round1(weighted / weights) : 0;
  return {
    overall_score: overall,
    recommendation: recommendationFor(overall),
    competency_scores: Object.fromEntries(competencies.map(({ name, score }) => [name, score])),
    competencies,
    answered: ordered.filter((answer) => answer.answer_text.trim() !== "").length,
    total: ordered.length,
    coveredPoints: ordered.reduce(
      (sum, answer) => sum + (answer.answer_text.trim() ? answer.score.covered.length : 0),
      0,
    ),
    totalPoints: ordered.reduce((sum, answer) => sum + answer.question.expected_points.length, 0),
  };
}

function round1(value: number): number {
  return Math.round(Math.max(0, Math.min(100, value)) * 10) / 10;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/** Code-point order: unlike localeCompare, the same on every runtime and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
