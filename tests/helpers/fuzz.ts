/**
 * Property-based requests from the route contracts (shared/contracts/index.ts): every route's
 * params, query and body schemas (Zod) are turned into JSON Schema with `z.toJSONSchema`, and
 * that into fast-check arbitraries of valid values, with hostile strings (SQL and path
 * metacharacters, unicode, NUL) wherever a string goes. Mutators then break a valid request:
 * wrong types, missing and extra fields (`__proto__`, `constructor`), huge strings, deep
 * nesting, malformed JSON, wrong content types, truncated multipart bodies.
 *
 * Zod is the oracle for what must be refused: a mutated request whose parts no longer pass
 * their schemas must be answered 4xx, in the error envelope. Everything here is deterministic
 * for a given fast-check seed.
 */
// deno-lint-ignore no-import-prefix
import fc from "npm:fast-check@4.10.2";
import type { RouteConfig } from "@hono/zod-openapi";
import { z } from "zod";
import { ErrorEnvelope } from "../../shared/schemas/common.ts";

export { fc };

// The contract's routes -------------------------------------------------------------------------

export type Credential = "recruiter" | "candidate" | "none";

export interface RouteInfo {
  fn: string;
  name: string;
  /** `jobs.update` */
  id: string;
  method: string;
  /** The contract's path inside its function: `/{id}/start`. */
  path: string;
  credential: Credential;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: { kind: "json" | "multipart"; schema: z.ZodType };
  /** The statuses the contract documents. */
  statuses: number[];
  config: RouteConfig;
}

export function routesOf(contracts: Record<string, Record<string, RouteConfig>>): RouteInfo[] {
  const routes: RouteInfo[] = [];
  for (const [fn, byName] of Object.entries(contracts)) {
    for (const [name, config] of Object.entries(byName)) {
      const security = JSON.stringify(config.security ?? []);
      const content = (config.request?.body?.content ?? {}) as Record<string, { schema?: unknown }>;
      const json = content["application/json"]?.schema;
      const form = content["multipart/form-data"]?.schema;
      routes.push({
        fn,
        name,
        id: `${fn}.${name}`,
        method: config.method.toUpperCase(),
        path: config.path,
        credential: security.includes("interviewCredential")
          ? "candidate"
          : security.includes("bearerAuth")
          ? "recruiter"
          : "none",
        params: config.request?.params as z.ZodType | undefined,
        query: config.request?.query as z.ZodType | undefined,
        body: json
          ? { kind: "json", schema: json as z.ZodType }
          : form
          ? { kind: "multipart", schema: form as z.ZodType }
          : undefined,
        statuses: Object.keys(config.responses).map(Number),
        config,
      });
    }
  }
  return routes;
}

/** The documented schema of an answer with this status, if the route documents one. */
export function answerSchema(route: RouteInfo, status: number): z.ZodType | undefined {
  // deno-lint-ignore no-explicit-any
  const response = (route.config.responses as any)[status];
  return response?.content?.["application/json"]?.schema;
}

// Hostile strings -------------------------------------------------------------------------------

/** Strings that have broken web backends: SQL, paths, templates, unicode, control characters. */
export const HOSTILE_STRINGS = [
  "'; drop table public.users; --",
  "' or '1'='1",
  '" or ""="',
  "1; select pg_sleep(10)",
  "$1",
  "%",
  "_",
  "\\",
  "%_\\%",
  "../../../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "/dev/zero",
  "%2e%2e%2f%2e%2e%2f",
  "%00",
  "\u0000",
  "a\u0000b",
  "\u202etxt.exe",
  "\ud800",
  "\udfff\ud800",
  "👩‍👩‍👧‍👦",
  "ﷺ",
  "Z̸̢̛̛͓̪̹̞̥͇̣͚̫̣̻̮̥̞̰̹̙̔̀̀͆̈́̈̅̌̓̎̚͘a̵l̶g̶o̵",
  "\u00a0\u2003\u3000",
  "\ufeff",
  "${jndi:ldap://127.0.0.1/a}",
  "{{7*7}}",
  "<script>alert(1)</script>",
  "\r\nSet-Cookie: a=b",
  "null",
  "undefined",
  "NaN",
  "-0",
  "__proto__",
  "constructor",
  "toString",
  "true",
  "[]",
  "{}",
];

const META_CHARS = ["'", '"', ";", "-", "%", "_", "\\", "/", ".", "\0", "\n", "\t", "$", "`"];

/** Strings of `min`..`max` UTF-16 units, hostile more often than not. */
export function hostileString(min = 0, max = 60): fc.Arbitrary<string> {
  const cap = Math.min(max, 60);
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ minLength: min, maxLength: cap, unit: "grapheme" }) },
    { weight: 2, arbitrary: fc.string({ minLength: min, maxLength: cap, unit: "binary" }) },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 1, arbitrary: fc.string({ maxLength: cap, unit: fc.constantFrom(...META_CHARS) }) },
    { weight: 1, arbitrary: fc.string({ minLength: min, maxLength: cap }) },
  ).map((value) => fit(value, min, max));
}

