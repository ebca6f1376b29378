/**
 * The arithmetic and the evidence of a report, shared by every provider: the overall score, the
 * score per competency with its reason and the quotes behind it, the flags, the claim check and
 * the recommendation are computed here from the stored evaluations, never by a language model,
 * so a report always agrees with its answers and the recommendation always follows the published
 * thresholds. A provider writes only the prose around them.
 */
import type { z } from "zod";
import { checkClaim, type ClaimAnswer, type ClaimCheck } from "./claims.ts";
import type {
  AnswerFlag,
  Evaluation,
  QuestionCategory,
  QuestionToEvaluate,
  Recommendation,
} from "./provider.ts";

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

/**
 * A follow-up that repairs a thin answer earns most of the credit back: what the candidate
 * showed when asked counts, a little less than showing it at once.
 */
const FOLLOW_UP_SHARE = 0.75;

/** One question of the interview with its answer, as the report reads it. */
export interface ReportItem {
  question_id: string;
  /** Its own id for a main question; the main question's for a follow-up. */
  main_question_id: string;
  question: QuestionToEvaluate;
  answer_text: string | null;
  evaluation: Evaluation | null;
}

export interface Evidence {
  question_id: string;
  point: string;
  quote: string;
}

export interface CompetencyResult {
  name: string;
  score: number;
  /** One sentence: what the answers showed and what they missed. */
  reason: string;
  /** The main questions that count towards it. */
  question_ids: string[];
  evidence: Evidence[];
  missing: string[];
}

export interface ReportFlag {
  code: AnswerFlag;
  question_id: string;
  message: string;
}

export interface ReportFigures {
  overall_score: number;
  recommendation: z.infer<typeof Recommendation>;
  competency_scores: Record<string, number>;
  competencies: CompetencyResult[];
  flags: ReportFlag[];
  claim_check: ClaimCheck[];
  /** Main questions answered, of all main questions. */
  answered: number;
  total: number;
  follow_ups: number;
  coveredPoints: number;
  totalPoints: number;
}

const FLAG_MESSAGES: Record<AnswerFlag, string> = {
  prompt_injection:
    "The answer contained text addressed to the AI evaluator; it was left out and the answer scored without it.",
  rubric_recital:
    "The answer restated what a good answer covers, in general terms, with no experience of the candidate's own; its score is capped.",
  keyword_stuffing: "The answer contained a list of keywords; the list earned nothing.",
  off_topic: "The answer did not address the question.",
};

/** The competency a question counts towards: its own, or its category's. */
export function competencyOf(question: QuestionToEvaluate): string {
  const named = question.competency?.trim();
  if (named) return named;
  const category = question.category;
  return category[0].toUpperCase() + category.slice(1);
}

/**
 * The numbers and evidence of a report. Items are put in a canonical order first, so the report
 * does not depend on the order the caller read them in.
 */
