/**
 * The interviewer the configuration names (AI_PROVIDER, see ../config.ts): the built-in one by
 * default, or an OpenAI-compatible endpoint. Created once per configuration and then shared.
 *
 * Its code is loaded on the first call, when an interview starts or a report is scored, not
 * with the interviews and reports functions: the built-in interviewer's question banks and
 * vocabularies, or the provider's reply schemas, are most of those functions' own modules, and
 * their other routes (lists, reads, redeeming, answering, finishing) never use them.
 */
import { type AiConfig, config } from "../config.ts";
import type {
  AnswerScore,
  CandidateBrief,
  GeneratedQuestion,
  InterviewAI,
  JobBrief,
  QuestionToScore,
  ReportDraft,
  ScoredAnswer,
} from "./provider.ts";

export type * from "./provider.ts";
export { RECOMMENDATION_THRESHOLDS, recommendationFor } from "./report.ts";

let current: { settings: AiConfig; ai: InterviewAI } | undefined;

export function interviewAI(): InterviewAI {
  const settings = config().ai;
  // A new configuration (setConfig in the local stack and tests) gets a new interviewer.
  if (current?.settings !== settings) current = { settings, ai: createInterviewAI(settings) };
  return current.ai;
}

export function createInterviewAI(settings: AiConfig): InterviewAI {
  return new DeferredInterviewAI(settings);
}

/** The configured interviewer, its module imported on the first call. */
class DeferredInterviewAI implements InterviewAI {
  // The same names the implementations give (builtin.ts, openai_compatible.ts), known without
  // loading them; tests/ai_test.ts checks both.
  readonly provider: string;
  readonly model: string | null;
  readonly #settings: AiConfig;
  #loaded: Promise<InterviewAI> | undefined;

  constructor(settings: AiConfig) {
    this.#settings = settings;
    this.provider = settings.provider === "openai" ? "openai-compatible" : "builtin";
    this.model = settings.provider === "openai" ? settings.model : null;
  }

  #ai(): Promise<InterviewAI> {
    const settings = this.#settings;
    this.#loaded ??= settings.provider === "openai"
      ? import("./openai_compatible.ts").then(({ OpenAICompatibleAI }) =>
        new OpenAICompatibleAI(settings)
      )
      : import("./builtin.ts").then(({ BuiltinInterviewAI }) => new BuiltinInterviewAI());
    return this.#loaded;
  }

  async generateQuestions(
    job: JobBrief,
    candidate: CandidateBrief,
    count: number,
  ): Promise<GeneratedQuestion[]> {
    return await (await this.#ai()).generateQuestions(job, candidate, count);
  }

  async scoreAnswer(
    question: QuestionToScore,
    answerText: string,
    durationSeconds: number | null,
  ): Promise<AnswerScore> {
    return await (await this.#ai()).scoreAnswer(question, answerText, durationSeconds);
  }

  async summarize(
    job: JobBrief,
    candidate: CandidateBrief,
    answers: ScoredAnswer[],
  ): Promise<ReportDraft> {
    return await (await this.#ai()).summarize(job, candidate, answers);
  }
}
