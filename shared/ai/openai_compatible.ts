/**
 * The interviewer behind any OpenAI-compatible chat-completions endpoint: OpenAI, Azure OpenAI,
 * Groq, Ollama, vLLM. It asks for JSON-schema structured output (`response_format: json_schema`)
 * and falls back to a JSON object (`json_object`, the shape in the system prompt) where the
 * endpoint refuses it; either way a reply is accepted only once it parses and passes the Zod
 * schema the shape was generated from.
 *
 * The model never decides alone what the candidate cannot be quoted on, nor reads text addressed
 * to it: the deterministic guards (./guard.ts, and the built-in evaluator's checks for keyword
 * lists and rubric recitals) run first, text addressed to the AI is cut out before the call,
 * every covered point must come with a quote that occurs in the answer, and the flags and caps
 * are the guards', whatever the model says. One call per answer (its evaluation and the
 * follow-up decision together); the CV's claims are probed by the same deterministic questions
 * as the built-in interviewer's, so a claim is always quoted as written.
 *
 * A call that times out, is rate limited (429), fails on the provider's side (5xx), cannot
 * connect, or comes back malformed or off-schema is retried with exponential backoff (honouring
 * Retry-After) up to the configured limit, except while a candidate waits for an answer to be
 * evaluated: then one attempt, bounded by the timeout, and the interview goes on without it.
 * What still fails is refused with 503 AI_UNAVAILABLE: a provider outage is a dependency being
 * down, not a bug. The refusal says nothing about the provider (its error text could carry
 * request details), and the API key is kept in a private field, sent only in the request
 * header, and never logged.
 */
import { z } from "zod";
import { ServiceUnavailableError } from "../http/errors.ts";
import { evaluateAnswer as judge } from "./builtin/evaluate.ts";
import { claimQuestions } from "./builtin/questions.ts";
import { around, buildRubric, jobWords, POINT } from "./builtin/rubric_builder.ts";
import { isInjection, isQuoteOf } from "./guard.ts";
import {
  type AnswerAssessment,
  type CandidateBrief,
  type CoveredPoint,
  type EvaluateOptions,
  type Evaluation,
  type FollowUpDraft,
  GeneratedQuestion,
  type InterviewAI,
  type JobBrief,
  type QuestionPlan,
  type QuestionToEvaluate,
  type ReportOptions,
  type ReportProse,
  type RubricPoint,
} from "./provider.ts";
import { evaluationTask, questionsTask, reportTask, type Task } from "./openai_prompts.ts";
import type { ReportFigures } from "./report.ts";
import { normalize } from "./text.ts";
import { OPENAI_PROMPT_VERSION } from "./versions.ts";

export interface OpenAICompatibleSettings {
  /** The API root; `/chat/completions` is appended to its path (a query string is kept). */
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** `authorization` sends `Authorization: Bearer <key>`; `api-key` is Azure OpenAI's header. */
  apiKeyHeader?: "authorization" | "api-key";
  /** Per call. */
  timeoutMs?: number;
  /** Retries after the first call. */
  maxRetries?: number;
  /** The wait before retry `n` (0-based) unless Retry-After asks for longer. */
  backoffMs?: (retry: number) => number;
  /** The longest Retry-After worth waiting for; a longer one ends the retries at once. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Where failed attempts are reported (never with the key or the provider's text). */
  log?: (message: string) => void;
  fetch?: typeof fetch;
}

export const AI_UNAVAILABLE = "AI_UNAVAILABLE";

/** The reply of a chat completion, as far as this provider reads it. */
const ChatCompletion = z.object({
  choices: z.array(z.object({
    message: z.object({ content: z.string().nullable().optional() }),
    finish_reason: z.string().nullable().optional(),
  })).min(1),
});

/** A reply that arrived but cannot be used: worth another try. */
class UnusableReply extends Error {}

interface Failure {
  /** For the log: what went wrong, in our words. */
  reason: string;
  retryable: boolean;
  retryAfterMs?: number;
}

/** The least time worth starting an attempt with. */
const MIN_ATTEMPT_MS = 1_000;

/** Seconds a follow-up written by the model is given. */
const FOLLOW_UP_SECONDS = 180;

