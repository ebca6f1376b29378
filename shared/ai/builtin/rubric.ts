/**
 * How the built-in evaluator checks an answer against a question's rubric: how relevant it is to
 * what the question is about, and which points it covers, each with the sentence that covers it.
 *
 * A `topic` point is covered by a sentence about its subject (stemmed concepts and synonyms, so
 * the candidate's own words count). The other kinds are covered by what a sentence does: tells a
 * real situation, says what the candidate did, why, how it turned out, what they learned.
 */
import type { Rubric, RubricPoint } from "../provider.ts";
import { concepts } from "../text.ts";
import {
  type AnswerFacts,
  isCommonConcept,
  isGenericConcept,
  type SentenceFacts,
} from "./analyze.ts";

/** What a hit on each list of the subject is worth, and the most each list can add. */
const SUBJECT_WEIGHT = { primary: 1, secondary: 0.5, domain: 0.25 };
const SUBJECT_CAP = { secondary: 1, domain: 0.5 };
/** Weighted hits for full relevance. */
const RELEVANT_AT = 2;
/** Without one word of the question's own subject, an answer is at most this relevant. */
const WITHOUT_SUBJECT = 0.25;
/** A subject of at most this many concepts is broad; the job's words add up to BROAD_CAP to it. */
const BROAD_AT = 3;
const BROAD_CAP = 1.5;
/** Without its own words, a broad subject is read from the job's words: this much a word, at most. */
const BROAD_FIELD_STEP = 0.1;
const BROAD_FIELD_MOST = 0.5;
/** What an everyday word counts for, against a word of the trade. */
const COMMON_WEIGHT = 0.5;
/** The share of its sentences an answer must spend on the subject to count in full. */
const ON_SUBJECT_SHARE = 0.4;

/**
 * How much of the answer is about the question's subject, 0..1. Two things must hold: the answer
 * uses the subject's own words (distinct concepts of the subject's lists, weighted: the question's
 * own topic first, the job's words around it and the job's field only as support), and it spends
 * its sentences on them. A story about something else that happens to use one of the subject's
 * words once ("inbound" in a sales story asked about warehouse receiving) stays low; so does an
 * answer about another part of the same job, which has the job's words but not the question's.
 * Words any answer uses ("team", "result") count for nothing.
 */
export function relevance(subject: Rubric["subject"], facts: AnswerFacts): number {
  const weightOf = new Map<string, { list: keyof typeof SUBJECT_WEIGHT; weight: number }>();
  for (const list of ["domain", "secondary", "primary"] as const) {
    for (const item of subject[list]) {
      // The primary list is the question's own subject, generic words chosen on purpose included.
      if (list === "primary" || !isGenericConcept(item)) {
        weightOf.set(item, { list, weight: SUBJECT_WEIGHT[list] });
      }
    }
  }
  // An everyday word ("read", "order") is half the evidence a word of the trade is.
  const sums = { primary: 0, secondary: 0, domain: 0 };
  for (const item of facts.concepts) {
    const found = weightOf.get(item);
    if (found) sums[found.list] += found.weight * (isCommonConcept(item) ? COMMON_WEIGHT : 1);
  }
  const context = Math.min(SUBJECT_CAP.secondary, sums.secondary) +
    Math.min(SUBJECT_CAP.domain, sums.domain);
  // A broad subject named in a word or two ("clinical judgment", "sales process") is shown by
  // the job's own words as much as by its name: there, they count as the subject's.
  const broad = subject.primary.filter((item) => !isGenericConcept(item)).length <= BROAD_AT;
  // One shared word is chance; two or more are the subject.
  const own = sums.primary +
    (broad ? Math.min(BROAD_CAP, Math.max(0, sums.secondary - SUBJECT_WEIGHT.secondary)) : 0);
  if (own === 0) {
    // A story in the job's own field, answering a question on one of the job's topics named in a
    // word or two, is probably about it in other words ("differentiation" told as the lesson it
    // was): half relevant at most. An answer from another field has none of the job's words.
    const field = broad
      ? Math.min(BROAD_FIELD_MOST, fieldWords(subject, facts) * BROAD_FIELD_STEP)
      : 0;
    return Math.max(field, Math.min(WITHOUT_SUBJECT, context / RELEVANT_AT));
  }
  const words = Math.min(1, (own + Math.min(context, own / 2)) / RELEVANT_AT);
  // A sentence is on the subject with one of its words, or two of the job's.
  const spoken = facts.sentences.filter((sentence) => !sentence.listLike);
  const on = spoken.filter((sentence) => {
    let weak = 0;
    for (const item of sentence.concepts) {
      const found = weightOf.get(item);
      if (!found) continue;
      if (found.list !== "domain" && !isCommonConcept(item)) return true;
      if (++weak >= 2) return true;
    }
    return false;
  }).length;
  const share = spoken.length ? on / spoken.length : 0;
  return words * Math.min(1, share / ON_SUBJECT_SHARE);
}

