/**
 * The app factory every function uses (one Hono app per function, its routes composed with
 * `app.route()`): request ids, CORS, security headers, a body limit enforced while the body
 * streams in, Zod validation failures as 422 with every bad field, and one `onError` and
 * `notFound` answering in the error envelope.
 */
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { getPath } from "hono/utils/url";
import type { z } from "zod";
import { corsHeaders } from "@supabase/supabase-js/cors";
import { config } from "../config.ts";
import type { Principal } from "../auth/principal.ts";
import { DatabaseError } from "../db/errors.ts";
import {
  AppError,
  ConflictError,
  type FieldIssue,
  NotFoundError,
  PayloadTooLargeError,
  ServiceUnavailableError,
  UnauthorizedError,
  ValidationError,
} from "./errors.ts";
import { withoutFunctionsPrefix } from "./functions_url.ts";
import { ContractRouter } from "./router.ts";

export interface AppEnv {
  Variables: {
    requestId: string;
    /** Who is calling, set by the auth middleware (shared/auth/middleware.ts). */
    principal: Principal;
  };
}

export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppOptions {
  /** Largest request body accepted, in bytes; larger answers 413 before it is read whole. */
  maxBodyBytes?: number;
}

/** A router for one resource's routes, with the shared validation hook and guards. */
export function createRouter() {
  return new ContractRouter<AppEnv>({ hook: validationHook, guards: securityGuards });
}

/**
 * What each security scheme of the contracts (shared/contracts/responses.ts) requires. The token
 * verifiers (jose) load with the first guarded request, so health never loads them.
 */
const securityGuards: Record<string, MiddlewareHandler<AppEnv>> = {
  bearerAuth: async (c, next) => (await authMiddleware()).requireRecruiter(c, next),
  interviewCredential: async (c, next) => (await authMiddleware()).requireCandidate(c, next),
};

let authModule: Promise<typeof import("../auth/middleware.ts")> | undefined;
const authMiddleware = () => authModule ??= import("../auth/middleware.ts");

/** The app of one edge function, served under `/<basePath>` as Supabase serves it. */
export function createApp(basePath: `/${string}`, options: AppOptions = {}) {
  const app = new Hono<AppEnv>({ getPath: functionPath });
  app.use(standardHeaders());
  app.use(requestLog());
  const limit = bodyLimit({
    maxSize: options.maxBodyBytes ?? JSON_BODY_LIMIT_BYTES,
    onError: () => {
      throw new PayloadTooLargeError();
    },
  });
  // No route reads the body of a GET or HEAD, so there is nothing to limit.
  app.use((c, next) => BODILESS.has(c.req.method) ? next() : limit(c, next));
  const served = app.basePath(basePath);
  served.onError(handleError);
  served.notFound((c) =>
    errorResponse(c, 404, "NOT_FOUND", `No route for ${c.req.method} ${c.req.path}.`)
  );
  return served;
}

const BODILESS = new Set(["GET", "HEAD"]);

/**
 * The path routed: the edge runtime passes a function `/<name>/...`; the local stack's gateway
 * (local/gateway.ts) passes the request as it came, under the functions' prefix, so that prefix
 * is dropped here rather than by copying the request.
 */
function functionPath(request: Request): string {
  const path = getPath(request);
  return withoutFunctionsPrefix(path) ?? path;
}

/**
 * The request id, CORS and the security headers in one pass: the id is chosen before the route
 * runs, and every header is written once onto the final answer. (Hono's requestId and cors
 * middleware and `c.header()` after the route each made Hono copy the response: several copies
 * of every answer.) A preflight (OPTIONS) is answered by Hono's cors middleware.
 */
function standardHeaders(): MiddlewareHandler<AppEnv> {
  const origins = corsOrigin();
  const exposed = EXPOSED_HEADERS.join(",");
  const preflight = cors({
    origin: origins,
    allowHeaders: corsHeaders["Access-Control-Allow-Headers"].split(",").map((h) => h.trim()),
    allowMethods: corsHeaders["Access-Control-Allow-Methods"].split(",").map((m) => m.trim()),
    exposeHeaders: EXPOSED_HEADERS,
    maxAge: 86400,
  });
  return async (c, next) => {
    let id = c.req.header("X-Request-Id");
    if (!id || id.length > 255 || /[^\w\-=]/.test(id)) id = crypto.randomUUID();
    c.set("requestId", id);
    const isPreflight = c.req.method === "OPTIONS";
    if (isPreflight) {
      c.header("X-Request-Id", id);
      const answer = await preflight(c, next);
      if (answer) c.res = answer;
    } else {
      await next();
    }
    const headers = writableHeaders(c);
    headers.set("X-Request-Id", id);
    if (!isPreflight) {
      const origin = c.req.header("origin") ?? "";
      const allowed = origins === "*" ? "*" : origins.includes(origin) ? origin : null;
      if (allowed) headers.set("Access-Control-Allow-Origin", allowed);
      headers.set("Access-Control-Expose-Headers", exposed);
      if (origins !== "*") headers.append("Vary", "Origin");
    }
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("X-Frame-Options", "DENY");
    // Answers are per-user data: nothing is cached unless a route says otherwise.
    if (!headers.has("Cache-Control")) headers.set("Cache-Control", "no-store");
  };
}

