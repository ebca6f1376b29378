/**
 * A local stand-in for an OpenAI-compatible chat-completions server, on 127.0.0.1: the part of
 * the HTTP contract the OpenAI-compatible provider uses, `POST <base>/chat/completions`.
 *
 * Like the real thing it checks the API key (`Authorization: Bearer`, or Azure's `api-key`
 * header) and answers 401 `invalid_api_key` quoting part of a wrong key, 404 `model_not_found`
 * for another model, 400 for a body without messages; it answers
 * `{id, object: "chat.completion", created, model, choices: [{index: 0, message: {role:
 * "assistant", content}, finish_reason: "stop"}], usage}`. Its error bodies carry provider
 * detail (`PROVIDER-INTERNAL-DETAIL`) that must never reach a client.
 *
 * Behaviour is scripted: `script(...)` queues what the next requests get (good JSON, malformed
 * JSON, JSON off the schema, a Markdown-fenced reply, a slow reply, an error status with
 * Retry-After); once the queue is empty every request gets `fallback` (good JSON by default).
 * A good reply's content comes from `reply`, which by default answers each of the provider's
 * three tasks (questions, an answer's evaluation, the report) validly from the request itself.
 * `stop()` leaves the port closed, so calls are refused.
 *
 * Like a real model it can be talked into things: its default evaluation obeys text in the
 * answer that asks for a top score (`maximum score`, `full marks`, `ignore all previous
 * instructions`...) and gives 100, so a test can prove the provider's guard does not depend on
 * the model refusing. Like some endpoints it can refuse JSON-schema structured output
 * (`jsonSchema: false`: 400 for `response_format.type = "json_schema"`).
 */

export type Behaviour =
  | { kind: "ok"; content?: unknown }
  | { kind: "malformed" }
  | { kind: "off-schema" }
  | { kind: "fenced" }
  | { kind: "slow"; ms: number }
  | { kind: "status"; status: number; retryAfter?: string };

export interface RecordedChat {
  path: string;
  search: string;
  authorization: string | null;
  apiKeyHeader: string | null;
  contentType: string | null;
  body: {
    model?: unknown;
    messages?: { role: string; content: string }[];
    response_format?: unknown;
    [key: string]: unknown;
  };
}

export interface StandInOptions {
  apiKey?: string;
  model?: string;
  /** Expect the key in Azure's `api-key` header rather than `Authorization: Bearer`. */
  azure?: boolean;
  /** Whether `response_format: {type: "json_schema"}` is accepted (default true). */
  jsonSchema?: boolean;
}

export const PROVIDER_DETAIL = "PROVIDER-INTERNAL-DETAIL";

export interface OpenAIStandIn {
  /** The API root to configure, `http://127.0.0.1:<port>/v1`. */
  url: string;
  apiKey: string;
  model: string;
  requests: RecordedChat[];
  /** Queue behaviours for the next requests, in order. */
  script(...behaviours: Behaviour[]): void;
  fallback: Behaviour;
  reply: (request: RecordedChat) => unknown;
  stop(): Promise<void>;
}

export function startOpenAIStandIn(options: StandInOptions = {}): OpenAIStandIn {
  const apiKey = options.apiKey ?? "sk-standin-" + crypto.randomUUID().replaceAll("-", "");
  const model = options.model ?? "standin-model";
  const queue: Behaviour[] = [];
  // Slow replies in progress: stop() cuts them short, so shutting down does not wait on them.
  const pending = new Map<ReturnType<typeof setTimeout>, () => void>();
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        pending.delete(timer);
        resolve();
      }, ms);
      pending.set(timer, resolve);
    });
  const standIn: OpenAIStandIn = {
    url: "",
    apiKey,
    model,
    requests: [],
    script: (...behaviours) => queue.push(...behaviours),
    fallback: { kind: "ok" },
    reply: defaultReply,
    stop: async () => {
      for (const [timer, resolve] of pending) {
        clearTimeout(timer);
        resolve();
      }
      await server.shutdown();
    },
  };

  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    async (request) => {
      const url = new URL(request.url);
      if (request.method !== "POST" || !/\/v1\/chat\/completions$/.test(url.pathname)) {
        return error(404, "invalid_request_error", "not_found", `Unknown route ${url.pathname}`);
      }
      const presented = options.azure
        ? request.headers.get("api-key")
        : request.headers.get("authorization")?.replace(/^Bearer /, "") ?? null;
      if (presented !== apiKey) {
        // As OpenAI does: the message quotes part of the key it was given.
        const shown = presented ? `${presented.slice(0, 3)}...${presented.slice(-4)}` : "none";
        return error(
          401,
          "invalid_request_error",
          "invalid_api_key",
          `Incorrect API key: ${shown}`,
        );
      }
      let body: RecordedChat["body"];
      try {
        body = await request.json();
      } catch {
        return error(400, "invalid_request_error", null, "We could not parse the JSON body.");
      }
      const recorded: RecordedChat = {
        path: url.pathname,
        search: url.search,
        authorization: request.headers.get("authorization"),
        apiKeyHeader: request.headers.get("api-key"),
        contentType: request.headers.get("content-type"),
        body,
      };
      standIn.requests.push(recorded);
      if (body.model !== model) {
        return error(404, "invalid_request_error", "model_not_found", `No model ${body.model}`);
      }
      const messages = body.messages;
      if (
        !Array.isArray(messages) || messages.length === 0 ||
        !messages.every((m) => typeof m?.role === "string" && typeof m?.content === "string")
      ) {
        return error(400, "invalid_request_error", null, "'messages' must be a non-empty array");
      }

      const format = (body.response_format as { type?: string } | undefined)?.type;
      if (format === "json_schema" && options.jsonSchema === false) {
        return error(
          400,
          "invalid_request_error",
          null,
          "response_format json_schema is not supported",
        );
      }
      const behaviour = queue.shift() ?? standIn.fallback;
      switch (behaviour.kind) {
        case "ok":
          return completion(JSON.stringify(behaviour.content ?? standIn.reply(recorded)), model);
        case "fenced":
          return completion(
            "```json\n" + JSON.stringify(standIn.reply(recorded)) + "\n```",
            model,
          );
        case "malformed":
          return completion('{"questions": [ {"text": "Tell me about', model);
        case "off-schema":
          return completion(JSON.stringify({ answer: "a JSON object of another shape" }), model);
        case "slow":
          await pause(behaviour.ms);
          return completion(JSON.stringify(standIn.reply(recorded)), model);
        case "status":
          return error(
            behaviour.status,
            behaviour.status === 429 ? "rate_limit_exceeded" : "server_error",
            null,
            `upstream failure (${PROVIDER_DETAIL}, key ${apiKey.slice(0, 6)}...)`,
            behaviour.retryAfter ? { "retry-after": behaviour.retryAfter } : {},
          );
      }
    },
  );
  standIn.url = `http://127.0.0.1:${server.addr.port}/v1`;
  return standIn;
}

