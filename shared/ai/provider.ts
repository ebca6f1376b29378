/**
 * What the interview needs from an AI: questions generated from the job and the CV, each answer
 * scored against what a good answer covers, and a report. One interface, two providers: an
 * OpenAI-compatible chat-completions provider (any base URL: OpenAI, Azure, Groq, Ollama, vLLM)
 * and a built-in deterministic one that needs no network and is the default.
 */
import { z } from "zod";
import type { ParsedCv } from "../schemas/cv.ts";

export const Difficulty = z.enum(["easy", "medium", "hard"]);
export const QuestionCategory = z.enum(["technical", "behavioral", "situational", "experience"]);
export const Recommendation = z.enum(["strong_hire", "hire", "maybe", "no_hire"]);

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

/** The candidate as the AI sees it: the name and the parsed CV (null when there is no CV). */
export interface CandidateBrief {
  full_name: string;
  cv: ParsedCv | null;
}

export const GeneratedQuestion = z.object({
  text: z.string().min(10).max(2000),
  category: QuestionCategory,
  difficulty: Difficulty,
  /** The competency the question probes ("PostgreSQL", "Communication", ...). */
  competency: z.string().min(1).max(100),
  /** What a good answer covers: the points answers are scored against. */
  expected_points: z.array(z.string().min(3).max(500)).min(2).max(8),
  time_limit_seconds: z.int().min(30).max(1800),
});
export type GeneratedQuestion = z.infer<typeof GeneratedQuestion>;

export interface QuestionToScore {
  text: string;
  category: z.infer<typeof QuestionCategory>;
  difficulty: z.infer<typeof Difficulty>;
  competency: string | null;
  expected_points: string[];
}

export const AnswerScore = z.object({
  score: z.number().min(0).max(100),
  /** Expected points the answer covers, and those it misses (subsets of expected_points). */
  covered: z.array(z.string()),
  missing: z.array(z.string()),
  feedback: z.string().max(2000),
});
export type AnswerScore = z.infer<typeof AnswerScore>;

export interface ScoredAnswer {
  question: QuestionToScore;
  answer_text: string;
  duration_seconds: number | null;
  score: AnswerScore;
}

export const ReportDraft = z.object({
  overall_score: z.number().min(0).max(100),
  recommendation: Recommendation,
  summary: z.string().min(1).max(10_000),
  strengths: z.array(z.string().max(500)).max(10),
  weaknesses: z.array(z.string().max(500)).max(10),
  /** Score per competency, 0..100. */
  competency_scores: z.record(z.string(), z.number().min(0).max(100)),
});
export type ReportDraft = z.infer<typeof ReportDraft>;

export interface InterviewAI {
  /** "builtin" or "openai-compatible": stored with each report. */
  readonly provider: string;
  /** The model name, where there is one. */
  readonly model: string | null;
  /** `count` questions, none repeated, mixing categories, at the job's difficulty. */
  generateQuestions(
    job: JobBrief,
    candidate: CandidateBrief,
    count: number,
  ): Promise<GeneratedQuestion[]>;
  scoreAnswer(
    question: QuestionToScore,
    answerText: string,
    durationSeconds: number | null,
  ): Promise<AnswerScore>;
  /** The report from every scored answer (unanswered questions score 0). */
  summarize(
    job: JobBrief,
    candidate: CandidateBrief,
    answers: ScoredAnswer[],
  ): Promise<ReportDraft>;
}