const EXPOSED_HEADERS = ["X-Request-Id", "Retry-After"];

/** The answer's headers, to change in place; an answer whose headers are frozen is copied. */
function writableHeaders(c: Context): Headers {
  try {
    c.res.headers.set("X-Content-Type-Options", "nosniff");
  } catch {
    c.res = new Response(c.res.body, c.res);
  }
  return c.res.headers;
}

function corsOrigin(): string | string[] {
  const origins = config().corsAllowedOrigins;
  return origins.includes("*") ? "*" : origins;
}

/** Zod failures from any validator (body, query, path) become 422 with every bad field. */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError },
): void {
  if (!result.success) throw new ValidationError(fieldIssues(result.error));
}

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue[] => {
    const path = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: path ? `${path}.${key}` : key,
        message: "Unknown field.",
      }));
    }
    return [{ path, message: issue.message }];
  });
}

function requestLog(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!config().logRequests) return await next();
    const started = performance.now();
    await next();
    const ms = (performance.now() - started).toFixed(1);
    // Method, path and status only: no headers, query strings or bodies, which carry secrets.
    console.log(`${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms id=${c.get("requestId")}`);
  };
}

function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  details?: FieldIssue[],
  headers?: Record<string, string>,
) {
  for (const [name, value] of Object.entries(headers ?? {})) c.header(name, value);
  return c.json(
    {
      success: false as const,
      error: details ? { code, message, details } : { code, message },
      request_id: c.get("requestId") ?? crypto.randomUUID(),
    },
    status,
  );
}

const HTTP_CODES: Partial<Record<number, string>> = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "METHOD_NOT_ALLOWED",
  409: "CONFLICT",
  410: "GONE",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  422: "VALIDATION_ERROR",
  429: "RATE_LIMITED",
  503: "SERVICE_UNAVAILABLE",
};

/** The one error handler: every thrown error becomes the error envelope. */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof AppError) return knownError(c, error);
  if (error instanceof DatabaseError) return knownError(c, databaseAnswer(error));
  if (error instanceof HTTPException && error.status < 500) {
    const status = error.status as ContentfulStatusCode;
    if (status === 400 && /json/i.test(error.message)) {
      return errorResponse(c, 400, "MALFORMED_JSON", "The request body is not valid JSON.");
    }
    if (status === 400 && /formdata|multipart/i.test(error.message)) {
      // The parser's own words name its internals ("Cannot construct MultipartParser ...").
      return errorResponse(c, 400, "BAD_REQUEST", "The request body is not a valid form.");
    }
    const code = HTTP_CODES[status] ?? "BAD_REQUEST";
    return errorResponse(c, status, code, error.message || "The request was refused.");
  }
  return unknownError(error, c);
}

function knownError(c: Context, known: AppError) {
  return errorResponse(c, known.status, known.code, known.message, known.details, known.headers);
}

/** What the database layer's refusal (shared/db/errors.ts) answers. */
function databaseAnswer({ refusal, code, message }: DatabaseError): AppError {
  switch (refusal) {
    case "unavailable":
    case "busy":
      return new ServiceUnavailableError(message, code);
    case "session_ended":
      return new UnauthorizedError(message, code);
    case "conflict":
      return new ConflictError(message, code);
    case "missing":
      return new NotFoundError(message, code);
    case "invalid":
      return new ValidationError([{ path: "", message }]);
  }
}

/** A bug: logged with the request id for the operator; the caller is told nothing internal. */
function unknownError(error: Error, c: Context): Response {
  const requestId = c.get("requestId");
  console.error(`[${requestId}] unhandled ${error.name}: ${error.message}\n${error.stack ?? ""}`);
  return errorResponse(c, 500, "INTERNAL_ERROR", "Something went wrong on our side.");
}
