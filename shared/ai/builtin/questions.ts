/**
 * The built-in question generator. It builds four pools of draft questions from the job
 * (skills, focus areas, requirements, and technologies named in the description) and the CV
 * (employers, roles, claimed skills), then deals from them in a fixed category rhythm so every
 * interview mixes technical, experience, behavioural and situational questions. Choices that
 * have no natural order (which angle on a skill comes first, which behavioural question) are
 * drawn from a generator seeded with a hash of the inputs: the same job and CV always get the
 * same questions, a different CV gets different ones.
 *
 * The question count is not part of the seed, and the rhythm is fixed, so raising the count
 * from 8 to 10 keeps the first eight questions.
 */
import type { z } from "zod";
import {
  type CandidateBrief,
  GeneratedQuestion,
  type JobBrief,
  type QuestionCategory,
} from "../provider.ts";
import { hash32, pick, seededRandom, shuffled } from "../seed.ts";
import { normalize } from "../text.ts";
import {
  type BankQuestion,
  BEHAVIORAL,
  CV_CHALLENGE,
  CV_EXTRA_SKILL,
  CV_MOVE,
  CV_ROLE,
  CV_SKILL,
  FOCUS_SITUATIONAL,
  GENERAL_EXPERIENCE,
  REQUIREMENT,
  SITUATIONAL,
} from "./banks.ts";
import {
  type Angle,
  familyOf,
  GENERIC_ANGLES,
  NEUTRAL_TOPICS,
  SKILL_FAMILIES,
  type SkillFamily,
  softQuestionsOf,
} from "./skills.ts";

type Category = z.infer<typeof QuestionCategory>;
type Level = JobBrief["difficulty"];
type Vars = Record<string, string>;

/** A question before the job's difficulty is applied. */
interface Draft {
  key: string;
  category: Category;
  competency: string;
  ask: string;
  deeper?: string;
  points: string[];
}

/** Four in ten technical: the job's skills are what the role is hired for. */
const RHYTHM: Category[] = [
  "experience",
  "technical",
  "behavioral",
  "technical",
  "situational",
  "experience",
  "technical",
  "behavioral",
  "situational",
  "technical",
];

/** When a category has nothing left: the job's own material before general questions. */
const FALLBACK: Category[] = ["technical", "experience", "situational", "behavioral"];

/** Seconds to answer: harder questions expect more depth, so they get more time. */
export const TIME_LIMITS: Record<Category, Record<Level, number>> = {
  technical: { easy: 180, medium: 300, hard: 420 },
  behavioral: { easy: 150, medium: 240, hard: 300 },
  situational: { easy: 150, medium: 240, hard: 360 },
  experience: { easy: 150, medium: 240, hard: 330 },
};

/** How many of a draft's points an answer is expected to cover. */
const POINTS_AT: Record<Level, number> = { easy: 3, medium: 4, hard: 6 };

/** What the question asks for on top of the draft, by difficulty. */
const PHRASING: Record<Category, Record<Level, string[]>> = {
  technical: {
    easy: [
      "Keep it practical and use an example from your own work.",
      "Focus on the essentials and give an example.",
    ],
    medium: [
      "Include the trade-offs involved.",
      "Be concrete, and include the trade-offs involved.",
    ],
    hard: [
      "Be precise about failure modes, trade-offs and how you would measure success.",
      "Go into the edge cases, the trade-offs and how you would prove that it works.",
    ],
  },
  behavioral: {
    easy: ["What happened, and what did you do?"],
    medium: ["Walk me through the situation, what you did and the result."],
    hard: [
      "Be specific about your own decisions, the result in figures, and what you would do differently.",
    ],
  },
  situational: {
    easy: ["What would you do first?"],
    medium: ["Walk me through your approach and the trade-offs."],
    hard: ["Walk me through your approach, the risks, and how you would know that it worked."],
  },
  experience: {
    easy: ["Give one concrete example."],
    medium: ["Be concrete about your own part and the result."],
    hard: [
      "Be concrete about your decisions, the alternatives you rejected, and the result in figures.",
    ],
  },
};