export class OpenAICompatibleAI implements InterviewAI {
  readonly provider = "openai-compatible";
  readonly model: string;
  readonly promptVersion = OPENAI_PROMPT_VERSION;
  readonly #apiKey: string | undefined;
  readonly #url: string;
  readonly #settings: Required<Omit<OpenAICompatibleSettings, "apiKey" | "baseUrl" | "model">>;
  /** Whether the endpoint takes json_schema; unknown until it has answered once. */
  #structured: boolean | undefined;

  constructor(settings: OpenAICompatibleSettings) {
    this.model = settings.model;
    this.#apiKey = settings.apiKey;
    const url = new URL(settings.baseUrl);
    url.pathname = `${url.pathname.replace(/\/+$/, "")}/chat/completions`;
    this.#url = url.toString();
    this.#settings = {
      apiKeyHeader: settings.apiKeyHeader ?? "authorization",
      timeoutMs: settings.timeoutMs ?? 20_000,
      maxRetries: settings.maxRetries ?? 2,
      backoffMs: settings.backoffMs ?? ((retry) => Math.min(8_000, 500 * 2 ** retry)),
      maxRetryAfterMs: settings.maxRetryAfterMs ?? 10_000,
      sleep: settings.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      log: settings.log ?? ((message) => console.warn(message)),
      fetch: settings.fetch ?? ((input, init) => fetch(input, init)),
    };
  }

  /** What JSON.stringify shows: no key, and no query string (where some put credentials). */
  toJSON() {
    const { origin, pathname } = new URL(this.#url);
    return { provider: this.provider, model: this.model, url: origin + pathname };
  }

  async generateQuestions(
    job: JobBrief,
    candidate: CandidateBrief,
    plan: QuestionPlan,
  ): Promise<GeneratedQuestion[]> {
    const claims = claimQuestions(job, candidate, plan);
    const count = plan.count - claims.length;
    if (count === 0) return claims;
    const words = jobWords(job);
    const written = await this.#complete(questionsTask(job, candidate, count), (reply) => {
      const seen = new Set(claims.map((question) => key(question.text)));
      const questions = reply.questions.filter((question) => {
        const text = key(question.text);
        if (seen.has(text) || isInjection(question.text)) return false;
        seen.add(text);
        return true;
      }).slice(0, count);
      if (questions.length < count) {
        throw new UnusableReply(`${questions.length} distinct questions of ${count}`);
      }
      return questions.map((question) => {
        const points: RubricPoint[] = [
          ...question.expected_points.map((text) => ({ kind: "topic" as const, text })),
          POINT.example,
          POINT.own,
        ];
        return GeneratedQuestion.parse({
          ...question,
          difficulty: job.difficulty,
          expected_points: points.map((point) => point.text),
          source: "job",
          rubric: buildRubric(points, {
            primary: [question.competency, ...question.expected_points],
            secondary: around(words, [question.competency]),
            domain: words.sentences,
          }),
        });
      });
    });
    // The first claim opens the interview; the others stand at even intervals.
    const out = [...written];
    claims.forEach((claim, i) =>
      out.splice(Math.floor((i * plan.count) / claims.length), 0, claim)
    );
    return out;
  }

  async evaluateAnswer(
    question: QuestionToEvaluate,
    answerText: string,
    options: EvaluateOptions,
  ): Promise<AnswerAssessment> {
    // The guards first: what is addressed to the AI or a keyword list never reaches the model,
    // and an answer with nothing left to judge costs no call.
    const guarded = judge(question, answerText, options.followUpAllowed);
    const nothing = guarded.facts.wordCount === 0 || guarded.facts.evasive;
    if (nothing) return { evaluation: guarded.evaluation, follow_up: guarded.follow_up };

    const task = evaluationTask(question, guarded.kept, options.followUpAllowed);
    const retries = options.moment === "answer" ? 0 : this.#settings.maxRetries;
    return await this.#complete(task, (reply) => {
      const expected = new Map(question.expected_points.map((point) => [key(point), point]));
      const covered: CoveredPoint[] = [];
      for (const item of reply.covered) {
        const point = expected.get(key(item.point));
        // A point counts only with the candidate's own words, found in what was evaluated.
        if (!point || !isQuoteOf(item.quote, guarded.kept)) continue;
        if (!covered.some((done) => done.point === point)) {
          covered.push({ point, quote: item.quote.trim() });
        }
      }
      let score = reply.score;
      if (reply.covered.length > 0) score *= Math.min(1, covered.length / reply.covered.length);
      const flags = guarded.evaluation.flags;
      if (flags.includes("rubric_recital")) score = Math.min(score, guarded.evaluation.score);
      if (flags.includes("keyword_stuffing") && guarded.facts.wordCount < 8) {
        score = Math.min(score, 5);
      }
      const evaluation: Evaluation = {
        score: Math.round(Math.max(0, Math.min(100, score)) * 10) / 10,
        covered,
        missing: question.expected_points.filter((point) =>
          !covered.some((done) => done.point === point)
        ),
        reason: reply.reason,
        flags,
        excluded: guarded.evaluation.excluded,
      };
      return { evaluation, follow_up: this.#followUp(question, reply.follow_up, guarded, options) };
    }, { maxRetries: retries, deadline: options.deadline });
  }

  /** The model's follow-up, checked; the guards' own where the model asks one without a text. */
  #followUp(
    question: QuestionToEvaluate,
    decision: { ask: boolean; question: string | null; reason: FollowUpDraft["reason"] | null },
    guarded: ReturnType<typeof judge>,
    options: EvaluateOptions,
  ): FollowUpDraft | null {
    if (!options.followUpAllowed || !decision.ask) return null;
    const text = decision.question?.trim() ?? "";
    if (text.length < 10 || text.length > 2000 || isInjection(text)) return guarded.follow_up;
    const rubric = question.rubric ?? guarded.follow_up?.rubric;
    if (!rubric) return guarded.follow_up;
    const topic = rubric.points.find((point) => point.kind === "topic") ??
      { kind: "topic" as const, text: question.competency ?? question.text.slice(0, 200) };
    const points = [topic, POINT.example, POINT.own, POINT.result];
    return {
      text,
      reason: decision.reason ?? "vague",
      rubric: { ...rubric, points, deeper: null },
      expected_points: points.map((point) => point.text),
      time_limit_seconds: FOLLOW_UP_SECONDS,
    };
  }

  async writeReport(
    job: JobBrief,
    figures: ReportFigures,
    options: ReportOptions = {},
  ): Promise<ReportProse> {
    return await this.#complete(reportTask(job, figures), (prose) => prose, options);
  }

  /**
   * One chat completion, retried as the module comment describes. With a deadline, an attempt
   * is given only the time left before it, and none starts (nor a wait for one) that could not
   * run for a second.
   */
  async #complete<S extends z.ZodType, T>(
    task: Task<S>,
    accept: (reply: z.infer<S>) => T,
    options: { maxRetries?: number; deadline?: number } = {},
  ): Promise<T> {
    const maxRetries = options.maxRetries ?? this.#settings.maxRetries;
    const left = () => (options.deadline ?? Infinity) - Date.now();
    for (let attempt = 0;; attempt++) {
      if (left() < MIN_ATTEMPT_MS) break;
      const timeoutMs = Math.min(this.#settings.timeoutMs, left());
      let failure: Failure;
      try {
        return accept(task.schema.parse(await this.#call(task, timeoutMs)));
      } catch (error) {
        failure = describe(error, timeoutMs);
      }
      const tries = `${attempt + 1}/${maxRetries + 1}`;
      this.#settings.log(`[ai] ${task.name}: attempt ${tries} failed: ${failure.reason}`);
      if (!failure.retryable || attempt >= maxRetries) break;
      const wait = Math.max(this.#settings.backoffMs(attempt), failure.retryAfterMs ?? 0);
      if (wait > this.#settings.maxRetryAfterMs || left() - wait < MIN_ATTEMPT_MS) break;
      await this.#settings.sleep(wait);
    }
    throw new ServiceUnavailableError(
      "The AI interviewer is unavailable right now; try again shortly.",
      AI_UNAVAILABLE,
    );
  }

  /**
   * The JSON object in the reply's first choice. An endpoint that refuses json_schema (400) is
   * asked again at once with json_object, and from then on.
   */
  async #call(task: Task<z.ZodType>, timeoutMs: number): Promise<unknown> {
    const structured = this.#structured !== false;
    try {
      const reply = await this.#post(task, structured, timeoutMs);
      if (structured) this.#structured = true;
      return reply;
    } catch (error) {
      if (
        !(structured && this.#structured === undefined && error instanceof HttpFailure &&
          error.status === 400)
      ) {
        throw error;
      }
      this.#structured = false;
      return await this.#post(task, false, timeoutMs);
    }
  }

  async #post(task: Task<z.ZodType>, structured: boolean, timeoutMs: number): Promise<unknown> {
    const headers: Record<string, string> = {
      "content-type": "application/json",
      accept: "application/json",
    };
    if (this.#apiKey) {
      if (this.#settings.apiKeyHeader === "api-key") headers["api-key"] = this.#apiKey;
      else headers.authorization = `Bearer ${this.#apiKey}`;
    }
    const body = JSON.stringify({
      model: this.model,
      messages: task.messages,
      response_format: structured
        ? {
          type: "json_schema",
          json_schema: { name: task.name, schema: strictSchema(task.schema), strict: true },
        }
        : { type: "json_object" },
    });
    // One deadline for the whole exchange, the body included: a stalled stream is a timeout too.
    const signal = AbortSignal.timeout(timeoutMs);
    const response = await this.#settings.fetch(this.#url, {
      method: "POST",
      headers,
      body,
      signal,
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw new HttpFailure(response.status, retryAfterMs(response.headers.get("retry-after")));
    }
    const completion = ChatCompletion.safeParse(parseJson(await response.text()));
    if (!completion.success) throw new UnusableReply("not a chat completion");
    const content = completion.data.choices[0].message.content;
    if (!content) throw new UnusableReply("no content");
    return parseJson(stripFences(content));
  }
}

/** Text compared as keys: case, spacing and end punctuation aside. */
function key(text: string): string {
  return normalize(text).replace(/\W+/g, " ").trim();
}

/**
 * The JSON Schema of a reply in the form strict structured output takes: every object closed
 * (no other properties) and every property required (nullable where optional).
 */
function strictSchema(schema: z.ZodType): Record<string, unknown> {
  const close = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(close);
    if (!node || typeof node !== "object") return node;
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(node)) {
      if (name === "$schema") continue;
      out[name] = close(value);
    }
    if (out.type === "object" && out.properties && typeof out.properties === "object") {
      out.additionalProperties = false;
      out.required = Object.keys(out.properties);
    }
    return out;
  };
  return close(z.toJSONSchema(schema, { io: "output" })) as Record<string, unknown>;
}

