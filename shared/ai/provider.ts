/**
 * What the interview needs from an AI: questions generated from the job and the CV, each answer
 * evaluated when it arrives (with the decision to probe further), and a report. One interface,
 * two providers: an OpenAI-compatible chat-completions provider (any base URL: OpenAI, Azure,
 * Groq, Ollama, vLLM) and a built-in deterministic one that needs no network and is the default.
 *
 * Blind by construction: nothing here carries the candidate's name, contact details, location,
 * photo or pronouns. The CV reaches the interviewer as its skills, roles and claims only.
 */
import { z } from "zod";
import type { ParsedCv } from "../schemas/cv.ts";
import type { ReportFigures } from "./report.ts";

export const Difficulty = z.enum(["easy", "medium", "hard"]);
export const QuestionCategory = z.enum(["technical", "behavioral", "situational", "experience"]);
export const Recommendation = z.enum(["strong_hire", "hire", "maybe", "no_hire"]);
/** Where a question comes from: the job, a concrete claim of the CV, the CV's roles, or neither. */
export const QuestionSource = z.enum(["job", "cv_claim", "cv", "general", "follow_up"]);

/** The job as the AI sees it. */
export interface JobBrief {
  title: string;
  description: string;
  seniority: "junior" | "mid" | "senior" | "lead";
  requirements: string[];
  skills: string[];
  focus_areas: string[];
  difficulty: z.infer<typeof Difficulty>;
}

/** The candidate as the AI sees it: the parsed CV and nothing that identifies the person. */
export interface CandidateBrief {
  cv: ParsedCv | null;
}

/** How many questions, and how many of them probe the CV's claims. */
export interface QuestionPlan {
  count: number;
  /** The share of the main questions that probe one concrete claim of the CV each (0..1). */
  claimShare: number;
}

/**
 * How a rubric point is checked. `topic` points are matched by what they are about; the others
 * by what the answer does: tells a real situation (`example`), says what the candidate did
 * (`own_action`), explains why (`reasoning`), says how it turned out (`result`), or what they
 * learned (`reflection`).
 */
export const RubricPointKind = z.enum([
  "topic",
  "example",
  "own_action",
  "reasoning",
  "result",
  "reflection",
]);

export const RubricPoint = z.object({
  text: z.string().min(3).max(500),
  kind: RubricPointKind,
});
export type RubricPoint = z.infer<typeof RubricPoint>;

/** A CV claim a question probes: the claim as the CV writes it, and its figures. */
export const ProbedClaim = z.object({
  text: z.string().min(1).max(500),
  company: z.string().max(200).nullable(),
  figures: z.array(z.string().max(50)).max(20),
});
export type ProbedClaim = z.infer<typeof ProbedClaim>;

/**
 * What an answer to a question is judged against, stored with the question and never shown to
 * the candidate. `subject` is what the question is about, as stemmed concepts (../text.ts): the
 * question's own topic first, then the job's words around it, then the job's field at large.
 */
export const Rubric = z.object({
  version: z.string().max(50),
  points: z.array(RubricPoint).min(1).max(12),
  subject: z.object({
    primary: z.array(z.string().max(100)).max(200),
    secondary: z.array(z.string().max(100)).max(200),
    domain: z.array(z.string().max(100)).max(200),
  }),
  /** A deeper probe the interviewer may ask after a strong answer. */
  deeper: z.string().max(500).nullable(),
  claim: ProbedClaim.nullable(),
});
export type Rubric = z.infer<typeof Rubric>;

export const GeneratedQuestion = z.object({
  text: z.string().min(10).max(2000),
  category: QuestionCategory,
  difficulty: Difficulty,
  /** The competency the question probes ("PostgreSQL", "Communication", ...). */
  competency: z.string().min(1).max(100),
  /** What a good answer covers, as the recruiter reads it: the rubric points' texts. */
  expected_points: z.array(z.string().min(3).max(500)).min(2).max(12),
  time_limit_seconds: z.int().min(30).max(1800),
  source: QuestionSource,
  rubric: Rubric,
});
export type GeneratedQuestion = z.infer<typeof GeneratedQuestion>;

