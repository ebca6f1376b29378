/**
 * Rubrics for the built-in interviewer's questions: the points a good answer covers, and what
 * the question is about, as stemmed concepts (../text.ts) the evaluator can match answers with.
 *
 * Every question mixes two kinds of points: what it is about (`topic`, from the job's own words
 * or the bank's) and what any good answer to it does, in any field (a real situation, the
 * candidate's own part, why, the outcome, the lesson). The second kind is what lets the same
 * interviewer judge a nurse, a salesperson and an engineer without knowing their trade.
 */
import type {
  JobBrief,
  ProbedClaim,
  QuestionToEvaluate,
  Rubric,
  RubricPoint,
} from "../provider.ts";
import { concept, concepts, isStopword, sentences, words } from "../text.ts";
import { isCommonConcept, isGenericConcept } from "./analyze.ts";

/** Changes whenever the banks or the way rubrics are built change: stored with every question. */
export const RUBRIC_VERSION = "builtin-rubric-2";

/** The points any answer can be judged on, whatever the trade. */
export const POINT = {
  example: { kind: "example", text: "a specific, real situation from the candidate's own work" },
  own: { kind: "own_action", text: "what the candidate did personally, step by step" },
  ownPlan: { kind: "own_action", text: "the concrete steps the candidate would take, in order" },
  why: {
    kind: "reasoning",
    text: "why they chose that approach: the reasons, risks or trade-offs",
  },
  result: { kind: "result", text: "the outcome, ideally measured (figures, before and after)" },
  lesson: { kind: "reflection", text: "what they learned or would do differently" },
} as const satisfies Record<string, RubricPoint>;

export interface SubjectSources {
  /** What the question itself is about: the skill, the requirement, the claim, the bank's theme. */
  primary: string[];
  /**
   * Words that are the subject even though any answer might use them: "team" is the subject of
   * a question about teamwork. Kept in the primary list as they are.
   */
  pinned?: string[];
  /** The job's sentences around it. */
  secondary?: string[];
  /** The job's field at large. */
  domain?: string[];
}

/** Most concepts kept per subject list. */
const SUBJECT_SIZE = { primary: 80, secondary: 80, domain: 80 };

export function buildRubric(
  points: RubricPoint[],
  subject: SubjectSources,
  extra: { deeper?: string | null; claim?: ProbedClaim | null } = {},
): Rubric {
  // A subject named only in words that are generic elsewhere ("case management", "lesson
  // planning") is still that subject: its words are pinned rather than dropped.
  const bare = subject.primary.filter((text) =>
    concepts(text).length > 0 && concepts(text).every((item) => isGenericConcept(item))
  );
  const pinned = [
    ...new Set([...(subject.pinned ?? []), ...bare].flatMap((text) => concepts(text))),
  ]
    .filter((item) => !/\d/.test(item));
  const primary = [...new Set([...pinned, ...conceptsOf(subject.primary, SUBJECT_SIZE.primary)])]
    .slice(0, SUBJECT_SIZE.primary + pinned.length);
  const taken = new Set(primary);
  const secondary = conceptsOf(subject.secondary ?? [], SUBJECT_SIZE.secondary)
    .filter((item) => !taken.has(item));
  for (const item of secondary) taken.add(item);
  const domain = conceptsOf(subject.domain ?? [], SUBJECT_SIZE.domain)
    .filter((item) => !taken.has(item));
  return {
    version: RUBRIC_VERSION,
    points,
    subject: { primary, secondary, domain },
    deeper: extra.deeper ?? null,
    claim: extra.claim ?? null,
  };
}

/** Distinct subject-bearing concepts, the most frequent first, then in order of appearance. */
function conceptsOf(texts: string[], limit: number): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const item of concepts(text)) {
      if (item.length < 2 || /\d/.test(item) || isGenericConcept(item)) continue;
      counts.set(item, (counts.get(item) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([item]) => item);
}

/** The job's own words, for the subject's wider lists. */
export interface JobWords {
  /** Every sentence of the job: title, description, requirements, skills. */
  sentences: string[];
}

export function jobWords(job: JobBrief): JobWords {
  return {
    sentences: [
      job.title,
      ...sentences(job.description).map((sentence) => sentence.text),
      ...job.requirements,
      ...job.skills,
      ...job.focus_areas,
    ].filter((text) => text.trim()),
  };
}

/** The job's sentences that share a subject concept with `about`. */
export function around(words: JobWords, about: string[]): string[] {
  const wanted = new Set(
    about.flatMap((text) => concepts(text)).filter((item) => !isGenericConcept(item)),
  );
  if (wanted.size === 0) return [];
  return words.sentences.filter((sentence) => concepts(sentence).some((item) => wanted.has(item)));
}

/**
 * The words of a text that mark it out: not everyday English, not generic ("Meadow Lane",
 * "Trentside", "CLABSI", "EMD"), so an answer about something else rarely shares them.
 */
export function distinctive(text: string): string {
  return words(text).filter((word) => {
    const item = concept(word);
    return item.length > 1 && !/^\d+$/.test(item) && !isGenericConcept(item) &&
      !isCommonConcept(item) && !isStopword(word);
  }).join(" ");
}

/** A rubric for a question stored before rubrics were: its points as topics, its words as subject. */
export function legacyRubric(question: QuestionToEvaluate): Rubric {
  const points: RubricPoint[] = question.expected_points.length > 0
    ? question.expected_points.map((text) => ({ text, kind: "topic" }))
    : [POINT.example, POINT.own, POINT.result];
  return buildRubric(points, {
    primary: [question.text, question.competency ?? "", ...question.expected_points],
  });
}