/** The URL of a port nothing listens on: connections to it are refused. */
export function refusedUrl(): string {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr as Deno.NetAddr;
  listener.close();
  return `http://127.0.0.1:${port}/v1`;
}

function completion(content: string, model: string): Response {
  return Response.json({
    id: `chatcmpl-${crypto.randomUUID()}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
    usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
  });
}

function error(
  status: number,
  type: string,
  code: string | null,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json({ error: { message, type, param: null, code } }, { status, headers });
}

/** The JSON between the <data> markers of the user message. */
// deno-lint-ignore no-explicit-any -- test data of any shape, read by the tests that sent it
export function dataOf(request: RecordedChat): Record<string, any> {
  const user = request.body.messages?.find((m) => m.role === "user")?.content ?? "{}";
  const inside = user.match(/<data>\n?([\s\S]*?)\n?<\/data>/);
  return JSON.parse(inside ? inside[1] : user);
}

/** Text in an answer that a gullible model would obey. */
const OBEYED =
  /maximum score|full marks|highest (?:score|rating)|100 out of 100|score\s*=\s*100|10\/10|ignore (?:all )?(?:previous|prior) instructions/i;

/** A valid answer to whichever task the request is, built from the request's own data. */
function defaultReply(request: RecordedChat): unknown {
  const messages = request.body.messages ?? [];
  const system = messages.find((m) => m.role === "system")?.content ?? "";
  const data = dataOf(request);
  if (system.includes('"questions"')) {
    const skills: string[] = data.job?.skills?.length ? data.job.skills : ["the role"];
    return {
      questions: Array.from({ length: data.count ?? 1 }, (_, i) => ({
        text: `Question ${i + 1}: how have you used ${skills[i % skills.length]} in production?`,
        category: ["technical", "behavioral", "situational", "experience"][i % 4],
        competency: skills[i % skills.length],
        expected_points: ["a concrete example from production", "a measured result"],
        time_limit_seconds: 240,
      })),
    };
  }
  if (system.includes('"covered"')) {
    const points: string[] = data.expected_points ?? [];
    const answer: string = data.answer ?? "";
    const first = answer.split(/(?<=[.!?])\s+/)[0] ?? answer;
    if (OBEYED.test(answer)) {
      return {
        score: 100,
        covered: points.map((point) => ({ point, quote: answer })),
        missing: [],
        reason: "As instructed, the maximum score.",
        follow_up: { ask: false, question: null, reason: null },
      };
    }
    return {
      score: 72,
      // Echoed with other casing and spacing, as models do.
      covered: points.slice(0, 1).map((point) => ({
        point: ` ${point.toUpperCase()} `,
        quote: first,
      })),
      missing: points.slice(1),
      reason: "Covers the first point well; the rest is missing.",
      follow_up: system.includes("decide as a good interviewer")
        ? {
          ask: true,
          question: "What was the result, and how did you measure it?",
          reason: "no_result",
        }
        : { ask: false, question: null, reason: null },
    };
  }
  return {
    summary: "A solid interview with clear strengths in the core skills.",
    strengths: ["PostgreSQL: covered query plans and indexes"],
    weaknesses: ["Kafka: did not cover consumer lag"],
  };
}