class HttpFailure extends Error {
  constructor(readonly status: number, readonly retryAfterMs: number | undefined) {
    super(`HTTP ${status}`);
  }
}

function describe(error: unknown, timeoutMs: number): Failure {
  if (error instanceof HttpFailure) {
    const { status } = error;
    // 408, 409, 429 and 5xx pass; any other 4xx (a bad key, an unknown model) will not.
    const retryable = status === 408 || status === 409 || status === 429 || status >= 500;
    return { reason: `HTTP ${status}`, retryable, retryAfterMs: error.retryAfterMs };
  }
  if (error instanceof DOMException && error.name === "TimeoutError") {
    return { reason: `no reply within ${timeoutMs} ms`, retryable: true };
  }
  if (error instanceof UnusableReply) {
    return { reason: `unusable reply (${error.message})`, retryable: true };
  }
  if (error instanceof z.ZodError) {
    const paths = [...new Set(error.issues.map((issue) => issue.path.join(".") || "(root)"))];
    return { reason: `reply off the schema at ${paths.slice(0, 5).join(", ")}`, retryable: true };
  }
  if (error instanceof SyntaxError) return { reason: "reply is not JSON", retryable: true };
  if (error instanceof TypeError) return { reason: "could not connect", retryable: true };
  const name = error instanceof Error ? error.name : typeof error;
  return { reason: `unexpected ${name}`, retryable: true };
}

function parseJson(text: string): unknown {
  return JSON.parse(text);
}

/** Some models wrap JSON in a Markdown fence even when asked not to. */
function stripFences(content: string): string {
  return content.trim().replace(/^```(?:json)?\s*/i, "").replace(/\s*```$/, "");
}

/** Retry-After in seconds or as an HTTP date. */
function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