function fit(value: string, min: number, max: number): string {
  let out = value;
  while (out.length < min) out += "x";
  if (out.length > max) {
    out = out.slice(0, max);
    // Never end on half a surrogate pair by cutting: the generator makes those on purpose only.
    if (/[\ud800-\udbff]$/.test(out)) out = out.slice(0, -1) + "x";
  }
  return out;
}

// JSON Schema -> valid values -------------------------------------------------------------------

export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  format?: string;
  default?: unknown;
}

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

/** How a generated value may draw on the test's own data (ids of real rows, email domains). */
export interface ValueContext {
  /**
   * An arbitrary for the field named `field` (a uuid that should sometimes be a real row's id,
   * a ticket's code), or undefined for what its schema says.
   */
  field?: (field: string, schema: JsonSchema) => fc.Arbitrary<unknown> | undefined;
  /** The domain generated emails use, so the rows they create can be found and counted. */
  emailDomain: string;
}

/** Arbitrary valid values for `schema`, checked by the Zod schema itself. */
export function validValue(zod: z.ZodType, context: ValueContext): fc.Arbitrary<unknown> {
  const root = jsonSchemaOf(zod);
  return fromJsonSchema(root, root, context, "").filter((value) => zod.safeParse(value).success);
}

function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  let current = schema;
  for (let hops = 0; current.$ref && hops < 10; hops++) {
    const name = current.$ref.replace(/^#\/\$defs\//, "");
    const { $ref: _ref, ...rest } = current;
    current = { ...root.$defs?.[name], ...rest };
  }
  return current;
}

function fromJsonSchema(
  given: JsonSchema,
  root: JsonSchema,
  context: ValueContext,
  field: string,
): fc.Arbitrary<unknown> {
  const schema = resolve(given, root);
  const chosen = field ? context.field?.(field, schema) : undefined;
  if (chosen) return chosen;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    return fc.oneof(...alternatives.map((s) => fromJsonSchema(s, root, context, field)));
  }
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if ("const" in schema) return fc.constant(schema.const);
  switch (schema.type) {
    case "object": {
      const properties = schema.properties ?? {};
      const shape = Object.fromEntries(
        Object.entries(properties).map((
          [key, value],
        ) => [key, fromJsonSchema(value, root, context, key)]),
      );
      return fc.record(shape, { requiredKeys: schema.required ?? [] });
    }
    case "array": {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.min(schema.maxItems ?? 6, Math.max(minLength, 6));
      return fc.array(fromJsonSchema(schema.items ?? {}, root, context, field), {
        minLength,
        maxLength,
      });
    }
    case "integer": {
      const min = schema.minimum ?? (schema.exclusiveMinimum ?? -(2 ** 31)) + 1;
      const max = schema.maximum ?? (schema.exclusiveMaximum ?? 2 ** 31) - 1;
      return fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max));
    }
    case "number":
      return fc.double({
        min: schema.minimum ?? -1e9,
        max: schema.maximum ?? 1e9,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "string":
      return stringValue(schema, context);
    default:
      // Unconstrained (`z.unknown()`, `z.any()`): any JSON value.
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringValue(schema: JsonSchema, context: ValueContext) {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 200;
  switch (schema.format) {
    case "uuid":
      return fc.uuid();
    case "email":
      return fc.tuple(
        fc.stringMatching(/^[a-z0-9][a-z0-9_'+-]{0,24}$/),
        fc.integer({ min: 0, max: 2 ** 30 }),
      ).map(([local, n]) => `${local}.${n.toString(36)}@${context.emailDomain}`);
    case "uri":
      return fc.oneof(
        fc.webUrl({ validSchemes: ["http", "https"], withQueryParameters: true }),
        fc.constantFrom(
          "https://www.linkedin.com/in/o'brien--%27%3B",
          "http://127.0.0.1/../../etc/passwd",
          "https://例え.jp/パス?q=1",
          "https://x.example/%00",
          "https://x.example/\u0000",
        ),
      ).filter((url) => url.length <= max);
    case "date-time":
      return fc.date({ noInvalidDate: true }).map((date) => date.toISOString());
    default:
      return hostileString(min, max);
  }
}

// Mutations -------------------------------------------------------------------------------------

type Path = (string | number)[];

/** Every place in a JSON value: the root, each property and each item, with its path. */
export function placesOf(value: unknown, path: Path = []): Path[] {
  const places: Path[] = [path];
  if (Array.isArray(value)) {
    value.forEach((item, index) => places.push(...placesOf(item, [...path, index])));
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) places.push(...placesOf(item, [...path, key]));
  }
  return places;
}

function clone<T>(value: T): T {
  return value === undefined ? value : JSON.parse(JSON.stringify(value));
}

function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = clone(value) as Record<string | number, unknown>;
  let target = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (typeof last === "string" && last === "__proto__") {
    Object.defineProperty(target, last, { value: replacement, enumerable: true, writable: true });
  } else {
    target[last] = replacement;
  }
  return copy;
}

function deleteAt(value: unknown, path: Path): unknown {
  if (path.length === 0) return undefined;
  const copy = clone(value) as Record<string | number, unknown>;
  let target = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  if (Array.isArray(target)) target.splice(Number(path[path.length - 1]), 1);
  else delete target[path[path.length - 1]];
  return copy;
}

/** Values of every JSON type, for putting the wrong one in a field. */
const WRONG_TYPED: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  2 ** 53 + 2,
  -1e308,
  "",
  "0",
  "not a uuid",
  [],
  [null],
  ["a", 1],
  {},
  { a: 1 },
  { "__proto__": { admin: true } },
];

/** Keys no schema allows: prototype pollution, privilege fields, the odd and the huge. */
export const EXTRA_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "owner_id",
  "id",
  "role",
  "is_admin",
  "created_at",
  "",
  " ",
  "a.b",
  "$where",
  "'; --",
  "\u0000",
  "ключ",
  "k".repeat(5000),
];

