/**
 * The explanation a candidate receives when they ask for one (GDPR Art. 15(1)(h): "meaningful
 * information about the logic involved"; EU AI Act Art. 86: "clear and meaningful explanations
 * of the role of the AI system in the decision-making procedure and the main elements of the
 * decision taken"). Generated from the report's own evidence, per competency: what the
 * candidate was asked, what counted (the points their answers covered, in their own words), and
 * what was missing; with how answers are scored, the candidate's own scores, and where a person
 * changed one.
 *
 * Only this candidate's interview goes in: their questions, their answers' quotes, their report.
 * Nothing about other candidates (no rank, no percentile, no comparison), nothing of the rubric
 * beyond the points the report names, and nothing that identifies anyone else.
 */
import { RECOMMENDATION_THRESHOLDS } from "../ai/report.ts";
import type { Explanation } from "../schemas/candidate_request.ts";

export interface ExplainedQuestion {
  id: string;
  text: string;
  /** The main question a follow-up belongs to; null for a main question. */
  parent_question_id: string | null;
}

export interface ExplainedReport {
  version: number;
  source: "ai" | "human";
  overall_score: number;
  competencies: {
    name: string;
    score: number;
    question_ids: string[];
    evidence: { question_id: string; point: string; quote: string }[];
    missing: string[];
    review?: { ai_score: number; reason: string };
  }[];
}

/** How answers are scored: the same for every candidate, stated once. */
const LOGIC = [
  "Each question has points a good answer covers (what it is about, a real example, what you did yourself, why, and the result).",
  "An answer earns a point only when words of your own answer cover it; those words are quoted below.",
  "An answer that does not address its question scores close to 0, whatever words it contains; text addressed to the AI, a list of keywords, or a description of what a good answer would say without your own experience earns nothing.",
  "A follow-up question gives you a second chance on the same competency: the better of your first answer and three quarters of the follow-up counts.",
  "A competency's score is the average of its questions; the overall score weighs technical questions a little more (1.25 to 1).",
  `The recommendation follows the overall score (${
    RECOMMENDATION_THRESHOLDS.map(({ min, recommendation }) => `${recommendation} from ${min}`)
      .join(", ")
  }, no_hire below); it is advice to the person who decides.`,
].join(" ");

export function explain(report: ExplainedReport, questions: ExplainedQuestion[]): Explanation {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const competencies = report.competencies.map((competency) => {
    const asked = competency.question_ids.flatMap((id) => [
      byId.get(id),
      ...questions.filter((question) => question.parent_question_id === id),
    ]).filter((question): question is ExplainedQuestion => Boolean(question))
      .map((question) => question.text);
    return {
      name: competency.name,
      score: competency.score,
      asked,
      counted: competency.evidence.map(({ point, quote }) => ({ point, your_words: quote })),
      missing: competency.missing,
      changed_by_a_person: competency.review
        ? { ai_score: competency.review.ai_score, reason: competency.review.reason }
        : null,
    };
  });
  return {
    report_version: report.version,
    overall_score: report.overall_score,
    reviewed_by_a_person: report.source === "human",
    how_answers_are_scored: LOGIC,
    competencies,
    decision:
      "The scores are advice. A person reads them with your answers and makes the decision; you can ask for that person to review the assessment.",
  };
}
