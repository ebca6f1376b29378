/**
 * The built-in evaluator: one answer, scored 0..100 with every covered point quoted, and the
 * decision to probe further. Pure and deterministic: the same answer to the same question always
 * gets the same evaluation, and nothing about the candidate's identity is an input.
 *
 * Relevance comes first: the score is gated by how much of the answer is about the question's
 * subject, so a detailed answer to another question scores near 0 whatever words it contains.
 * Then, in order of weight: the candidate's own specifics (what they did, in a real situation,
 * with names, figures, the outcome and why), the rubric's points, depth, and how little of it is
 * platitude. Gaming earns nothing: text addressed to the AI and keyword lists are set aside before
 * anything is scored (and flagged), and an answer that restates the rubric in general terms,
 * with no experience of the candidate's own, is capped and flagged `rubric_recital`.
 */
import { findInjections, type Segment } from "../guard.ts";
import type {
  AnswerAssessment,
  AnswerFlag,
  Evaluation,
  QuestionToEvaluate,
  Rubric,
} from "../provider.ts";
import { figuresIn } from "../figures.ts";
import { concepts, normalize } from "../text.ts";
import { analyze, type AnswerFacts, isGenericConcept } from "./analyze.ts";
import { followUpFor } from "./follow_up.ts";
import { checkPoint, COVERED_AT, fieldWords, type PointCheck, relevance } from "./rubric.ts";
import { legacyRubric } from "./rubric_builder.ts";

const WEIGHT = { coverage: 0.35, specificity: 0.4, depth: 0.15, plain: 0.1 };
/** Words for full depth credit, by difficulty. */
const FULL_LENGTH = { easy: 50, medium: 80, hard: 110 };
/** Relevance below which nothing counts, and from which everything does. */
const GATE = { from: 0.25, full: 0.75 };
const CAP = { evasive: 0, tiny: 5, short: 15, copy: 5, recital: 0, listOnly: 5 };
/** A general answer in the job's words, below this gate: up to `most` points. */
const GENERAL_ATTEMPT = { gate: 0.2, specificity: 0.35, fieldWords: 2, share: 0.35, most: 10 };
/** Below this relevance an answer is flagged as off the question's subject. */
const OFF_TOPIC_BELOW = 0.34;

export interface Assessed extends AnswerAssessment {
  /** What the follow-up decision and the report read beside the evaluation. */
  facts: AnswerFacts;
  relevance: number;
  checks: PointCheck[];
  /** The score's parts, for tuning and tests. */
  parts: Record<string, number>;
  /** The answer as evaluated: text addressed to the AI and keyword lists cut out. */
  kept: string;
}

