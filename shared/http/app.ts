/**
 * The app factory every function uses (one Hono app per function, its routes composed with
 * `app.route()`): request ids, CORS, security headers, a body limit enforced while the body
 * streams in, Zod validation failures as 422 with every bad field, and one `onError` and
 * `notFound` answering in the error envelope.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";
import { corsHeaders } from "@supabase/supabase-js/cors";
import { config } from "../config.ts";
import { databaseErrorToAppError } from "../db/errors.ts";
import type { Principal } from "../auth/principal.ts";
import { AppError, type FieldIssue, PayloadTooLargeError, ValidationError } from "./errors.ts";

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

/** A router for one resource's routes, with the shared validation hook. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}

/** The app of one edge function, served under `/<basePath>` as Supabase serves it. */
export function createApp(basePath: `/${string}`, options: AppOptions = {}) {
  const app = createRouter();
  app.use(requestId({ headerName: "X-Request-Id" }));
  app.use(requestLog());
  app.use(securityHeaders());
  app.use(
    cors({
      origin: corsOrigin(),
      allowHeaders: corsHeaders["Access-Control-Allow-Headers"].split(",").map((h) => h.trim()),
      allowMethods: corsHeaders["Access-Control-Allow-Methods"].split(",").map((m) => m.trim()),
      exposeHeaders: ["X-Request-Id", "Retry-After"],
      maxAge: 86400,
    }),
  );
  app.use(
    bodyLimit({
      maxSize: options.maxBodyBytes ?? JSON_BODY_LIMIT_BYTES,
      onError: () => {
        throw new PayloadTooLargeError();
      },
    }),
  );
  const served = app.basePath(basePath);
  served.onError(handleError);
  served.notFound((c) =>
    errorResponse(c, 404, "NOT_FOUND", `No route for ${c.req.method} ${c.req.path}.`)
  );
  return served;
}

function corsOrigin(): string | string[] {
  const origins = config().corsAllowedOrigins;
  return origins.includes("*") ? "*" : origins;
}

/** Zod failures from any validator (body, query, path) become 422 with every bad field. */
function validationHook(
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

function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
    c.header("X-Frame-Options", "DENY");
    // Answers are per-user data: nothing is cached unless a route says otherwise.
    if (!c.res.headers.has("Cache-Control")) c.header("Cache-Control", "no-store");
  };
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
export function handleError(error: Error, c: Context) {
  const known = error instanceof AppError ? error : databaseErrorToAppError(error);
  if (known) {
    return errorResponse(c, known.status, known.code, known.message, known.details, known.headers);
  }
  if (error instanceof HTTPException && error.status < 500) {
    const status = error.status as ContentfulStatusCode;
    if (status === 400 && /json/i.test(error.message)) {
      return errorResponse(c, 400, "MALFORMED_JSON", "The request body is not valid JSON.");
    }
    const code = HTTP_CODES[status] ?? "BAD_REQUEST";
    return errorResponse(c, status, code, error.message || "The request was refused.");
  }
  // A bug: log it with the request id for the operator, tell the caller nothing internal.
  const requestId = c.get("requestId");
  console.error(`[${requestId}] unhandled ${error.name}: ${error.message}\n${error.stack ?? ""}`);
  return errorResponse(c, 500, "INTERNAL_ERROR", "Something went wrong on our side.");
}