/** A JSON text with stand-ins replaced by raw JSON (deep nesting, numbers JSON.stringify can't). */
const RAW = "\u0001raw:";

export interface BodyMutation {
  kind: string;
  /** The body as sent. */
  text: string;
}

/**
 * Breaks a valid JSON body (an object). The result is usually, not always, invalid: the caller
 * asks Zod (see `refusedByJson`) and keeps only what its schema refuses.
 */
export function mutatedJsonBody(valid: Record<string, unknown>): fc.Arbitrary<BodyMutation> {
  const places = placesOf(valid);
  const inner = places.filter((path) => path.length > 0);
  const place = fc.constantFrom(...places);
  const innerPlace = inner.length ? fc.constantFrom(...inner) : place;
  const raw = new Map<string, string>();
  let counter = 0;
  const rawValue = (json: string) => {
    const key = `${RAW}${counter++}`;
    raw.set(key, json);
    return key;
  };
  const render = (value: unknown) => {
    let text = JSON.stringify(value) ?? "";
    for (const [key, json] of raw) text = text.replaceAll(JSON.stringify(key), json);
    return text;
  };
  const object = (value: unknown) => value as Record<string, unknown>;
  return fc.oneof(
    // A field of the wrong type (or the whole body).
    fc.tuple(place, fc.constantFrom(...WRONG_TYPED)).map(([path, wrong]) => ({
      kind: "wrong type",
      text: render(setAt(valid, path, wrong)),
    })),
    // A field missing.
    innerPlace.map((path) => ({ kind: "missing field", text: render(deleteAt(valid, path)) })),
    // Every field missing.
    fc.constant({ kind: "empty object", text: "{}" }),
    // A field no schema has, at the top or inside a nested object.
    fc.tuple(fc.constantFrom(...EXTRA_KEYS), fc.jsonValue({ maxDepth: 2 })).map((
      [key, value],
    ) => ({
      kind: `extra field ${JSON.stringify(key.slice(0, 12))}`,
      text: render(setAt(valid, [key], value)),
    })),
    fc.integer({ min: 200, max: 2000 }).map((count) => {
      const many = { ...valid };
      for (let i = 0; i < count; i++) many[`extra_${i}`] = i;
      return { kind: "thousands of extra fields", text: render(many) };
    }),
    // A huge string where a short one goes (under the 1 MB limit).
    fc.tuple(
      innerPlace,
      fc.integer({ min: 1, max: 100_000 }),
      fc.constantFrom("a", "é", "😀", " ", "\0"),
    ).map((
      [path, length, unit],
    ) => ({
      kind: "huge string",
      text: render(setAt(valid, path, unit.repeat(Math.ceil(length / unit.length)))),
    })),
    // Deeply nested arrays or objects.
    fc.tuple(place, fc.integer({ min: 100, max: 20_000 }), fc.boolean()).map((
      [path, depth, arrays],
    ) => {
      const nested = arrays
        ? "[".repeat(depth) + "]".repeat(depth)
        : '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
      return { kind: "deep nesting", text: render(setAt(valid, path, rawValue(nested))) };
    }),
    // Numbers JSON.stringify never writes.
    fc.tuple(
      innerPlace,
      fc.constantFrom(
        "1e400",
        "-1e400",
        "1e-400",
        "-0",
        "1.0",
        "123456789012345678901234567890",
        "0.1e1",
      ),
    )
      .map(([path, number]) => ({
        kind: "odd number",
        text: render(setAt(valid, path, rawValue(number))),
      })),
    // Not an object at all.
    fc.constantFrom("[]", "null", "true", "0", '"text"', "[{}]").map((text) => ({
      kind: "not an object",
      text,
    })),
    // Not JSON: cut short, extended, or JavaScript rather than JSON.
    fc.integer({ min: 0, max: 10_000 }).map((cut) => {
      const text = render(valid);
      return { kind: "truncated json", text: text.slice(0, cut % Math.max(1, text.length)) };
    }),
    fc.constantFrom(
      "{",
      "{'a': 1}",
      '{"a": 1,}',
      '{"a": NaN}',
      '{"a": undefined}',
      "{a: 1}",
      '{"a": 1} // comment',
      '{"a": 1} {"b": 2}',
      "\ufeff{}",
      "",
      " ",
      "\u0000",
      '{"a": "\\u00"}',
      '{"a": "\\ud800"}',
    ).map((text) => ({ kind: "malformed json", text })),
    fc.string({ minLength: 1, maxLength: 200, unit: "binary" }).map((text) => ({
      kind: "random text",
      text,
    })),
    // The object with __proto__ and constructor smuggled in as JSON text.
    fc.constantFrom(
      ',"__proto__":{"role":"service_role"}',
      ',"constructor":{"prototype":{"polluted":true}}',
      ',"__proto__":null',
      ',"__proto__":[]',
    ).map((extra) => {
      const text = render(object(valid));
      return {
        kind: "prototype keys",
        text: text.length > 2 ? text.slice(0, -1) + extra + "}" : `{${extra.slice(1)}}`,
      };
    }),
  );
}