export function reportFigures(items: ReportItem[]): ReportFigures {
  const ordered = [...items].sort((a, b) =>
    compare(a.main_question_id, b.main_question_id) ||
    Number(a.question.is_follow_up) - Number(b.question.is_follow_up) ||
    compare(a.question_id, b.question_id)
  );
  const mains = ordered.filter((item) => item.question_id === item.main_question_id);
  const followUps = (main: ReportItem) =>
    ordered.filter((item) => item.main_question_id === main.question_id && item !== main);
  const scoreOf = (item: ReportItem) =>
    item.answer_text?.trim() && item.evaluation ? item.evaluation.score : 0;

  let weighted = 0;
  let weights = 0;
  const groups = new Map<string, { scores: number[]; ids: string[]; items: ReportItem[] }>();
  const flags: ReportFlag[] = [];
  const claims: ClaimCheck[] = [];
  for (const main of mains) {
    const probes = followUps(main).filter((item) => item.answer_text?.trim());
    const own = scoreOf(main);
    const best = Math.max(0, ...probes.map(scoreOf));
    const score = probes.length
      ? Math.max(own, (1 - FOLLOW_UP_SHARE) * own + FOLLOW_UP_SHARE * best)
      : own;
    const weight = CATEGORY_WEIGHT[main.question.category];
    weighted += score * weight;
    weights += weight;
    const name = competencyOf(main.question);
    const group = groups.get(name) ?? { scores: [], ids: [], items: [] };
    group.scores.push(score);
    group.ids.push(main.question_id);
    group.items.push(main, ...probes);
    groups.set(name, group);
    for (const item of [main, ...probes]) {
      for (const code of item.evaluation?.flags ?? []) {
        flags.push({ code, question_id: item.question_id, message: FLAG_MESSAGES[code] });
      }
    }
    const claim = main.question.rubric?.claim;
    if (claim) {
      const answers: ClaimAnswer[] = [main, ...probes].map((item) => ({
        question_id: item.question_id,
        text: item.answer_text ?? "",
        score: scoreOf(item),
        own: (item.evaluation?.covered ?? []).some((covered) =>
          item.question.rubric?.points.some((point) =>
            point.kind === "own_action" && point.text === covered.point
          )
        ),
        quotes: (item.evaluation?.covered ?? []).map((covered) => covered.quote),
      }));
      claims.push(checkClaim(claim, main.question_id, answers));
    }
  }

  const competencies = [...groups.entries()].map(([name, group]) => {
    const score = round1(group.scores.reduce((a, b) => a + b, 0) / group.scores.length);
    const answered = group.items.filter((item) => item.answer_text?.trim() && item.evaluation);
    const evidence = answered.flatMap((item) =>
      item.evaluation!.covered.map((covered) => ({ question_id: item.question_id, ...covered }))
    );
    const coveredPoints = new Set(evidence.map((item) => item.point));
    const missing = unique(
      group.items.filter((item) => !item.question.is_follow_up).flatMap((item) =>
        item.answer_text?.trim() && item.evaluation
          ? item.evaluation.missing
          : item.question.expected_points
      ),
    ).filter((point) => !coveredPoints.has(point));
    return {
      name,
      score,
      reason: competencyReason(
        score,
        group.scores.length,
        answered.length > 0,
        [...coveredPoints],
        missing,
      ),
      question_ids: group.ids,
      evidence: evidence.slice(0, 8),
      missing: missing.slice(0, 8),
    };
  }).sort((a, b) => compare(a.name, b.name));

  const overall = weights > 0 ? round1(weighted / weights) : 0;
  const answeredMains = mains.filter((item) => item.answer_text?.trim());
  return {
    overall_score: overall,
    recommendation: recommendationFor(overall),
    competency_scores: Object.fromEntries(competencies.map(({ name, score }) => [name, score])),
    competencies,
    flags,
    claim_check: claims,
    answered: answeredMains.length,
    total: mains.length,
    follow_ups: ordered.length - mains.length,
    coveredPoints: ordered.reduce(
      (sum, item) => sum + (item.answer_text?.trim() ? item.evaluation?.covered.length ?? 0 : 0),
      0,
    ),
    totalPoints: mains.reduce((sum, item) => sum + item.question.expected_points.length, 0),
  };
}

function competencyReason(
  score: number,
  questions: number,
  answered: boolean,
  covered: string[],
  missing: string[],
): string {
  if (!answered) {
    return `Not answered (${questions === 1 ? "1 question" : `${questions} questions`}).`;
  }
  const head = `${score}/100 over ${questions === 1 ? "1 question" : `${questions} questions`}`;
  const showed = covered.length ? `; showed ${covered.slice(0, 3).join("; ")}` : "";
  const lacked = missing.length ? `; missing ${missing.slice(0, 3).join("; ")}` : "";
  return clip(`${head}${showed}${lacked}.`, 1000);
}

function round1(value: number): number {
  return Math.round(Math.max(0, Math.min(100, value)) * 10) / 10;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Code-point order: unlike localeCompare, the same on every runtime and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
