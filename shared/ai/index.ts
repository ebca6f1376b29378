/**
 * The interviewer the configuration names (AI_PROVIDER, see ../config.ts): the built-in one by
 * default, or an OpenAI-compatible endpoint. Created once per configuration and then shared.
 */
import { type AiConfig, config } from "../config.ts";
import { BuiltinInterviewAI } from "./builtin.ts";
import { OpenAICompatibleAI } from "./openai_compatible.ts";
import type { InterviewAI } from "./provider.ts";

export type * from "./provider.ts";
export { AI_UNAVAILABLE } from "./openai_compatible.ts";
export { RECOMMENDATION_THRESHOLDS, recommendationFor } from "./report.ts";

let current: { settings: AiConfig; ai: InterviewAI } | undefined;

export function interviewAI(): InterviewAI {
  const settings = config().ai;
  // A new configuration (setConfig in the local stack and tests) gets a new interviewer.
  if (current?.settings !== settings) current = { settings, ai: createInterviewAI(settings) };
  return current.ai;
}

export function createInterviewAI(settings: AiConfig): InterviewAI {
  return settings.provider === "openai"
    ? new OpenAICompatibleAI(settings)
    : new BuiltinInterviewAI();
}