/** Distinct concepts of the answer from the job's words around the subject and its field. */
export function fieldWords(subject: Rubric["subject"], facts: AnswerFacts): number {
  const field = new Set([...subject.secondary, ...subject.domain]);
  return [...facts.concepts].filter((item) => field.has(item) && !isGenericConcept(item)).length;
}

export interface PointCheck {
  point: RubricPoint;
  /** 0..1. */
  credit: number;
  /** The sentence that earns the credit, exactly as written; null when nothing does. */
  quote: string | null;
}

/** Credit needed for a point to count as covered. */
export const COVERED_AT = 0.5;

export function checkPoint(
  point: RubricPoint,
  facts: AnswerFacts,
  options: { situational: boolean; asked: Set<string> },
): PointCheck {
  const best = (score: (sentence: SentenceFacts) => number): PointCheck => {
    let found: { sentence: SentenceFacts; credit: number } | null = null;
    for (const sentence of facts.sentences) {
      if (sentence.listLike) continue;
      const credit = score(sentence);
      if (credit > (found?.credit ?? 0)) found = { sentence, credit };
    }
    return { point, credit: found?.credit ?? 0, quote: found ? found.sentence.text : null };
  };
  switch (point.kind) {
    case "topic": {
      const wanted = [...new Set(concepts(point.text))].filter((item) => !isGenericConcept(item));
      if (wanted.length === 0) return { point, credit: 0, quote: null };
      const fresh = wanted.filter((item) => !options.asked.has(item)).length;
      const size = fresh > 0 ? fresh : wanted.length;
      const need = size <= 2 ? 1 : size <= 5 ? 2 : 3;
      // Echoing the question's own words is not yet saying anything: a third of a hit.
      const whole = wanted.filter((item) => facts.concepts.has(item))
        .reduce((sum, item) => sum + (options.asked.has(item) ? 1 / 3 : 1), 0);
      const credit = Math.min(1, whole / need);
      if (credit === 0) return { point, credit: 0, quote: null };
      const quoted = best((sentence) => {
        const own = new Set(sentence.concepts);
        return wanted.filter((item) => own.has(item)).length;
      });
      return { point, credit, quote: quoted.quote };
    }
    case "example":
      return best((sentence) =>
        (sentence.anchored || sentence.ownPast) &&
          (sentence.named.length > 0 || sentence.figures > 0 || sentence.anchored)
          ? 1
          : sentence.ownPast
          ? 0.6
          : 0
      );
    case "own_action":
      return best((sentence) =>
        sentence.ownPast ? 1 : sentence.ownPlan
          ? (options.situational ? 1 : 0.5) *
            (sentence.named.length > 0 || sentence.figures > 0 || sentence.reasoning ? 1 : 0.7)
          : sentence.ownHabit && !sentence.generic
          ? 0.4
          : 0
      );
    case "reasoning":
      return best((sentence) =>
        sentence.reasoning && !sentence.generic ? 1 : sentence.reasoning ? 0.5 : 0
      );
    case "result":
      return best((sentence) =>
        sentence.outcome && (sentence.figures > 0 || sentence.bareNumbers > 0)
          ? 1
          : sentence.outcome
          ? 0.7
          : sentence.figures > 0 && !sentence.generic
          ? 0.5
          : 0
      );
    case "reflection":
      return best((sentence) => sentence.reflection ? 1 : 0);
  }
}
