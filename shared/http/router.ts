/**
 * Routes from their contracts (shared/contracts/), validated with Zod, the way @hono/zod-openapi
 * 1.6's `OpenAPIHono.openapi()` does it, without loading that package at run time.
 *
 * Why: @hono/zod-openapi imports @asteasolutions/zod-to-openapi, whose package has no ESM entry
 * Deno picks (`main` is CommonJS), so every function started Deno's CommonJS loader and a 78 KB
 * document generator only to register routes: one of the larger parts of its cold start. The
 * generator is needed by the docs function alone (shared/openapi.ts), which still uses it; the
 * functions use this router, and the types still come from @hono/zod-openapi (erased at run
 * time), so a handler is typed exactly as before.
 *
 * What a route validates, as `OpenAPIHono.openapi()` does: query and path parameters; a body
 * declared as JSON or a form is refused with 415 when it comes as another media type (or with
 * bytes but no Content-Type), and validated as the declared type otherwise. A failure goes to
 * the validation hook (422 in the error envelope, shared/http/app.ts).
 */
import type { RouteConfig, RouteHandler } from "@hono/zod-openapi";
import { type Context, type Env, Hono, type MiddlewareHandler, type ValidationTargets } from "hono";
import { HTTPException } from "hono/http-exception";
import { validator } from "hono/validator";
import type { z } from "zod";
import { readMultipartForm } from "./multipart.ts";

/** What a failed (or passed) validation is handed to, before the route runs. */
export type ValidationHook = (
  result: { success: true; data: unknown } | { success: false; error: z.ZodError },
  c: Context,
) => void;

type Target = keyof ValidationTargets;

/** A route's contract, as @hono/zod-openapi's createRoute makes it (the same object). */
export function createRoute<
  P extends string,
  R extends Omit<RouteConfig, "path"> & { path: P },
>(config: R): R & { getRoutingPath(): string } {
  const route = {
    ...config,
    getRoutingPath: () => config.path.replaceAll(/\/{(.+?)}/g, "/:$1"),
  };
  return Object.defineProperty(route, "getRoutingPath", { enumerable: false });
}

/**
 * A Hono app whose `openapi(route, handler)` registers a contract's route behind the guard its
 * declared security names, then its validators: a caller without the credential is refused
 * (401) before anything of the request is read.
 */
export class ContractRouter<E extends Env> extends Hono<E> {
  readonly #hook: ValidationHook;
  readonly #guards: Readonly<Record<string, MiddlewareHandler>>;

  constructor(
    options: ConstructorParameters<typeof Hono<E>>[0] & {
      hook: ValidationHook;
      /** The middleware each security scheme of the contracts stands for, by scheme name. */
      guards: Readonly<Record<string, MiddlewareHandler>>;
    },
  ) {
    const { hook, guards, ...init } = options;
    super(init);
    this.#hook = hook;
    this.#guards = guards;
  }

