/**
 * The built-in question generator. An interview is planned, not dealt:
 *
 * 1. A share of the main questions (plan.claimShare, 2 of 8 by default) each probe one concrete
 *    claim of the CV, quoted word for word (../claims.ts).
 * 2. The job's own topics come next, most important first: focus areas, then skills and
 *    requirements in the order the recruiter listed them. Technologies the interviewer knows get
 *    one of their angles (data/skill_families.json); soft skills the behavioural question that
 *    probes them; anything else (a nurse's "medication administration", a seller's "forecasting")
 *    a field-neutral question about the candidate's own work with it. Each topic once, as many as
 *    the count allows.
 * 3. At least one or two general questions (behavioural and situational, data/banks.json) keep the
 *    interview varied; questions that assume software are asked only in software jobs.
 *
 * Every question carries a rubric (./rubric_builder.ts): the points a good answer covers and what
 * the question is about, so answers are judged on relevance first. Choices with no natural order
 * are drawn from a generator seeded with the job and the CV's contents (never the candidate's
 * identity): the same job and CV always get the same interview.
 */
import BANKS from "./data/banks.json" with { type: "json" };
import FAMILIES from "./data/skill_families.json" with { type: "json" };
import { CONFIDENT, type CvClaim, cvClaims, isPlainName } from "../claims.ts";
import {
  type CandidateBrief,
  GeneratedQuestion,
  type JobBrief,
  type ProbedClaim,
  type QuestionCategory,
  type QuestionPlan,
  type QuestionSource,
  type RubricPoint,
} from "../provider.ts";
import { hash32, seededRandom, shuffled } from "../seed.ts";
import { concepts, normalize } from "../text.ts";
import { asInSentence, canonicalSkillName } from "../vocabulary.ts";
import { isGenericConcept } from "./analyze.ts";
import {
  around,
  buildRubric,
  distinctive,
  type JobWords,
  jobWords,
  POINT,
  type SubjectSources,
} from "./rubric_builder.ts";
import type { z } from "zod";

type Category = z.infer<typeof QuestionCategory>;
type Level = JobBrief["difficulty"];
type Vars = Record<string, string>;

interface BankQuestion {
  id: string;
  competency: string;
  ask: string;
  points: string[];
  subject?: string;
  levels?: string[];
  preferredAt?: string[];
  alt?: string;
  software?: boolean;
  deeper?: string;
  late?: boolean;
  core?: boolean;
}

interface Angle {
  id: string;
  ask: string;
  deeper?: string;
  points: string[];
}

interface Family {
  id: string;
  label: string;
  concrete?: boolean;
  angles: Angle[];
  pattern: RegExp;
  exclude: RegExp | null;
}

const FAMILY_LIST: Family[] = FAMILIES.families.map((family) => ({
  ...family,
  pattern: new RegExp(family.pattern),
  exclude: "exclude" in family && typeof family.exclude === "string"
    ? new RegExp(family.exclude)
    : null,
}));
const SOFT_SKILLS = BANKS.soft_skills.map((soft) => ({
  pattern: new RegExp(soft.pattern),
  questions: soft.questions,
}));
const BEHAVIORAL = BANKS.behavioral as BankQuestion[];
const SITUATIONAL = BANKS.situational as BankQuestion[];
const EXPERIENCE = BANKS.experience as BankQuestion[];
const TEMPLATES = BANKS.templates;

/** The most questions one interview holds (InterviewSettings.question_count). */
export const MAX_QUESTIONS = 50;

/** Seconds to answer: harder questions expect more depth, so they get more time. */
const TIME_LIMITS: Record<Category, Record<Level, number>> = {
  technical: { easy: 180, medium: 300, hard: 420 },
  behavioral: { easy: 150, medium: 240, hard: 300 },
  situational: { easy: 150, medium: 240, hard: 360 },
  experience: { easy: 150, medium: 240, hard: 330 },
};

/** How many of a topic's own points a question expects, by difficulty. */
const TOPIC_POINTS: Record<Level, number> = { easy: 2, medium: 3, hard: 4 };

