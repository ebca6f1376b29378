/**
 * The interviewer behind any OpenAI-compatible chat-completions endpoint: OpenAI, Azure OpenAI,
 * Groq, Ollama, vLLM. It asks for a JSON object (`response_format: json_object`, and the exact
 * shape in the system prompt), and accepts a reply only once it parses and passes the Zod
 * schema the shape was generated from.
 *
 * A call that times out, is rate limited (429), fails on the provider's side (5xx), cannot
 * connect, or comes back malformed or off-schema is retried with exponential backoff (honouring
 * Retry-After) up to the configured limit. What still fails is refused with 503 AI_UNAVAILABLE:
 * a provider outage is a dependency being down, not a bug, and the caller may try again. The
 * refusal says nothing about the provider (its error text could carry request details), and the
 * API key is kept in a private field, sent only in the request header, and never logged.
 */
import { z } from "zod";
import { ServiceUnavailableError } from "../http/errors.ts";
import {
  AnswerScore,
  type CandidateBrief,
  GeneratedQuestion,
  type InterviewAI,
  type JobBrief,
  type QuestionToScore,
  type ReportDraft,
  type ScoredAnswer,
} from "./provider.ts";
import {
  type ChatMessage,
  questionsPrompt,
  QuestionsReply,
  ReportProse,
  scorePrompt,
  summaryPrompt,
} from "./openai_prompts.ts";
import { reportFigures } from "./report.ts";
import { normalize } from "./text.ts";

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

export class OpenAICompatibleAI implements InterviewAI {
  readonly provider = "openai-compatible";
  readonly model: string;
  readonly #apiKey: string | undefined;
  readonly #url: string;
  readonly #settings: Required<Omit<OpenAICompatibleSettings, "apiKey" | "baseUrl" | "model">>;

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
    count: number,
  ): Promise<GeneratedQuestion[]> {
    return await this.#complete("questions", questionsPrompt(job, candidate, count), (json) => {
      const seen = new Set<string>();
      const questions = QuestionsReply.parse(json).questions
        .filter((question) => {
          const key = normalize(question.text).replace(/\W+/g, " ").trim();
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        })
        .slice(0, count)
        .map((question) => GeneratedQuestion.parse({ ...question, difficulty: job.difficulty }));
      if (questions.length < count) {
        throw new UnusableReply(`${questions.length} distinct questions of ${count}`);
      }
      return questions;
    });
  }

  async scoreAnswer(
    question: QuestionToScore,
    answerText: string,
    durationSeconds: number | null,
  ): Promise<AnswerScore> {
    // Nothing to judge: no call, no cost, and the same 0 the built-in scorer gives.
    if (!answerText.trim()) {
      return {
        score: 0,
        covered: [],
        missing: [...question.expected_points],
        feedback: "No answer was given.",
      };
    }
    const prompt = scorePrompt(question, answerText, durationSeconds);
    return await this.#complete("score", prompt, (json) => {
      const reply = AnswerScore.parse(json);
      // Covered and missing are the question's own points, whatever the model echoed back.
      const said = new Set(reply.covered.map((point) => normalize(point).trim()));
      const covered = question.expected_points.filter((point) => said.has(normalize(point).trim()));
      return {
        score: Math.round(reply.score * 10) / 10,
        covered,
        missing: question.expected_points.filter((point) => !covered.includes(point)),
        feedback: reply.feedback,
      };
    });
  }

  async summarize(
    job: JobBrief,
    candidate: CandidateBrief,
    answers: ScoredAnswer[],
  ): Promise<ReportDraft> {
    const figures = reportFigures(answers);
    const prompt = summaryPrompt(job, candidate, answers, figures);
    const prose = await this.#complete("summary", prompt, (json) => ReportProse.parse(json));
    return {
      overall_score: figures.overall_score,
      recommendation: figures.recommendation,
      competency_scores: figures.competency_scores,
      ...prose,
    };
  }

  /** One chat completion, retried as the module comment describes. */
  async #complete<T>(task: string, messages: ChatMessage[], accept: (json: unknown) => T) {
    const body = JSON.stringify({
      model: this.model,
      messages,
      response_format: { type: "json_object" },
    });
    const { maxRetries } = this.#settings;
    for (let attempt = 0;; attempt++) {
      let failure: Failure;
      try {
        return accept(await this.#call(body));
      } catch (error) {
        failure = describe(error, this.#settings.timeoutMs);
      }
      const tries = `${attempt + 1}/${maxRetries + 1}`;
      this.#settings.log(`[ai] ${task}: attempt ${tries} failed: ${failure.reason}`);
      if (!failure.retryable || attempt >= maxRetries) break;
      const wait = Math.max(this.#settings.backoffMs(attempt), failure.retryAfterMs ?? 0);
      if (wait > this.#settings.maxRetryAfterMs) break;
      await this.#settings.sleep(wait);
    }
    throw new ServiceUnavailableError(
      "The AI interviewer is unavailable right now; try again shortly.",
      AI_UNAVAILABLE,
    );
  }

  /** The JSON object in the reply's first choice. */
  async #call(body: string): Promise<unknown> {
    const headers: Record<string, string> = {
      "content-type": "application/json",
      accept: "application/json",
    };
    if (this.#apiKey) {
      if (this.#settings.apiKeyHeader === "api-key") headers["api-key"] = this.#apiKey;
      else headers.authorization = `Bearer ${this.#apiKey}`;
    }
    // One deadline for the whole exchange, the body included: a stalled stream is a timeout too.
    const signal = AbortSignal.timeout(this.#settings.timeoutMs);
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