  openapi<R extends RouteConfig>(route: R, handler: RouteHandler<R, E>): this {
    const { request } = route;
    const guard = this.#guard(route);
    const validators: MiddlewareHandler[] = [];
    if (request?.query) validators.push(this.#validate("query", request.query));
    if (request?.params) validators.push(this.#validate("param", request.params));
    if (request?.headers || request?.cookies || (request?.body && !request.body.required)) {
      // No contract declares them; @hono/zod-openapi's handling (header names matched without
      // regard to case; an optional body sent as another media type read as no body) would
      // have to come with the first that does.
      throw new Error(
        `${route.method} ${route.path}: header, cookie and optional body schemas are not supported.`,
      );
    }
    const content = request?.body?.content;
    if (content) {
      const mediaTypes = Object.keys(content);
      const validated = mediaTypes.flatMap((mediaType) => {
        const schema = (content[mediaType] as { schema?: unknown } | undefined)?.schema;
        return isZod(schema) && (isJson(mediaType) || isForm(mediaType))
          ? [{ target: isJson(mediaType) ? "json" as const : "form" as const, schema }]
          : [];
      });
      if (validated.length > 0) validators.push(mediaTypeGate(mediaTypes));
      for (const { target, schema } of validated) {
        validators.push(
          target === "form" ? this.#validateForm(schema) : this.#validate(target, schema),
        );
      }
    }
    const middleware = route.middleware
      ? (Array.isArray(route.middleware) ? route.middleware : [route.middleware])
      : [];
    this.on(
      [route.method],
      [route.path.replaceAll(/\/{(.+?)}/g, "/:$1")],
      ...guard,
      ...middleware as MiddlewareHandler[],
      ...validators,
      handler as MiddlewareHandler,
    );
    return this;
  }

  /**
   * The guard of a route's declared security: none for a public route (`security: []`); a
   * route that declares nothing, or a scheme without a guard, is a mistake refused here.
   */
  #guard(route: RouteConfig): MiddlewareHandler[] {
    const where = `${route.method.toUpperCase()} ${route.path}`;
    if (!route.security) {
      throw new Error(`${where}: the contract must declare its security ([] for a public route).`);
    }
    if (route.security.length === 0) return [];
    const schemes = route.security.flatMap((requirement) => Object.keys(requirement));
    // One credential per route is all the API has; alternatives would need an either-guard.
    if (route.security.length !== 1 || schemes.length !== 1) {
      throw new Error(`${where}: one security scheme per route is supported.`);
    }
    const guard = this.#guards[schemes[0]];
    if (!guard) throw new Error(`${where}: no guard for the security scheme ${schemes[0]}.`);
    return [guard];
  }

  /**
   * A form: multipart is read by readMultipartForm (one copy of the body, files as views of it),
   * a urlencoded body by Hono's validator.
   */
  #validateForm(schema: z.ZodType): MiddlewareHandler {
    const hook = this.#hook;
    const urlencoded = this.#validate("form", schema);
    return async (c, next) => {
      if (!isMultipart(c.req.header("content-type") ?? "")) return await urlencoded(c, next);
      const result = await schema.safeParseAsync(await readMultipartForm(c.req.raw));
      hook(result, c);
      if (!result.success) return c.json(result, 400);
      c.req.addValidatedData("form", result.data as object);
      await next();
    };
  }

  #validate(target: Target, schema: z.ZodType): MiddlewareHandler {
    const hook = this.#hook;
    return validator(target, async (value, c) => {
      const result = await schema.safeParseAsync(value);
      hook(result, c);
      if (!result.success) return c.json(result, 400);
      return result.data;
    });
  }
}

/** 415 for a body that is not one of the declared media types, or has no Content-Type. */
function mediaTypeGate(mediaTypes: string[]): MiddlewareHandler {
  return async (c, next) => {
    const contentType = c.req.header("content-type");
    if (contentType) {
      if (!mediaTypes.some((mediaType) => matchesMediaType(contentType, mediaType))) {
        throw new HTTPException(415, { message: "Unsupported Media Type" });
      }
    } else if (await hasRequestBody(c)) {
      throw new HTTPException(415, { message: "Unsupported Media Type" });
    }
    await next();
  };
}

function isZod(value: unknown): value is z.ZodType {
  return typeof value === "object" && value !== null &&
    typeof (value as z.ZodType).safeParseAsync === "function";
}

function isJson(contentType: string): boolean {
  return /^application\/([a-z-\.]+\+)?json/i.test(contentType);
}

function isMultipart(contentType: string): boolean {
  return contentType.toLowerCase().startsWith("multipart/form-data");
}

function isForm(contentType: string): boolean {
  return isMultipart(contentType) ||
    contentType.toLowerCase().startsWith("application/x-www-form-urlencoded");
}

const JSON_REQUEST = /^application\/([a-z-\.]+\+)?json(;\s*[a-zA-Z0-9\-]+\=([^;]+))*$/i;
const MULTIPART_REQUEST = /^multipart\/form-data(;\s?boundary=[a-zA-Z0-9'"()+_,\-./:=?]+)?$/i;
const URLENCODED_REQUEST = /^application\/x-www-form-urlencoded(;\s*[a-zA-Z0-9\-]+\=([^;]+))*$/i;

function matchesMediaType(contentType: string, mediaType: string): boolean {
  if (mediaType === "*/*") return true;
  if (isJson(mediaType)) return JSON_REQUEST.test(contentType);
  if (isForm(mediaType)) {
    return MULTIPART_REQUEST.test(contentType) || URLENCODED_REQUEST.test(contentType);
  }
  const essence = contentType.split(";")[0].trim().toLowerCase();
  if (mediaType.endsWith("/*")) return essence.startsWith(mediaType.slice(0, -1).toLowerCase());
  return essence === mediaType.toLowerCase();
}

/** Whether a request without a Content-Type still carries bytes (read from a copy). */
async function hasRequestBody(c: Context): Promise<boolean> {
  const raw = c.req.raw;
  if (raw.body === null) return false;
  const body = raw.clone().body;
  if (body === null) return false;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      if (value.byteLength > 0) return true;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}