export function generateQuestions(
  job: JobBrief,
  candidate: CandidateBrief,
  count: number,
): GeneratedQuestion[] {
  const random = seededRandom(seedOf(job, candidate));
  const topics = technicalTopics(job);
  const pools: Record<Category, Draft[]> = {
    technical: [],
    behavioral: [],
    situational: [],
    experience: experienceDrafts(job, candidate),
  };
  pools.technical.push(...topicDrafts(topics, random));
  for (const draft of softDrafts(job)) pools[draft.category].push(draft);
  pools.situational.push(...focusDrafts(job));
  pools.behavioral.push(...bankDrafts(BEHAVIORAL, "behavioral", job, [], random));
  // Situations put a technology in production ("Kafka starts failing"): disciplines do not fit.
  const skillNames = topics.filter((topic) => topic.family?.concrete).map((topic) => topic.name);
  pools.situational.push(...bankDrafts(SITUATIONAL, "situational", job, skillNames, random));
  const reserve = topicDrafts(
    NEUTRAL_TOPICS.map((name) => ({ name, family: null })),
    random,
  );

  const chosen: Draft[] = [];
  const seen = new Set<string>();
  const take = (pool: Draft[]) => {
    while (pool.length > 0) {
      const draft = pool.shift()!;
      const text = normalize(draft.ask);
      if (seen.has(draft.key) || seen.has(text)) continue;
      seen.add(draft.key).add(text);
      return draft;
    }
    return undefined;
  };
  for (let slot = 0; slot < count; slot++) {
    const wanted = RHYTHM[slot % RHYTHM.length];
    let draft: Draft | undefined;
    for (const category of [wanted, ...FALLBACK]) draft ??= take(pools[category]);
    draft ??= take(reserve);
    if (!draft) throw new Error(`The built-in interviewer ran out of questions at ${slot}.`);
    chosen.push(draft);
  }
  return chosen.map((draft) => GeneratedQuestion.parse(finish(draft, job.difficulty, random)));
}

/** Difficulty is left out: the same interview at another difficulty asks the same things, deeper. */
function seedOf(job: JobBrief, candidate: CandidateBrief): number {
  return hash32(JSON.stringify([
    job.title,
    job.description,
    job.seniority,
    job.skills,
    job.requirements,
    job.focus_areas,
    candidate.cv?.skills ?? null,
    candidate.cv?.experience ?? null,
  ]));
}

/** Applies the difficulty: wording depth, how many points are expected, and the time limit. */
function finish(draft: Draft, level: Level, random: () => number): GeneratedQuestion {
  const parts = [draft.ask];
  if (level === "hard" && draft.deeper) parts.push(draft.deeper);
  parts.push(pick(PHRASING[draft.category][level], random));
  return {
    text: clip(parts.join(" "), 2000),
    category: draft.category,
    difficulty: level,
    competency: clip(draft.competency, 100),
    expected_points: draft.points.slice(0, Math.max(2, POINTS_AT[level])).map((point) =>
      clip(point, 500)
    ),
    time_limit_seconds: TIME_LIMITS[draft.category][level],
  };
}

interface Topic {
  /** As the job writes it: questions and competency scores use the recruiter's words. */
  name: string;
  family: SkillFamily | null;
}

/**
 * What the technical questions are about, most important first: focus areas the interviewer
 * knows, the job's skills, then technologies the description or requirements name that the
 * skill list leaves out. A skill appearing twice counts once.
 */
