/**
 * Every call to the AI, recorded: what it was given (exactly the arguments the provider
 * received), a SHA-256 of that input, what it answered or why it failed, how long it took, and
 * which provider, model and prompt version made it. The record is written to `public.ai_events`
 * (shared/audit/trail.ts) in the same transaction as the output it produced, so no AI output is
 * stored without its record; a call that failed is recorded too, with its error.
 *
 * The input is hashed as canonical JSON (object keys sorted at every level, no white space), the
 * form `jsonb` can be turned back into, so anyone can recompute the hash from the stored input.
 *
 * Blind: what reaches the AI is the job, the CV without its contact block (`blindCv`), the
 * questions and the answers. The candidate's name, email, phone, location and self-identification
 * are never among the arguments, so they are never in a record either.
 */
import { sha256Hex } from "../auth/tokens.ts";
import { AppError } from "../http/errors.ts";
import type { ParsedCv } from "../schemas/cv.ts";
import type { InterviewAI, QuestionToEvaluate } from "./provider.ts";

export type AiTask =
  | "questions"
  | "answer_evaluation"
  | "report_evaluation"
  | "report_prose"
  | "cv_extraction";

/** One call, as public.ai_events stores it (less the ids of what it was about). */
export interface AiCall {
  task: AiTask;
  provider: string;
  model: string | null;
  prompt_version: string;
  input: unknown;
  input_sha256: string;
  output: unknown;
  error: string | null;
  latency_ms: number;
  called_at: string;
}

export type Recorded<T> =
  | { ok: true; value: T; call: AiCall }
  | { ok: false; error: unknown; call: AiCall };

/**
 * Runs one call and records it. `input` is what the call is given (the arguments, as passed);
 * `output` turns the result into what is stored (the result itself by default). Never throws:
 * a failure comes back as `{ ok: false }`, with its record, for the caller to write and rethrow.
 */
export async function recordCall<T>(
  ai: Pick<InterviewAI, "provider" | "model" | "promptVersion">,
  task: AiTask,
  input: unknown,
  run: () => Promise<T>,
  output: (value: T) => unknown = (value) => value,
): Promise<Recorded<T>> {
  const calledAt = new Date();
  const started = performance.now();
  const inputSha256 = sha256Hex(canonicalJson(input));
  const base = {
    task,
    provider: ai.provider,
    model: ai.model,
    prompt_version: ai.promptVersion,
    input: jsonSafe(input),
    input_sha256: inputSha256,
    called_at: calledAt.toISOString(),
  };
  try {
    const value = await run();
    const latency = Math.round(performance.now() - started);
    return {
      ok: true,
      value,
      call: { ...base, output: jsonSafe(output(value)), error: null, latency_ms: latency },
    };
  } catch (error) {
    const latency = Math.round(performance.now() - started);
    return {
      ok: false,
      error,
      call: { ...base, output: null, error: describeError(error), latency_ms: latency },
    };
  }
}

/**
 * What failed, in our words: an application error's code and message (ours, never a provider's
 * text, which may carry request details), or only the kind of anything else.
 */
export function describeError(error: unknown): string {
  if (error instanceof AppError) return `${error.code}: ${error.message}`.slice(0, 1000);
  if (error instanceof Error) return error.name.slice(0, 1000);
  return typeof error;
}

/** A question as the evaluator is given it: the fields it judges by, none of the bookkeeping. */
export function evaluatorQuestion(question: QuestionToEvaluate): QuestionToEvaluate {
  return {
    text: question.text,
    category: question.category,
    difficulty: question.difficulty,
    competency: question.competency,
    expected_points: question.expected_points,
    rubric: question.rubric,
    is_follow_up: question.is_follow_up,
  };
}

/**
 * The CV as the AI receives it: everything the parser read except the contact block (name,
 * email, phone, location), which no question, evaluation or report needs.
 */
export function blindCv(cv: ParsedCv | null): ParsedCv | null {
  if (!cv) return null;
  return { ...cv, contact: { name: null, email: null, phone: null, location: null } };
}

/**
 * JSON with object keys sorted at every level and no white space: the same text for the same
 * value, whatever order its keys were built or stored in. `undefined` members are left out, as
 * JSON.stringify leaves them.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => item === undefined ? null : sortKeys(item));
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) out[key] = sortKeys(item);
    }
    return out;
  }
  return value;
}

/** The value as JSON would carry it (a plain structure, no undefined), for storing as jsonb. */
function jsonSafe(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(canonicalJson(value));
}
