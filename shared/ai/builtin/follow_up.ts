/**
 * The built-in interviewer's follow-up: after each answer, move on or ask one probing question on
 * the same competency, as a good human interviewer would. A thin or evasive answer is asked for
 * the candidate's own example, naming what was missing and quoting their words where that helps;
 * an answer on another subject is brought back to the question; a strong answer may get a deeper
 * probe. Whether a follow-up may be asked at all (the interview's limit, its deadline) is the
 * caller's decision.
 */
import type {
  Evaluation,
  FollowUpDraft,
  QuestionToEvaluate,
  Rubric,
  RubricPoint,
} from "../provider.ts";
import type { AnswerFacts } from "./analyze.ts";
import { POINT } from "./rubric_builder.ts";
import { COVERED_AT, type PointCheck } from "./rubric.ts";
import { asInSentence } from "../vocabulary.ts";

interface Judged {
  evaluation: Evaluation;
  facts: AnswerFacts;
  relevance: number;
  checks: PointCheck[];
  /** The answer as evaluated (text addressed to the AI already cut out). */
  answer: string;
}

/** Score bands: below THIN the answer needs the candidate's own example; from STRONG, depth. */
const THIN = 45;
const PARTIAL = 70;
const STRONG = 75;
const FOLLOW_UP_SECONDS = 180;
/** An answer shorter than this is probed for an example unless it is already strong. */
const SHORT_WORDS = 30;

export function followUpFor(
  question: QuestionToEvaluate,
  rubric: Rubric,
  judged: Judged,
): FollowUpDraft | null {
  const { evaluation, facts } = judged;
  const subject = question.competency?.trim() || "this";
  const topic = rubric.points.find((point) => point.kind === "topic") ??
    { kind: "topic", text: `${subject} in a real situation` };
  const covered = (kind: RubricPoint["kind"]) =>
    judged.checks.some((check) =>
      check.point.kind === kind && check.credit >= COVERED_AT && check.quote !== null
    );
  const draft = (
    reason: FollowUpDraft["reason"],
    text: string,
    points: RubricPoint[],
    seconds = FOLLOW_UP_SECONDS,
  ): FollowUpDraft => ({
    text,
    reason,
    rubric: { ...rubric, points, deeper: null },
    expected_points: points.map((point) => point.text),
    time_limit_seconds: Math.max(60, Math.min(seconds, 1800)),
  });
  const story: RubricPoint[] = [topic, POINT.example, POINT.own, POINT.result];

  if (evaluation.score >= STRONG) {
    if (question.is_follow_up || question.difficulty === "easy" || !rubric.deeper) return null;
    return draft("deeper", rubric.deeper, [topic, POINT.why, POINT.lesson]);
  }
  if (facts.evasive || facts.wordCount === 0) {
    const text = rubric.claim
      ? "That's all right. Your CV mentions this result, so let's take it step by step: what was your own part in it, and what did you do first?"
      : `That's all right. Have you come across ${
        asInSentence(subject)
      } in any form, even a small one: at work, in training or in your studies? Tell me about that one occasion: what you did and how it went.`;
    return draft("evasive", text, story);
  }
  if (facts.wordCount < 12) {
    const said = quotable(judged.answer, 12);
    const opening = said ? `You answered “${said}”. ` : "";
    return draft(
      "thin",
      `${opening}Could you walk me through a specific example: the situation, what you did yourself, and what came of it?`,
      story,
    );
  }
  if (evaluation.flags.includes("off_topic")) {
    return draft(
      "off_topic",
      `Let me bring you back to the question, which is about ${
        asInSentence(subject)
      }. Could you answer it directly, with an example from your own work?`,
      story,
    );
  }
  const teamOnly = facts.ownPast === 0 && facts.collective > 0;
  // A sentence or two can hold no real example, whatever its words.
  if (evaluation.score < THIN || (facts.wordCount < SHORT_WORDS && evaluation.score < PARTIAL)) {
    if (teamOnly) return teamFollowUp();
    const generic = facts.sentences.find((sentence) => sentence.generic && !sentence.listLike);
    const said = generic ? quotable(generic.text, 16) : null;
    const opening = said ? `You said “${said}”. ` : "";
    return draft(
      "vague",
      `${opening}Can you tell me about one specific time from your own work: the situation, what exactly you did, and what happened as a result?`,
      story,
    );
  }
  if (evaluation.score < PARTIAL) {
    if (teamOnly) return teamFollowUp();
    if (!covered("result")) {
      return draft(
        "no_result",
        "How did it turn out? What changed as a result, and how did you know: what did you measure or see?",
        [topic, { kind: "result", text: "the outcome and how it was measured or observed" }],
      );
    }
  }
  return null;

  function teamFollowUp(): FollowUpDraft {
    return draft(
      "team_only",
      "You described what the team did. What was your own part: which decisions and actions were yours?",
      [topic, POINT.own, POINT.example],
    );
  }
}

/**
 * The candidate's words to quote back: the sentence itself when short, or its opening clause,
 * always an exact run of what they wrote.
 */
function quotable(text: string, maxWords: number): string | null {
  let said = text.trim().replace(/[.!?…]+$/, "");
  const words = said.split(/\s+/);
  if (words.length > maxWords) {
    const clause = said.split(/[,;:–—]\s/)[0];
    if (clause.split(/\s+/).length > maxWords || clause.split(/\s+/).length < 3) return null;
    said = clause;
  }
  return said.length >= 2 && /[\p{L}\p{N}]/u.test(said) ? said : null;
}