function technicalTopics(job: JobBrief): Topic[] {
  const topics: Topic[] = [];
  const names = new Set<string>();
  const add = (name: string, family: SkillFamily | null) => {
    const key = normalize(name);
    if (!key || names.has(key)) return;
    names.add(key);
    topics.push({ name, family });
  };
  for (const focus of job.focus_areas) {
    const family = familyOf(focus);
    if (family) add(clean(focus), family);
  }
  for (const skill of job.skills) {
    const family = familyOf(skill);
    if (family || !softQuestionsOf(skill)) add(clean(skill), family);
  }
  const covered = new Set(topics.map((topic) => topic.family?.id));
  const prose = [job.title, job.description, ...job.requirements].join("\n");
  for (const family of SKILL_FAMILIES) {
    if (covered.has(family.id)) continue;
    const found = new RegExp(family.pattern.source, "i").exec(prose);
    if (found) add(found[0], family);
  }
  if (topics.length === 0) add(clean(job.title), familyOf(job.title));
  return topics;
}

/**
 * One draft per (topic, angle), breadth first: every topic's first angle before any topic's
 * second. Topics of one family share its angles, so "PostgreSQL" and "MySQL" are not asked
 * the same question; once a family's angles are used up its topics fall back on generic ones.
 */
function topicDrafts(topics: Topic[], random: () => number): Draft[] {
  const familyAngles = new Map<string, Angle[]>();
  const queues = topics.map((topic) => {
    const own = shuffled(GENERIC_ANGLES, random);
    if (!topic.family) return { topic, next: () => own.shift() };
    const family = topic.family;
    if (!familyAngles.has(family.id)) familyAngles.set(family.id, shuffled(family.angles, random));
    const shared = familyAngles.get(family.id)!;
    return { topic, next: () => shared.shift() ?? own.shift() };
  });
  const drafts: Draft[] = [];
  for (let active = true; active;) {
    active = false;
    for (const { topic, next } of queues) {
      const angle = next();
      if (!angle) continue;
      active = true;
      const vars = { skill: topic.name };
      drafts.push({
        key: `${topic.family?.id ?? "generic"}:${angle.id}:${normalize(topic.name)}`,
        category: "technical",
        competency: topic.name,
        ask: fill(angle.ask, vars),
        deeper: angle.deeper && fill(angle.deeper, vars),
        points: angle.points.map((point) => fill(point, vars)),
      });
    }
  }
  return drafts;
}

/**
 * Soft skills among the focus areas and skills are asked through the bank questions that probe
 * them, named after the skill as the job writes it, ahead of the rest of the bank.
 */
function softDrafts(job: JobBrief): Draft[] {
  const drafts: Draft[] = [];
  for (const skill of [...job.focus_areas, ...job.skills]) {
    if (familyOf(skill)) continue;
    for (const id of softQuestionsOf(skill) ?? []) {
      const behavioral = BEHAVIORAL.find((question) => question.id === id);
      const question = behavioral ?? SITUATIONAL.find((item) => item.id === id);
      if (!question || question.ask.includes("{skill}")) continue;
      drafts.push({
        ...draftOf(question, behavioral ? "behavioral" : "situational", { title: job.title }),
        competency: clean(skill),
      });
    }
  }
  return drafts;
}

/** Other focus areas the interviewer has no angles for become situational questions. */
function focusDrafts(job: JobBrief): Draft[] {
  return job.focus_areas.filter((focus) => !familyOf(focus) && !softQuestionsOf(focus)).map((
    focus,
  ) => draftOf(FOCUS_SITUATIONAL, "situational", { focus: clean(focus), title: job.title }));
}

/**
 * Questions from the CV first (the candidate's own employers, roles and skills), interleaved
 * with the job's requirements, then general ones that need no CV.
 */