export function evaluateAnswer(
  question: QuestionToEvaluate,
  answerText: string,
  followUpAllowed: boolean,
): Assessed {
  const rubric = question.rubric ?? legacyRubric(question);
  const injections = findInjections(answerText);
  const afterInjections = withGaps(answerText, injections);
  const whole = analyze(afterInjections);
  const lists = stuffing(whole);
  const flags = new Set<AnswerFlag>();
  if (injections.length > 0) flags.add("prompt_injection");
  if (lists.length > 0) flags.add("keyword_stuffing");
  const excluded = [
    ...injections.map((segment) => segment.text),
    ...lists.map((list) => list.text),
  ];
  // What is left, with a line break where something was cut, so every sentence read is a
  // quotable run of the candidate's own words.
  const kept = withGaps(afterInjections, lists);
  const facts = lists.length > 0 ? analyze(kept) : whole;
  const situational = question.category === "situational";
  const asked = new Set(concepts(question.text));
  const checks = rubric.points.map((point) => checkPoint(point, facts, { situational, asked }));
  const related = relevance(rubric.subject, facts);

  const parts: Record<string, number> = { relevance: related };
  const assessed = (score: number, reason: string): Assessed => {
    // A recital's sentences echo the points and an answer to another question covers none of
    // this one's: neither is evidence.
    const void_ = flags.has("rubric_recital") || flags.has("off_topic");
    const counts = (check: PointCheck) => !void_ && check.credit >= COVERED_AT && check.quote;
    const evaluation: Evaluation = {
      score: Math.round(Math.max(0, Math.min(100, score))),
      covered: checks.filter(counts).map((check) => ({
        point: check.point.text,
        quote: check.quote!,
      })),
      missing: checks.filter((check) => !counts(check)).map((check) => check.point.text),
      reason,
      flags: [...flags],
      excluded: excluded.slice(0, 20),
    };
    const follow_up = followUpAllowed
      ? followUpFor(question, rubric, {
        evaluation,
        facts,
        relevance: related,
        checks,
        answer: kept,
      })
      : null;
    return { evaluation, follow_up, facts, relevance: related, checks, parts, kept };
  };

  const competency = question.competency?.trim() || "the question";
  if (!kept.trim() || facts.wordCount === 0) {
    const reason = excluded.length > 0
      ? "Nothing is left to assess once the text addressed to the AI or the keyword list is set aside."
      : "No answer was given.";
    return assessed(0, reason);
  }
  if (facts.evasive) return assessed(CAP.evasive, "The candidate declined to answer.");

  const coverage = checks.reduce((sum, check) => sum + check.credit, 0) / checks.length;
  const specificity = specificityOf(facts, situational);
  const depth = Math.min(1, facts.wordCount / FULL_LENGTH[question.difficulty]);
  const base = 100 * (WEIGHT.coverage * coverage + WEIGHT.specificity * specificity +
    WEIGHT.depth * depth + WEIGHT.plain * (1 - facts.genericShare));
  const gate = Math.pow(
    Math.max(0, Math.min(1, (related - GATE.from) / (GATE.full - GATE.from))),
    1.2,
  );
  Object.assign(parts, { coverage, specificity, depth, plain: 1 - facts.genericShare, base, gate });
  let score = base * gate;
  // A general answer in the job's own words, though not in the question's, is a weak attempt at
  // it, not an answer to something else: a few points, never more than a vague answer earns.
  const attempt = gate < GENERAL_ATTEMPT.gate && specificity < GENERAL_ATTEMPT.specificity &&
    fieldWords(rubric.subject, facts) >= GENERAL_ATTEMPT.fieldWords;
  if (attempt) {
    score = Math.max(score, Math.min(GENERAL_ATTEMPT.most, base * GENERAL_ATTEMPT.share));
  }
  let reason = describe(question, competency, facts, checks, score);

  if (related < OFF_TOPIC_BELOW && facts.wordCount >= 12 && !attempt) {
    flags.add("off_topic");
    reason = `Does not address ${competency}: the answer is about something else.`;
  }
  if (isCopyOf(question.text, facts)) {
    score = Math.min(score, CAP.copy);
    reason = "The answer repeats the question instead of answering it.";
  } else if (facts.wordCount < 5) {
    score = Math.min(score, CAP.tiny);
    reason = "Too short to show anything.";
  } else if (facts.wordCount < 12) {
    score = Math.min(score, CAP.short);
    reason = "Too short to show any depth.";
  } else if (isRecital(question, rubric, facts, asked)) {
    flags.add("rubric_recital");
    score = Math.min(score, CAP.recital);
    reason =
      "Restates what a good answer would cover, in general terms, with no experience of the candidate's own.";
  }
  if (lists.length > 0 && facts.wordCount < 8) {
    score = Math.min(score, CAP.listOnly);
    reason = "A list of keywords rather than an answer.";
  }
  return assessed(score, reason);
}

/** A list's label: "Keywords: ...", "Skills - ...". */
const LIST_LABEL =
  /^\W*(?:key ?words?|skills?|tags?|technologies|tech stack|tools|buzzwords?|competencies|expertise|topics)\s*[:\-–—]/i;

/**
 * The keyword lists of an answer: list-like sentences, when they carry a good part of it, are
 * labelled as lists, or run long. A short enumeration inside a real answer ("five areas:
 * accuracy, process, ownership, tone and clarity") is the answer's own and stays.
 */
function stuffing(facts: AnswerFacts): AnswerFacts["sentences"] {
  const lists = facts.sentences.filter((sentence) => sentence.listLike);
  const words = lists.reduce((sum, sentence) => sum + sentence.wordCount, 0);
  const items = (text: string) => text.split(/\s*(?:[,;|•·/]|\band\b)\s*/).filter(Boolean).length;
  if (words >= 0.35 * facts.wordCount) return lists;
  return lists.filter((sentence) => LIST_LABEL.test(sentence.text) || items(sentence.text) >= 10);
}

/** The text with the segments cut out and a line break where each stood. */
function withGaps(text: string, segments: Segment[]): string {
  if (segments.length === 0) return text;
  let out = "";
  let at = 0;
  for (const segment of [...segments].sort((a, b) => a.start - b.start)) {
    if (segment.start < at) continue;
    out += text.slice(at, segment.start) + "\n";
    at = segment.end;
  }
  return out + text.slice(at);
}