/** Whether the server must refuse this JSON text for this schema (Zod decides). */
export function refusedByJson(text: string, schema: z.ZodType): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return true;
  }
  return !schema.safeParse(value).success;
}

// Multipart -------------------------------------------------------------------------------------

export type Part =
  | { name: string; value: string }
  | { name: string; filename: string; type: string; bytes: Uint8Array };

const encoder = new TextEncoder();

/** A multipart/form-data body written by hand, so it can be cut or bent at will. */
export function multipart(parts: Part[], boundary: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (const part of parts) {
    const name = part.name.replace(/["\r\n]/g, "_");
    if ("value" in part) {
      chunks.push(encoder.encode(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${part.value}\r\n`,
      ));
    } else {
      const filename = part.filename.replace(/["\r\n]/g, "_");
      chunks.push(
        encoder.encode(
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\n` +
            `Content-Type: ${part.type}\r\n\r\n`,
        ),
        part.bytes,
        encoder.encode("\r\n"),
      );
    }
  }
  chunks.push(encoder.encode(`--${boundary}--\r\n`));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

// Answers ---------------------------------------------------------------------------------------

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // deno-lint-ignore no-explicit-any
  json?: any;
}

/** What no answer may say: stack traces, SQL, driver and parser internals. */
const LEAKS =
  /\bat [\w.<>]+ \(|\.[jt]s:\d+|node_modules|file:\/\/|postgres|PostgresError|\bSQLSTATE\b|\bselect\b[^.]*\bfrom\b|\binsert into\b|\bupdate\b[^.]*\bset\b|\bdelete from\b|syntax error|ZodError|TypeError|SyntaxError|RangeError|MultipartParser|Unexpected token|undefined is not|Cannot read prop/i;

/** Problems with an error answer: envelope, headers, leaks. Empty when it is as it should be. */
export function errorAnswerProblems(answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.headers.get("x-content-type-options") !== "nosniff") problems.push("no nosniff");
  if (!/^application\/json/.test(answer.headers.get("content-type") ?? "")) {
    problems.push(`content-type ${answer.headers.get("content-type")}`);
  }
  const parsed = ErrorEnvelope.safeParse(answer.json);
  if (!parsed.success) {
    problems.push(`not the error envelope: ${answer.text.slice(0, 200)}`);
    return problems;
  }
  const id = answer.headers.get("x-request-id");
  if (id && id !== parsed.data.request_id) problems.push("request_id differs from X-Request-Id");
  const said = [
    parsed.data.error.message,
    ...(parsed.data.error.details ?? []).map((d) => d.message),
  ]
    .join("\n");
  if (LEAKS.test(said)) problems.push(`leaks internals: ${said.slice(0, 300)}`);
  return problems;
}

/** Sends a request and reads the whole answer; a network failure is an answer of status 0. */
export async function send(
  url: string,
  init: { method: string; headers?: Record<string, string>; body?: string | Uint8Array },
): Promise<Answer> {
  try {
    const response = await fetch(url, {
      method: init.method,
      headers: init.headers,
      body: init.body as BodyInit | undefined,
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  } catch (error) {
    return { status: 0, headers: new Headers(), text: String(error) };
  }
}