function experienceDrafts(job: JobBrief, candidate: CandidateBrief): Draft[] {
  const cv = candidate.cv;
  const roles = cv ? recentFirst(cv.experience) : [];
  const jobSkills = job.skills.map((skill) => ({ skill: clean(skill), family: familyOf(skill) }));
  const shared: Draft[] = [];
  const extra: Draft[] = [];
  for (const claimed of cv?.skills ?? []) {
    const name = clean(claimed);
    if (!name) continue;
    const family = familyOf(name);
    const match = jobSkills.find(({ skill, family: jobFamily }) =>
      normalize(skill) === normalize(name) || (family !== null && jobFamily?.id === family.id)
    );
    if (match) {
      shared.push({
        ...draftOf(CV_SKILL, "experience", { skill: name }),
        competency: match.skill,
      });
    } else {
      extra.push(draftOf(CV_EXTRA_SKILL, "experience", { skill: name, title: job.title }));
    }
  }
  const requirements = job.requirements.map(clean).filter(Boolean).map((requirement) =>
    draftOf(REQUIREMENT, "experience", { requirement })
  );

  const drafts: Draft[] = [];
  const lanes = [roles.map((role) => draftOf(CV_ROLE, "experience", role)), shared, requirements];
  for (let i = 0; lanes.some((lane) => i < lane.length); i++) {
    for (const lane of lanes) if (i < lane.length) drafts.push(lane[i]);
  }
  drafts.push(...extra.slice(0, 3));
  const employers = roles.filter((role) => role.company);
  if (employers.length >= 2) {
    drafts.push(draftOf(CV_MOVE, "experience", {
      previous: employers[1].company,
      company: employers[0].company,
    }));
  }
  drafts.push(...roles.map((role) => draftOf(CV_CHALLENGE, "experience", role)));
  drafts.push(
    ...GENERAL_EXPERIENCE.map((question) => draftOf(question, "experience", { title: job.title })),
  );
  return drafts;
}

type CvEntry = NonNullable<CandidateBrief["cv"]>["experience"][number];

/** The CV's roles, current and most recent first, each once, as template variables. */
function recentFirst(entries: CvEntry[]): Vars[] {
  const ranked = entries
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => clean(entry.company ?? "") || clean(entry.title ?? ""))
    .sort((a, b) =>
      // An open end date is the current role; ties keep the CV's own order.
      (b.entry.end ?? "9999").localeCompare(a.entry.end ?? "9999") ||
      (b.entry.start ?? "").localeCompare(a.entry.start ?? "") || a.index - b.index
    );
  const seen = new Set<string>();
  const roles: Vars[] = [];
  for (const { entry } of ranked) {
    const company = clean(entry.company ?? "");
    const title = clean(entry.title ?? "");
    const key = normalize(`${title}@${company}`);
    if (seen.has(key)) continue;
    seen.add(key);
    roles.push({
      company,
      where: [title && `as ${title}`, company && `at ${company}`].filter(Boolean).join(" "),
      at: company ? `at ${company}` : `as ${title}`,
      experience: company ? `Experience at ${company}` : `Experience as ${title}`,
    });
  }
  return roles;
}

/**
 * A bank's questions that suit the seniority, shuffled by the seed, with the ones the
 * seniority calls for first. `{skill}` takes the job's skills in turn.
 */
function bankDrafts(
  bank: BankQuestion[],
  category: Category,
  job: JobBrief,
  skills: string[],
  random: () => number,
): Draft[] {
  const suitable = shuffled(bank, random)
    .filter((question) => !question.levels || question.levels.includes(job.seniority));
  const preferred = suitable.filter((question) => question.preferredAt?.includes(job.seniority));
  const rest = suitable.filter((question) => !question.preferredAt?.includes(job.seniority));
  let turn = 0;
  return [...preferred, ...rest].map((question) => {
    if (!question.ask.includes("{skill}")) return draftOf(question, category, { title: job.title });
    if (skills.length === 0 && question.alt) {
      return draftOf({ ...question, ask: question.alt }, category, { title: job.title });
    }
    const skill = skills[turn++ % Math.max(1, skills.length)] ?? job.title;
    return draftOf(question, category, { skill, title: job.title });
  });
}

function draftOf(question: BankQuestion, category: Category, vars: Vars): Draft {
  const ask = fill(question.ask, vars);
  return {
    key: `${question.id}:${normalize(ask)}`,
    category,
    competency: fill(question.competency, vars),
    ask,
    points: question.points.map((point) => fill(point, vars)),
  };
}

function fill(template: string, vars: Vars): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** A list item as a phrase: no surrounding quotes, bullets or final full stop. */
function clean(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/^[-*•"'\s]+|["'.;:,\s]+$/g, "");
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