/** A question before the job's difficulty is applied. */
interface Draft {
  key: string;
  category: Category;
  competency: string;
  ask: string;
  deeper: string | null;
  topicPoints: string[];
  /** The field-neutral points, by what the question asks for. */
  shape: "story" | "plan" | "technical" | "claim";
  subject: SubjectSources;
  source: z.infer<typeof QuestionSource>;
  claim?: ProbedClaim;
  /** Asked last (the motivation question closes an interview). */
  late?: boolean;
}

export function generateQuestions(
  job: JobBrief,
  candidate: CandidateBrief,
  plan: QuestionPlan,
): GeneratedQuestion[] {
  const { count } = plan;
  const random = seededRandom(seedOf(job, candidate));
  const words = jobWords(job);
  const vars: Vars = { title: job.title.trim(), served: servedBy(job) };
  const domain = words.sentences;

  const claims = cvClaims(candidate.cv);
  const claimSlots = plan.claimShare > 0 && claims.length > 0 && count >= 2
    ? Math.min(claims.length, Math.max(1, Math.round(count * plan.claimShare)))
    : 0;
  const claimDrafts = claims.slice(0, claimSlots).map((claim) => claimDraft(claim, words));

  const topics = topicDrafts(job, words, random, vars);
  const generals = generalDrafts(job, random, vars, domain);
  const cv = cvDrafts(job, candidate, words, vars);
  const reserve = reserveDrafts(job, words, random, vars);

  // The job's own topics come first; one general question keeps a longer interview varied.
  const minimumGeneral = count >= 6 ? 1 : 0;
  const chosen = new Chooser();
  const mains = chosen.takeAll(claimDrafts, claimSlots);
  const topical = chosen.takeAll(topics, Math.max(0, count - mains.length - minimumGeneral));
  const general = chosen.takeAll(generals, count - mains.length - topical.length);
  const rest = chosen.takeAll(
    [...cv, ...reserve, ...generals],
    count - mains.length - topical.length - general.length,
  );
  if (mains.length + topical.length + general.length + rest.length < count) {
    throw new Error(`The built-in interviewer ran out of questions at ${chosen.size}.`);
  }
  const ordered = weave(mains, [...topical, ...rest], general, count);
  return ordered.map((draft) => GeneratedQuestion.parse(finish(draft, job.difficulty)));
}

/**
 * The questions that probe the CV's claims alone: what a provider that writes its own questions
 * asks beside them, so a claim is always quoted word for word and never paraphrased.
 */
export function claimQuestions(
  job: JobBrief,
  candidate: CandidateBrief,
  plan: QuestionPlan,
): GeneratedQuestion[] {
  const claims = cvClaims(candidate.cv);
  if (plan.claimShare <= 0 || claims.length === 0 || plan.count < 2) return [];
  const slots = Math.min(claims.length, Math.max(1, Math.round(plan.count * plan.claimShare)));
  const words = jobWords(job);
  return claims.slice(0, slots).map((claim) =>
    GeneratedQuestion.parse(finish(claimDraft(claim, words), job.difficulty))
  );
}

