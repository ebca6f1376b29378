/**
 * The interviewer the configuration names (AI_PROVIDER, see ../config.ts): the built-in one by
 * default, or an OpenAI-compatible endpoint. Created once per configuration and then shared.
 *
 * Its code is loaded on the first call, when an interview starts or a report is scored, not
 * with the interviews and reports functions: the built-in interviewer's question banks and
 * vocabularies, or the provider's reply schemas, are most of those functions' own modules, and
 * their other routes (lists, reads, redeeming, answering, finishing) never use them.
 */
import type { AiConfig } from "../config.ts";
import { perConfig } from "../per_config.ts";
import { BUILTIN_PROMPT_VERSION, OPENAI_PROMPT_VERSION } from "./versions.ts";
import type {
  AnswerAssessment,
  CandidateBrief,
  EvaluateOptions,
  Evaluation,
  GeneratedQuestion,
  InterviewAI,
  JobBrief,
  QuestionPlan,
  QuestionToEvaluate,
  ReportOptions,
  ReportProse,
} from "./provider.ts";
import type { ReportFigures } from "./report.ts";

export type * from "./provider.ts";
export { RECOMMENDATION_THRESHOLDS, recommendationFor } from "./report.ts";

/** What is stored beside an answer's score: the evaluation, and which AI made it. */
export function evaluationRecord(
  evaluation: Evaluation,
  ai: Pick<InterviewAI, "provider" | "model" | "promptVersion">,
) {
  const { score: _score, ...details } = evaluation;
  return { ...details, provider: ai.provider, model: ai.model, prompt_version: ai.promptVersion };
}

/** A stored evaluation read back, or null when the stored details are not one (older rows). */
export function evaluationFromRecord(score: number | null, details: unknown): Evaluation | null {
  if (score === null || !details || typeof details !== "object") return null;
  const record = details as Partial<Evaluation>;
  if (!Array.isArray(record.covered) || !Array.isArray(record.flags)) return null;
  if (record.covered.some((item) => typeof item !== "object" || item === null)) return null;
  return {
    score,
    covered: record.covered,
    missing: record.missing ?? [],
    reason: record.reason ?? "",
    flags: record.flags,
    excluded: record.excluded ?? [],
  };
}

/** The configured interviewer. */
export const interviewAI = perConfig(({ ai }) => createInterviewAI(ai));

export function createInterviewAI(settings: AiConfig): InterviewAI {
  return new DeferredInterviewAI(settings);
}

/** The configured interviewer, its module imported on the first call. */
class DeferredInterviewAI implements InterviewAI {
  // The same names and versions the implementations give (builtin.ts, openai_compatible.ts),
  // known without loading them; tests/ai_test.ts checks both.
  readonly provider: string;
  readonly model: string | null;
  readonly promptVersion: string;
  readonly #settings: AiConfig;
  #loaded: Promise<InterviewAI> | undefined;

  constructor(settings: AiConfig) {
    this.#settings = settings;
    this.provider = settings.provider === "openai" ? "openai-compatible" : "builtin";
    this.model = settings.provider === "openai" ? settings.model : null;
    this.promptVersion = settings.provider === "openai"
      ? OPENAI_PROMPT_VERSION
      : BUILTIN_PROMPT_VERSION;
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
    plan: QuestionPlan,
  ): Promise<GeneratedQuestion[]> {
    return await (await this.#ai()).generateQuestions(job, candidate, plan);
  }

  async evaluateAnswer(
    question: QuestionToEvaluate,
    answerText: string,
    options: EvaluateOptions,
  ): Promise<AnswerAssessment> {
    return await (await this.#ai()).evaluateAnswer(question, answerText, options);
  }

  async writeReport(
    job: JobBrief,
    figures: ReportFigures,
    options?: ReportOptions,
  ): Promise<ReportProse> {
    return await (await this.#ai()).writeReport(job, figures, options);
  }
}