/** 0..1: what the candidate did, in a real situation, with names, figures, outcome and why. */
function specificityOf(facts: AnswerFacts, situational: boolean): number {
  let own = facts.ownPast >= 2
    ? 1
    : facts.ownPast === 1
    ? 0.65
    : facts.ownPlan >= 2
    ? (situational ? 0.8 : 0.45)
    : facts.ownPlan === 1
    ? (situational ? 0.6 : 0.3)
    : facts.ownHabit > 0
    ? 0.1
    : 0;
  if (facts.collective > 2 * Math.max(1, facts.ownPast) && facts.ownPast <= 1) own *= 0.7;
  const details = facts.named.size + facts.anchored;
  const concrete = [0, 0.45, 0.7, 0.85][Math.min(details, 4)] ?? 1;
  // A measured outcome is the best evidence; an outcome in words, or figures alone, count too.
  const measured = Math.min(1, facts.figures * 0.35 + facts.bareNumbers * 0.1);
  const evidence = Math.min(1, Math.max(measured, facts.outcomes > 0 ? 0.7 + 0.3 * measured : 0));
  const why = Math.min(1, (facts.reasoning + facts.reflection) * 0.6);
  return 0.3 * own + 0.25 * concrete + 0.25 * evidence + 0.2 * why;
}

/**
 * The rubric said back: the rubric's own words and the question's, with nothing the candidate
 * did and no figures of their own. A genuine answer, even a general one, brings words of its own
 * (tools, steps, names, thresholds); a vague one brings its own platitudes.
 */
function isRecital(
  question: QuestionToEvaluate,
  rubric: Rubric,
  facts: AnswerFacts,
  asked: Set<string>,
): boolean {
  if (facts.wordCount < 15 || facts.ownPast > 0) return false;
  // Figures and names the question or its rubric already gave are not the candidate's evidence.
  const given = normalize([question.text, ...rubric.points.map((point) => point.text)].join(" "));
  const ownFigures = facts.sentences.flatMap((sentence) => figuresIn(sentence.text))
    .filter((figure) => !given.includes(figure));
  if (ownFigures.length > 0) return false;
  const known = new Set([...asked, ...rubric.points.flatMap((point) => concepts(point.text))]);
  const own = [...facts.concepts].filter((item) => !isGenericConcept(item));
  if (own.length === 0) return false;
  const novel = own.filter((item) => !known.has(item)).length / own.length;
  return novel < 0.34;
}

/** Whether the answer says little beyond the question's own words. */
function isCopyOf(questionText: string, facts: AnswerFacts): boolean {
  const asked = new Set(concepts(questionText));
  const said = facts.concepts;
  const fresh = [...said].filter((item) => !asked.has(item)).length;
  return said.size - fresh >= 3 && (fresh <= 2 || fresh / said.size < 0.2);
}

/** One sentence for the recruiter: what the answer showed and what it lacked. */
function describe(
  question: QuestionToEvaluate,
  competency: string,
  facts: AnswerFacts,
  checks: PointCheck[],
  score: number,
): string {
  const covered = (kind: string) =>
    checks.some((check) => check.point.kind === kind && check.credit >= COVERED_AT);
  const shown: string[] = [];
  const lacking: string[] = [];
  if (covered("example")) shown.push("a real situation");
  if (facts.ownPast > 0) shown.push("the candidate's own actions");
  else if (facts.ownPlan > 0 && question.category === "situational") shown.push("concrete steps");
  else if (facts.collective > 0) lacking.push("says what the team did, not what the candidate did");
  else lacking.push("nothing the candidate did");
  if (facts.figures > 0) shown.push(facts.figures === 1 ? "a figure" : `${facts.figures} figures`);
  if (covered("result")) shown.push("the outcome");
  else lacking.push("no outcome");
  if (facts.reasoning > 0) shown.push("why");
  if (facts.genericShare > 0.5) lacking.push("mostly general statements");
  const topics = checks.filter((check) => check.point.kind === "topic");
  const topicCovered = topics.filter((check) => check.credit >= COVERED_AT).length;
  if (topics.length > 0 && topicCovered < topics.length) {
    lacking.push(`${topics.length - topicCovered} of ${topics.length} topic points not addressed`);
  }
  const level = score >= 75 ? "Strong" : score >= 55 ? "Solid" : score >= 35 ? "Partial" : "Weak";
  const good = shown.length ? shown.join(", ") : "little that is specific";
  return clip(
    `${level} answer on ${competency}: ${good}${lacking.length ? `; ${lacking.join("; ")}` : ""}.`,
  );
}

function clip(text: string): string {
  return text.length <= 1000 ? text : `${text.slice(0, 999).trimEnd()}…`;
}