/** Drafts taken once each, by key and by wording. */
class Chooser {
  #seen = new Set<string>();
  get size() {
    return this.#seen.size;
  }
  takeAll(pool: Draft[], wanted: number): Draft[] {
    const out: Draft[] = [];
    for (const draft of pool) {
      if (out.length >= wanted) break;
      const text = normalize(draft.ask);
      if (this.#seen.has(draft.key) || this.#seen.has(text)) continue;
      this.#seen.add(draft.key).add(text);
      out.push(draft);
    }
    return out;
  }
}

/**
 * The interview's order: a claim opens it (the candidate's own ground), the job's topics and the
 * general questions alternate, the other claims stand at even intervals, and a closing question
 * (motivation) comes last.
 */
function weave(claims: Draft[], topics: Draft[], general: Draft[], count: number): Draft[] {
  const late = [...topics, ...general].filter((draft) => draft.late);
  const queueT = topics.filter((draft) => !draft.late);
  const queueG = general.filter((draft) => !draft.late);
  const out: Draft[] = [];
  const claimAt = claims.map((_, i) => Math.floor((i * count) / Math.max(1, claims.length)));
  let takenT = 0;
  let takenG = 0;
  while (out.length < count - late.length) {
    const next = claimAt.findIndex((at, i) => at <= out.length && claims[i]);
    if (next >= 0) {
      out.push(claims[next]);
      claims[next] = undefined as unknown as Draft;
      continue;
    }
    const shareT = queueT.length ? takenT / queueT.length : 1;
    const shareG = queueG.length ? takenG / queueG.length : 1;
    if (takenT < queueT.length && (shareT <= shareG || takenG >= queueG.length)) {
      out.push(queueT[takenT++]);
    } else if (takenG < queueG.length) out.push(queueG[takenG++]);
    else break;
  }
  return [...out, ...late].slice(0, count);
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
function finish(draft: Draft, level: Level): GeneratedQuestion {
  const parts = [draft.ask];
  if (level === "hard" && draft.deeper) parts.push(draft.deeper);
  // The level's wording, unless the question already asks for the situation and the result.
  const phrasing = BANKS.phrasing[draft.category][level][0];
  const complete = /\b(?:result|came of it|turn(?:ed)? out|outcome)\b/.test(draft.ask);
  if (phrasing && draft.shape !== "claim" && !complete) parts.push(phrasing);
  const topic: RubricPoint[] = draft.topicPoints.slice(0, TOPIC_POINTS[level])
    .map((text) => ({ kind: "topic", text: clip(text, 500) }));
  const shape: Record<Draft["shape"], RubricPoint[]> = {
    story: [
      POINT.example,
      POINT.own,
      POINT.result,
      ...(level === "easy" ? [] : [POINT.why]),
      ...(level === "hard" ? [POINT.lesson] : []),
    ],
    plan: [POINT.ownPlan, POINT.why, ...(level === "easy" ? [] : [POINT.example])],
    technical: [POINT.example, POINT.own, ...(level === "easy" ? [] : [POINT.why])],
    claim: [POINT.own, POINT.example, POINT.result, ...(level === "easy" ? [] : [POINT.why])],
  };
  const points = [...topic, ...shape[draft.shape]];
  const rubric = buildRubric(points, draft.subject, {
    deeper: draft.deeper,
    claim: draft.claim ?? null,
  });
  return {
    text: clip(parts.join(" "), 2000),
    category: draft.category,
    difficulty: level,
    competency: clip(draft.competency, 100),
    expected_points: points.map((point) => point.text),
    time_limit_seconds: TIME_LIMITS[draft.category][level],
    source: draft.source,
    rubric,
  };
}

// --- the CV's claims ---------------------------------------------------------------------------

function claimDraft(claim: CvClaim, words: JobWords): Draft {
  const t = TEMPLATES.claim;
  // "Your CV says that at Acme you “cut p99 ...”" when the claim starts with what was done;
  // otherwise the claim stands as a quote of its own.
  const firstWord = claim.text.split(/\s+/)[0];
  const verbFirst =
    /^[A-Z][a-z]+(?:ed|t)$|^(?:Led|Ran|Built|Cut|Grew|Won|Made|Set|Took|Wrote|Drove|Sold|Brought|Taught|Kept|Held|Rebuilt|Oversaw)$/
      .test(firstWord);
  const at = claim.company ? ` at ${claim.company}` : "";
  const intro = verbFirst
    ? fill(t.intro_verb, {
      at,
      claim: firstWord.toLowerCase() + claim.text.slice(firstWord.length).replace(/\.$/, ""),
    })
    : fill(t.intro_quote, {
      claim: claim.text.replace(/\.$/, ""),
      at_end: claim.company ? `, at ${claim.company}` : "",
    });
  const probe = t[claim.kind];
  return {
    key: `claim:${normalize(claim.text)}`,
    category: "experience",
    competency: clip(claim.title ? `Claim: ${claim.title}` : "CV claim", 100),
    ask: `${intro} ${probe}`,
    deeper: "What would you do differently if you had to achieve it again?",
    topicPoints: [`${t.points.topic}: ${claim.text}`, t.points.result],
    shape: "claim",
    // The claim's own marks (names, the trade's words) are its subject: everyday words like
    // "delivered" or "home" would let any story in.
    subject: {
      primary: [distinctive(claim.text)],
      secondary: around(words, [distinctive(claim.text)]),
      domain: words.sentences,
    },
    source: "cv_claim",
    claim: { text: claim.text, company: claim.company, figures: claim.figures },
  };
}

// --- the job's topics --------------------------------------------------------------------------

/** Requirements that are papers, not skills: checked on documents, asked about only if room is left. */
const CREDENTIAL =
  /\b(?:licen[cs]e[sd]?|certif\w*|registered with|registration|degree|diploma|bachelor'?s?|master'?s?|mba|phd|ged|eligib\w*|right to work|work permit|driv(?:ing|er'?s) licen[cs]e|background check|clearance|vaccinat\w*|fluent|native speaker)\b/i;

function topicDrafts(job: JobBrief, words: JobWords, random: () => number, vars: Vars): Draft[] {
  const drafts: Draft[] = [];
  const later: Draft[] = [];
  const angles = new Map<string, Angle[]>();
  const askedSkills: string[][] = [];
  let template = Math.floor(random() * TEMPLATES.skill.length);

  const skillDraft = (name: string): Draft | null => {
    const skill = clean(name);
    if (!skill) return null;
    const family = familyOf(skill);
    if (family) {
      if (!angles.has(family.id)) angles.set(family.id, shuffled(family.angles, random));
      const angle = angles.get(family.id)!.shift() ?? null;
      if (angle) return angleDraft(skill, family, angle, words);
    }
    const soft = softQuestionsOf(skill);
    if (soft) {
      for (const id of soft) {
        const bank = BEHAVIORAL.find((question) => question.id === id) ??
          SITUATIONAL.find((question) => question.id === id);
        if (!bank || bank.software || bank.ask.includes("{skill}")) continue;
        return bankDraft(
          bank,
          BEHAVIORAL.includes(bank) ? "behavioral" : "situational",
          vars,
          words,
          {
            competency: skill,
            key: `soft:${normalize(skill)}:${bank.id}`,
            extraSubject: [skill],
          },
        );
      }
    }
    const chosen = TEMPLATES.skill[template++ % TEMPLATES.skill.length];
    return skillTemplateDraft(skill, chosen, words);
  };

  for (const focus of job.focus_areas) {
    const draft = skillDraft(focus);
    if (draft) {
      drafts.push(draft);
      askedSkills.push(concepts(focus));
    }
  }
  // Skills and requirements in the recruiter's order, alternating: both say what the job needs.
  const skills = job.skills.filter((skill) => !job.focus_areas.some((focus) => same(focus, skill)));
  const requirements = job.requirements.map(clean).filter(Boolean);
  for (let i = 0; i < Math.max(skills.length, requirements.length); i++) {
    if (i < skills.length) {
      const draft = skillDraft(skills[i]);
      if (draft) {
        drafts.push(draft);
        askedSkills.push(concepts(skills[i]));
      }
    }
    if (i < requirements.length) {
      const requirement = requirements[i];
      const draft = requirementDraft(requirement, words);
      // A requirement that only restates an asked skill ("5+ years of PostgreSQL") is covered.
      const own = concepts(requirement).filter((item) => !isGenericConcept(item));
      const restates = askedSkills.some((skill) =>
        skill.length > 0 && skill.every((item) => own.includes(item)) &&
        own.length <= skill.length + 3
      );
      (CREDENTIAL.test(requirement) || restates ? later : drafts).push(draft);
    }
  }
  if (drafts.length === 0 && later.length === 0) {
    const draft = skillDraft(job.title);
    if (draft) drafts.push(draft);
  }
  return [...drafts, ...later];
}

function angleDraft(skill: string, family: Family, angle: Angle, words: JobWords): Draft {
  const vars = { skill: asInSentence(skill) };
  return {
    key: `${family.id}:${angle.id}:${normalize(skill)}`,
    category: "technical",
    competency: skill,
    ask: `${fill(angle.ask, vars)} ${TEMPLATES.grounding}`,
    deeper: angle.deeper ? fill(angle.deeper, vars) : null,
    topicPoints: angle.points.map((point) => fill(point, vars)),
    shape: "technical",
    subject: {
      primary: [skill, family.label, ...angle.points.map((point) => fill(point, vars))],
      secondary: around(words, [skill, family.label]),
      domain: words.sentences,
    },
    source: "job",
  };
}

function skillTemplateDraft(
  skill: string,
  template: { id: string; ask: string; deeper: string; points: string[] },
  words: JobWords,
): Draft {
  const vars = { skill: asInSentence(skill) };
  return {
    key: `skill:${template.id}:${normalize(skill)}`,
    category: "technical",
    competency: skill,
    ask: fill(template.ask, vars),
    deeper: fill(template.deeper, vars),
    topicPoints: template.points.map((point) => fill(point, vars)),
    shape: "story",
    subject: { primary: [skill], secondary: around(words, [skill]), domain: words.sentences },
    source: "job",
  };
}

function requirementDraft(requirement: string, words: JobWords): Draft {
  const t = TEMPLATES.requirement;
  const quoted = requirement.replace(/\.$/, "");
  return {
    key: `requirement:${normalize(requirement)}`,
    category: "experience",
    competency: clip(requirementTopic(requirement), 100),
    ask: fill(t.ask, { requirement: quoted }),
    deeper: t.deeper,
    topicPoints: [quoted],
    shape: "story",
    subject: {
      primary: [requirement],
      secondary: around(words, [requirement]),
      domain: words.sentences,
    },
    source: "job",
  };
}

/** The subject of a requirement, for its competency: "5+ years of B2B sales" → "B2B sales". */
function requirementTopic(requirement: string): string {
  const topic = requirement
    .replace(
      /^(?:at least\s+|minimum\s+(?:of\s+)?)?\d+\+?\s*(?:-\s*\d+\s*)?(?:years?|yrs?)\s*(?:of\s+)?(?:(?:hands-on|proven|relevant|professional|progressive)\s+)*(?:experience\s+)?(?:(?:in|with|as|of|on|across|managing|leading)\s+)?/i,
      "",
    )
    .replace(
      /^(?:(?:strong|excellent|solid|proven|demonstrated|good|deep|extensive|hands-on|working)\s+)+(?:(?:experience|knowledge|understanding|track record|ability|skills?|command)\s+)?(?:(?:in|with|of|to|on)\s+)?/i,
      "",
    )
    .replace(
      /^(?:experience|knowledge|familiarity|proficiency|comfort|ability)\s+(?:in|with|of|to|using)\s+/i,
      "",
    )
    .replace(/^(?:an?|the)\s+/i, "")
    .replace(/\.$/, "").trim();
  const result = topic.length >= 3 ? topic : requirement;
  return result[0].toUpperCase() + result.slice(1);
}

// --- general questions -------------------------------------------------------------------------

/**
 * Behavioural and situational questions that fit the job: those its description asks for first
 * (leadership, stakeholders, mentoring...), then those the seniority calls for, then the rest,
 * alternating the two kinds. Questions that assume software only for software jobs.
 */
function generalDrafts(job: JobBrief, random: () => number, vars: Vars, domain: string[]): Draft[] {
  const software = isSoftwareJob(job);
  const prose = normalize([job.title, job.description, ...job.requirements].join("\n"));
  const wanted = new Set(
    SOFT_SKILLS.filter((soft) => soft.pattern.test(prose)).flatMap((soft) => soft.questions),
  );
  const fits = (question: BankQuestion) =>
    (!question.levels || question.levels.includes(job.seniority)) &&
    (software || !question.software) && !question.ask.includes("{skill}");
  const order = (bank: BankQuestion[]) => {
    const suitable = shuffled(bank, random).filter(fits);
    const rank = (question: BankQuestion) =>
      (wanted.has(question.id) ? 0 : 2) + (question.preferredAt?.includes(job.seniority) ? 0 : 1);
    return suitable.map((question, index) => ({ question, index }))
      .sort((a, b) => rank(a.question) - rank(b.question) || a.index - b.index)
      .map(({ question }) => question);
  };
  // The core themes first (the ones every interviewer asks about), then the rest of both banks.
  const core = order(BEHAVIORAL.filter((question) => question.core))
    .map((question) => bankDraft(question, "behavioral", vars, { sentences: domain }));
  const behavioral = order(BEHAVIORAL.filter((question) => !question.core))
    .map((question) => bankDraft(question, "behavioral", vars, { sentences: domain }));
  const situational = order(SITUATIONAL)
    .map((question) => bankDraft(question, "situational", vars, { sentences: domain }));
  const drafts: Draft[] = [...core];
  for (let i = 0; i < Math.max(behavioral.length, situational.length); i++) {
    if (i < behavioral.length) drafts.push(behavioral[i]);
    if (i < situational.length) drafts.push(situational[i]);
  }
  return drafts;
}

function bankDraft(
  question: BankQuestion,
  category: Category,
  vars: Vars,
  words: JobWords,
  options: { competency?: string; key?: string; extraSubject?: string[] } = {},
): Draft {
  const ask = fill(question.ask, vars);
  const points = question.points.map((point) => fill(point, vars));
  return {
    key: options.key ?? `${question.id}:${normalize(ask)}`,
    category,
    competency: options.competency ?? fill(question.competency, vars),
    ask,
    deeper: question.deeper ? fill(question.deeper, vars) : null,
    topicPoints: points,
    shape: category === "situational" ? "plan" : "story",
    // The bank's own subject words, not the question's wording: "tell", "handle" and "ask" say
    // nothing about what an answer is about.
    subject: {
      primary: [...(options.extraSubject ?? []), fill(question.competency, vars)],
      pinned: [question.subject ?? ""],
      domain: words.sentences,
    },
    source: "general",
    late: question.late,
  };
}

// --- the CV's skills and roles -----------------------------------------------------------------

/** The CV's skills the job needs, and the roles the parser is sure of. */
function cvDrafts(job: JobBrief, candidate: CandidateBrief, words: JobWords, vars: Vars): Draft[] {
  const cv = candidate.cv;
  if (!cv) return [];
  const drafts: Draft[] = [];
  const jobSkills = job.skills.map((skill) => ({ skill: clean(skill), family: familyOf(skill) }));
  for (const claimed of cv.skills) {
    // Only the vocabulary's own spelling of a skill is repeated back: never a parsing fragment.
    const name = canonicalSkillName(claimed);
    if (!name) continue;
    const family = familyOf(name);
    const match = jobSkills.find(({ skill, family: jobFamily }) =>
      same(skill, name) || (family !== null && jobFamily?.id === family.id)
    );
    if (!match) continue;
    const t = TEMPLATES.cv_skill;
    drafts.push({
      key: `cv-skill:${normalize(name)}`,
      category: "experience",
      competency: match.skill,
      ask: fill(t.ask, { skill: name }),
      deeper: null,
      topicPoints: t.points.map((point) => fill(point, { skill: name })),
      shape: "story",
      subject: {
        primary: [name, match.skill],
        secondary: around(words, [match.skill]),
        domain: words.sentences,
      },
      source: "cv",
    });
  }
  type Entry = (typeof cv.experience)[number] & { confidence?: number };
  for (const entry of cv.experience as Entry[]) {
    if (
      (entry.confidence ?? 0) < CONFIDENT || !isPlainName(entry.company) ||
      !isPlainName(entry.title)
    ) {
      continue;
    }
    const t = TEMPLATES.cv_role;
    const roleVars = { ...vars, role: entry.title!.trim(), company: entry.company!.trim() };
    drafts.push({
      key: `cv-role:${normalize(roleVars.role)}@${normalize(roleVars.company)}`,
      category: "experience",
      competency: clip(`Experience at ${roleVars.company}`, 100),
      ask: fill(t.ask, roleVars),
      deeper: fill(t.deeper, roleVars),
      topicPoints: t.points.map((point) => fill(point, roleVars)),
      shape: "story",
      subject: {
        primary: [roleVars.role],
        secondary: around(words, [roleVars.role]),
        domain: words.sentences,
      },
      source: "cv",
    });
  }
  return drafts;
}

/** When the job and CV give too little: other angles on the job's topics, then general ones. */
function reserveDrafts(job: JobBrief, words: JobWords, random: () => number, vars: Vars): Draft[] {
  const drafts: Draft[] = [];
  const skills = [...job.focus_areas, ...job.skills].map(clean).filter(Boolean);
  for (const skill of skills) {
    const family = familyOf(skill);
    for (const angle of family ? shuffled(family.angles, random) : []) {
      drafts.push(angleDraft(skill, family!, angle, words));
    }
  }
  const topics = [...skills, ...job.requirements.map(requirementTopic)];
  for (const template of TEMPLATES.skill) {
    for (const topic of topics.length ? topics : [job.title]) {
      drafts.push(skillTemplateDraft(topic, template, words));
    }
  }
  const f = BANKS.focus;
  for (const topic of topics) {
    const focusVars = { ...vars, focus: asInSentence(topic) };
    drafts.push({
      key: `focus:${normalize(topic)}`,
      category: "situational",
      competency: topic,
      ask: fill(f.ask, focusVars),
      deeper: null,
      topicPoints: f.points.map((point) => fill(point, focusVars)),
      shape: "plan",
      subject: { primary: [topic], secondary: around(words, [topic]), domain: words.sentences },
      source: "job",
    });
  }
  drafts.push(
    ...EXPERIENCE.map((question) => ({
      ...bankDraft(question, "experience", vars, words),
      source: "general" as const,
    })),
  );
  return drafts;
}

// --- the job's field ---------------------------------------------------------------------------

/** The family a skill belongs to, or null for one the interviewer has no specific angles for. */
function familyOf(skill: string): Family | null {
  const text = skill.toLowerCase();
  return FAMILY_LIST.find((family) => family.pattern.test(text) && !family.exclude?.test(text)) ??
    null;
}

/**
 * The bank questions that probe a soft skill, or null for a hard (or unknown) skill. The skill
 * must be the soft skill and nothing more: "Communication skills" is, "clinical judgment" and
 * "SQL communication" are not (their other words make them a trade's own skill).
 */
function softQuestionsOf(skill: string): string[] | null {
  const text = skill.toLowerCase();
  for (const soft of SOFT_SKILLS) {
    const found = soft.pattern.exec(text);
    if (!found) continue;
    const rest = (text.slice(0, found.index) + " " + text.slice(found.index + found[0].length))
      .replace(SOFT_FILLER, " ").trim();
    return rest ? null : soft.questions;
  }
  return null;
}

/** Words around a soft skill that leave it a soft skill. */
const SOFT_FILLER =
  /\b(?:skills?|abilit(?:y|ies)|strong|excellent|good|great|effective|clear|written|verbal|oral|and|&|interpersonal|people|team|the|with|of|in)\b|[,/()+-]/g;

/** Whether the job is built on software: two or more of its skills are technologies. */
function isSoftwareJob(job: JobBrief): boolean {
  return [...job.skills, ...job.focus_areas].filter((skill) => familyOf(skill)?.concrete).length >=
    2;
}

/**
 * Who the role serves, as its description says most: patients, customers, clients, students...
 * so a general question about a difficult person fits the job.
 */
const SERVED = [
  "patient",
  "customer",
  "client",
  "student",
  "guest",
  "resident",
  "user",
  "account",
  "stakeholder",
];

function servedBy(job: JobBrief): string {
  const prose = normalize(
    [job.title, job.description, ...job.requirements, ...job.skills].join(" "),
  );
  let best = { name: "customer or stakeholder", count: 0 };
  for (const name of SERVED) {
    const count = (prose.match(new RegExp(`\\b${name}s?\\b`, "g")) ?? []).length;
    if (count > best.count) best = { name: name === "account" ? "client" : name, count };
  }
  return best.name;
}

// --- text --------------------------------------------------------------------------------------

function same(a: string, b: string): boolean {
  return normalize(clean(a)) === normalize(clean(b));
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