/** A question as the evaluator sees it. Rows from before rubrics existed have none. */
export interface QuestionToEvaluate {
  text: string;
  category: z.infer<typeof QuestionCategory>;
  difficulty: z.infer<typeof Difficulty>;
  competency: string | null;
  expected_points: string[];
  rubric: Rubric | null;
  /** A follow-up is evaluated as the continuation of its main question. */
  is_follow_up: boolean;
}

/** Marks on an answer the recruiter should see; the first three are attempts at gaming. */
export const AnswerFlag = z.enum([
  "prompt_injection",
  "rubric_recital",
  "keyword_stuffing",
  "off_topic",
]);
export type AnswerFlag = z.infer<typeof AnswerFlag>;

export const CoveredPoint = z.object({
  point: z.string(),
  /** Words of the answer, exactly as the candidate wrote them, that cover the point. */
  quote: z.string(),
});
export type CoveredPoint = z.infer<typeof CoveredPoint>;

export const Evaluation = z.object({
  score: z.number().min(0).max(100),
  covered: z.array(CoveredPoint),
  missing: z.array(z.string()),
  /** One sentence for the recruiter. */
  reason: z.string().max(1000),
  flags: z.array(AnswerFlag),
  /** Text left out of the evaluation (addressed to the AI, or a keyword list), as written. */
  excluded: z.array(z.string().max(2000)).max(20),
});
export type Evaluation = z.infer<typeof Evaluation>;

/** Why the interviewer probes further. */
export const FollowUpReason = z.enum([
  "evasive",
  "thin",
  "vague",
  "team_only",
  "no_result",
  "off_topic",
  "deeper",
]);

export const FollowUpDraft = z.object({
  text: z.string().min(10).max(2000),
  reason: FollowUpReason,
  rubric: Rubric,
  expected_points: z.array(z.string().min(3).max(500)).min(1).max(12),
  time_limit_seconds: z.int().min(30).max(1800),
});
export type FollowUpDraft = z.infer<typeof FollowUpDraft>;

export interface AnswerAssessment {
  evaluation: Evaluation;
  /** The probing question to ask next, or null to move on. */
  follow_up: FollowUpDraft | null;
}

export interface EvaluateOptions {
  /** Whether a follow-up may be asked (the interview's limit and deadline allow it). */
  followUpAllowed: boolean;
  /**
   * "answer": while the candidate waits, one attempt at most and no retries (the interview goes
   * on without it); "report": retried as usual.
   */
  moment: "answer" | "report";
  /** When the caller must have its answer (epoch ms): no attempt or retry runs past it. */
  deadline?: number;
}

export interface ReportOptions {
  /** When the caller must have its answer (epoch ms): no attempt or retry runs past it. */
  deadline?: number;
}

export const ReportProse = z.object({
  summary: z.string().min(1).max(10_000),
  strengths: z.array(z.string().max(500)).max(10),
  weaknesses: z.array(z.string().max(500)).max(10),
});
export type ReportProse = z.infer<typeof ReportProse>;

export interface InterviewAI {
  /** "builtin" or "openai-compatible": stored with each report. */
  readonly provider: string;
  /** The model name, where there is one. */
  readonly model: string | null;
  /** The version of the prompts (or built-in rules) that produced an output. */
  readonly promptVersion: string;
  /** `plan.count` questions, none repeated, on-role, covering the job, some probing the CV. */
  generateQuestions(
    job: JobBrief,
    candidate: CandidateBrief,
    plan: QuestionPlan,
  ): Promise<GeneratedQuestion[]>;
  /** Evaluates one answer and decides whether to probe further. */
  evaluateAnswer(
    question: QuestionToEvaluate,
    answerText: string,
    options: EvaluateOptions,
  ): Promise<AnswerAssessment>;
  /** The report's prose from the evaluated answers and the figures computed from them. */
  writeReport(job: JobBrief, figures: ReportFigures, options?: ReportOptions): Promise<ReportProse>;
}
