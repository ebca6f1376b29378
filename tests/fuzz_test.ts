/**
 * Hostile input, property-based (fast-check, fixed seeds): requests for every route of every
 * function are derived from its contract's Zod schemas (tests/helpers/fuzz.ts), then broken,
 * and sent over HTTP to the functions behind the local gateway, many at once.
 *
 * 1. Valid-shaped requests (hostile strings wherever a string goes; real ids mixed with random
 *    ones): never a 5xx; only statuses the contract documents; success answers match the
 *    documented schema; and the rows written are exactly the ones the 201 answers created.
 * 2. Broken requests (wrong types, missing and extra fields, `__proto__`/`constructor`, huge
 *    strings, deep nesting, malformed JSON, wrong content types, truncated and bent multipart
 *    bodies, bad query strings and path ids, bad credentials, wrong methods), all aimed at a
 *    recruiter's real rows: every answer is a 4xx in the error envelope, leaking nothing, and
 *    that recruiter's rows, files and sessions are byte for byte as they were.
 * 3. Body limits: JSON over 1 MB and uploads over 10 MB are 413 on every route that takes a body,
 *    declared or streamed, before the body is read whole.
 */
import { join } from "node:path";
import { assert, assertEquals } from "./helpers/assert.ts";
import { bytesOf, CLASSIC_TEXT, classicPdf, modernDocx } from "./helpers/cv_fixtures.ts";
import {
  type Answer,
  answerSchema,
  errorAnswerProblems,
  EXTRA_KEYS,
  fc,
  hostileString,
  multipart,
  mutatedJsonBody,
  type Part,
  refusedByJson,
  type RouteInfo,
  routesOf,
  send,
  validValue,
  type ValueContext,
} from "./helpers/fuzz.ts";
import { client } from "./helpers/http.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";
import { createWorkspace, snapshotOf, type Workspace } from "./helpers/workspace.ts";
import type { z } from "zod";
import { contracts } from "../shared/contracts/index.ts";
import { config } from "../shared/config.ts";
import { JSON_BODY_LIMIT_BYTES } from "../shared/http/app.ts";
import { MAX_UPLOAD_BODY_BYTES } from "../shared/cv/limits.ts";

const stack = await startStack({ CV_STORAGE: "local" });
const call = client(stack.url);
const sql = adminSql();
const storageRoot = join(config().localDataDir, "storage", "cvs");
const routes = routesOf(contracts);
const RUN = crypto.randomUUID().slice(0, 8);
const SEED = 20261124;

/** At most this many requests in flight at once. */
const CONCURRENCY = 24;
let inFlight = 0;
const waiting: (() => void)[] = [];
let sent = 0;
const statuses = new Map<number, number>();

async function request(
  path: string,
  init: { method: string; headers?: Record<string, string>; body?: string | Uint8Array },
): Promise<Answer> {
  if (inFlight >= CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
  inFlight++;
  try {
    const answer = await send(`${stack.url}${path}`, init);
    sent++;
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    return answer;
  } finally {
    inFlight--;
    waiting.shift()?.();
  }
}

// Building requests -----------------------------------------------------------------------------

interface FuzzRequest {
  route: RouteInfo;
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** Shown by fast-check for a counterexample, instead of the route's whole contract. */
function printable(r: FuzzRequest): FuzzRequest {
  return Object.assign(r, { [fc.toStringMethod]: () => describe(r) });
}

function describe(r: FuzzRequest): string {
  const body = typeof r.body === "string"
    ? JSON.stringify(r.body.slice(0, 300)) + (r.body.length > 300 ? `... (${r.body.length})` : "")
    : r.body
    ? `${r.body.length} bytes`
    : "none";
  return `${r.route.id} [${r.kind}] ${r.method} ${r.path.slice(0, 200)} ${
    JSON.stringify(r.headers["Content-Type"] ?? null)
  } body ${body}`;
}

/**
 * The route's path with `{id}` filled in; a second path parameter (a request's id under its
 * interview) gets an id no one has.
 */
function pathOf(route: RouteInfo, id?: string, query?: string): string {
  const inner = route.path === "/"
    ? ""
    : route.path.replace("{id}", id ?? "").replaceAll(/\{\w+\}/g, () => crypto.randomUUID());
  return `/${route.fn}${inner}${query ? `?${query}` : ""}`;
}

function queryString(value: unknown): string {
  const search = new URLSearchParams();
  for (const [key, item] of Object.entries((value ?? {}) as Record<string, unknown>)) {
    if (item !== undefined) search.append(key, String(item));
  }
  return search.toString();
}

function credentialHeaders(route: RouteInfo, t: Workspace): Record<string, string> {
  // Logging out ends its session: never the one every other request uses.
  if (route.id === "auth.logout") return { Authorization: `Bearer ${t.spareToken}` };
  if (route.credential === "recruiter") return { Authorization: `Bearer ${t.token}` };
  if (route.credential === "candidate") return { Authorization: `Bearer ${t.candidateToken}` };
  return {};
}

const randomUuid = fc.uuid();

/** Values drawn from the tenant's real rows, half the time, for the fields that name them. */
function valueContext(t: Workspace, emailDomain: string): ValueContext {
  const mixed = (...ids: string[]) => fc.oneof(randomUuid, fc.constantFrom(...ids.filter(Boolean)));
  return {
    emailDomain,
    field(name) {
      switch (name) {
        case "candidate_id":
          return mixed(t.candidateId);
        case "job_description_id":
          return mixed(t.jobId);
        case "interview_id":
          return mixed(t.finishedInterviewId, t.interviewId);
        case "question_id":
          return mixed(t.openQuestionId, t.answeredQuestionId);
        case "code":
          return fc.oneof(hostileString(16, 200), fc.constant(t.ticketCode));
        default:
          return undefined;
      }
    },
  };
}

/**
 * The ids a route's `{id}` takes in valid-shaped requests. Routes that change something get
 * random ids only (a 404), so that every row written is one a 201 answer reports; reads get
 * the tenant's real ids too; the candidate's routes get its own interview.
 */
function idPool(route: RouteInfo, t: Workspace): fc.Arbitrary<string> {
  if (route.credential === "candidate") return fc.oneof(fc.constant(t.interviewId), randomUuid);
  if (route.method !== "GET") return randomUuid;
  const real: Record<string, string | null> = {
    jobs: t.jobId,
    candidates: t.candidateId,
    cvs: t.cvId,
    tickets: t.ticketId,
    interviews: t.finishedInterviewId,
    reports: t.reportId,
  };
  const id = real[route.fn];
  return id ? fc.oneof(fc.constant(id), randomUuid) : randomUuid;
}

/** A CV upload with a hostile file name and a file of some accepted kind. */
function validUpload(t: Workspace): fc.Arbitrary<{ kind: string; parts: Part[] }> {
  const docx = modernDocx();
  const pdf = classicPdf();
  const text = fc.array(hostileString(0, 60), { minLength: 1, maxLength: 20 }).map((lines) =>
    // The generator's control characters would make it binary, not text: 415.
    // deno-lint-ignore no-control-regex
    bytesOf(`${lines.join("\n").replace(/[\x00-\x08\x0e-\x1f\x7f]/g, " ")}\n${CLASSIC_TEXT}`)
  );
  const file = fc.oneof(
    { weight: 4, arbitrary: text },
    { weight: 1, arbitrary: fc.constant(docx) },
    { weight: 1, arbitrary: fc.constant(pdf) },
  );
  return fc.record({
    candidate: fc.oneof(fc.constant(t.candidateId), randomUuid),
    name: hostileString(1, 300),
    type: fc.constantFrom(
      "",
      "text/plain",
      "application/pdf",
      "image/png",
      "application/x-msdownload",
    ),
    file,
  }).map(({ candidate, name, type, file }) => ({
    kind: "valid upload",
    parts: [
      { name: "candidate_id", value: candidate },
      { name: "file", filename: name, type: type || "application/octet-stream", bytes: file },
    ],
  }));
}

function validRequest(
  route: RouteInfo,
  t: Workspace,
  context: ValueContext,
): fc.Arbitrary<FuzzRequest> {
  const params = route.params ? idPool(route, t) : fc.constant(undefined);
  const query = route.query ? validValue(route.query, context) : fc.constant(undefined);
  const body: fc.Arbitrary<{ text?: string | Uint8Array; type?: string; kind: string }> =
    route.body?.kind === "json"
      ? validValue(route.body.schema, context).map((value) => ({
        text: JSON.stringify(value),
        type: "application/json",
        kind: "valid",
      }))
      : route.body?.kind === "multipart"
      ? validUpload(t).map(({ kind, parts }) => ({
        text: multipart(parts, `fuzz${RUN}`),
        type: `multipart/form-data; boundary=fuzz${RUN}`,
        kind,
      }))
      : fc.constant({ kind: "valid" });
  return fc.tuple(params, query, body).map(([id, q, b]) => ({
    route,
    kind: b.kind,
    method: route.method,
    path: pathOf(route, id, q ? queryString(q) : undefined),
    headers: { ...credentialHeaders(route, t), ...(b.type ? { "Content-Type": b.type } : {}) },
    body: b.text,
  }));
}

// Broken requests -------------------------------------------------------------------------------

/** The id a route's `{id}` takes in broken requests: the tenant's real row (or interview). */
function realId(route: RouteInfo, t: Workspace): string {
  if (route.credential === "candidate") return t.interviewId;
  const real: Record<string, string | null> = {
    jobs: t.jobId,
    candidates: t.candidateId,
    cvs: t.cvId,
    tickets: t.ticketId,
    interviews: t.interviewId,
    reports: t.reportId,
  };
  const id = real[route.fn];
  if (!id) throw new Error(`no real row for ${route.id}'s {id}: add one to the fixture`);
  return id;
}

const JSON_TYPES_REFUSED = [
  "text/plain",
  "text/html",
  "application/xml",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/octet-stream",
  "application/jsonp",
  "application/json, text/plain",
  "image/png",
  "",
];

function brokenJson(
  route: RouteInfo,
  t: Workspace,
  context: ValueContext,
): fc.Arbitrary<FuzzRequest> {
  const schema = route.body!.schema;
  const id = route.params ? realId(route, t) : undefined;
  const base = {
    route,
    method: route.method,
    path: pathOf(route, id),
  };
  const valid = validValue(schema, context) as fc.Arbitrary<Record<string, unknown>>;
  const mutated = valid.chain((value) => mutatedJsonBody(value))
    .filter((m) => refusedByJson(m.text, schema))
    .map((m) => ({
      ...base,
      kind: m.kind,
      headers: { ...credentialHeaders(route, t), "Content-Type": "application/json" },
      body: m.text,
    }));
  const wrongType = fc.tuple(valid, fc.constantFrom(...JSON_TYPES_REFUSED)).map((
    [value, type],
  ) => ({
    ...base,
    kind: `content type ${JSON.stringify(type)}`,
    headers: { ...credentialHeaders(route, t), ...(type ? { "Content-Type": type } : {}) },
    body: JSON.stringify(value),
  }));
  return fc.oneof({ weight: 5, arbitrary: mutated }, { weight: 1, arbitrary: wrongType });
}

function brokenUpload(t: Workspace): fc.Arbitrary<FuzzRequest> {
  const route = routes.find((r) => r.id === "cvs.upload")!;
  const boundary = `fuzz${RUN}`;
  const good = (): Part[] => [
    { name: "candidate_id", value: t.candidateId },
    { name: "file", filename: "cv.txt", type: "text/plain", bytes: bytesOf(CLASSIC_TEXT) },
  ];
  const req = (kind: string, body: Uint8Array | string, type: string | null): FuzzRequest => ({
    route,
    kind,
    method: "POST",
    path: "/cvs",
    headers: { ...credentialHeaders(route, t), ...(type === null ? {} : { "Content-Type": type }) },
    body,
  });
  const form = `multipart/form-data; boundary=${boundary}`;
  const whole = multipart(good(), boundary);
  return fc.oneof(
    // Cut short anywhere before its closing boundary.
    fc.integer({ min: 0, max: whole.length - `--${boundary}--\r\n`.length - 1 }).map((cut) =>
      req("truncated multipart", whole.slice(0, cut), form)
    ),
    fc.constantFrom("candidate_id", "file").map((name) =>
      req(`no ${name}`, multipart(good().filter((p) => p.name !== name), boundary), form)
    ),
    // (Not a part named "": the platform's form parser drops it before any code sees it.)
    fc.tuple(fc.constantFrom(...EXTRA_KEYS.filter(Boolean)), hostileString(0, 40)).map((
      [name, value],
    ) =>
      req(
        `extra part ${JSON.stringify(name.slice(0, 12))}`,
        multipart([...good(), { name, value }], boundary),
        form,
      )
    ),
    hostileString(0, 80).filter((id) => !/^[0-9a-f-]{36}$/i.test(id)).map((id) =>
      req(
        "bad candidate_id",
        multipart([{ name: "candidate_id", value: id }, good()[1]], boundary),
        form,
      )
    ),
    hostileString(0, 80).map((text) =>
      req(
        "file as a text field",
        multipart([good()[0], { name: "file", value: text }], boundary),
        form,
      )
    ),
    fc.constant(req(
      "empty file",
      multipart([good()[0], {
        name: "file",
        filename: "cv.txt",
        type: "text/plain",
        bytes: new Uint8Array(),
      }], boundary),
      form,
    )),
    fc.uint8Array({ minLength: 1, maxLength: 4096 }).map((bytes) => {
      const binary = new Uint8Array([0, 0xff, 0xfe, 1, ...bytes]);
      return req(
        "binary file",
        multipart([good()[0], {
          name: "file",
          filename: "cv.pdf",
          type: "application/pdf",
          bytes: binary,
        }], boundary),
        form,
      );
    }),
    fc.constantFrom(
      "multipart/form-data",
      "multipart/form-data; boundary=other",
      "multipart/form-data; boundary=",
      "multipart/mixed; boundary=" + boundary,
      "application/json",
      "text/plain",
    ).map((type) => req(`content type ${JSON.stringify(type)}`, whole, type)),
    fc.constant(req("no content type", whole, null)),
    fc.constant(
      req(
        "json body",
        JSON.stringify({ candidate_id: t.candidateId, file: "x" }),
        "application/json",
      ),
    ),
    fc.string({ maxLength: 500, unit: "binary" }).map((text) => req("random body", text, form)),
    fc.constant(
      req(
        "urlencoded",
        `candidate_id=${t.candidateId}&file=cv.txt`,
        "application/x-www-form-urlencoded",
      ),
    ),
  );
}

/** Query strings that break the query schema: each is refused whatever the rest says. */
function brokenQuery(
  route: RouteInfo,
  t: Workspace,
  context: ValueContext,
): fc.Arbitrary<FuzzRequest> {
  const shape = (route.query as unknown as { shape: Record<string, unknown> }).shape;
  const keys = Object.keys(shape);
  const bad: [string, fc.Arbitrary<string>][] = [
    [
      "page",
      fc.constantFrom(
        "0",
        "-1",
        "abc",
        "1.5",
        "1e400",
        "10001",
        "",
        " ",
        "0x10",
        "Infinity",
        "1,2",
        "%00",
      ),
    ],
    ["page_size", fc.constantFrom("0", "101", "-5", "many", "1e3", "NaN", "[]", "%27")],
    [
      "q",
      fc.oneof(
        fc.integer({ min: 201, max: 6000 }).map((n) => "a".repeat(n)),
        fc.constantFrom("%00", "a%00b"),
      ),
    ],
    ["status", hostileString(0, 30).map(encodePart)],
    ["candidate_id", hostileString(0, 60).map(encodePart)],
    ["job_description_id", hostileString(0, 60).map(encodePart)],
    [
      "interview_id",
      fc.constantFrom("not-a-uuid", "%27%20or%201%3D1", "00000000-0000-0000-0000-00000000000g"),
    ],
  ];
  const applicable = bad.filter(([key]) => keys.includes(key));
  const valid = validValue(route.query!, context);
  const mutation = fc.oneof(
    fc.constantFrom(...applicable).chain(([key, values]) =>
      values.map((value) => ({ kind: `bad ${key}`, extra: `${key}=${value}`, drop: key }))
    ),
    fc.constantFrom(...EXTRA_KEYS.filter(Boolean)).map((key) => ({
      kind: `unknown key ${JSON.stringify(key.slice(0, 12))}`,
      extra: `${encodePart(key)}=1`,
      drop: "",
    })),
    fc.constantFrom("page", "page_size").map((key) => ({
      kind: `repeated ${key}`,
      extra: `${key}=1&${key}=2`,
      drop: key,
    })),
  );
  return fc.tuple(valid, mutation).map(([value, m]) => {
    const rest = Object.fromEntries(
      Object.entries(value as Record<string, unknown>).filter(([key]) => key !== m.drop),
    );
    return { kind: m.kind, query: [queryString(rest), m.extra].filter(Boolean).join("&") };
  }).filter(({ query }) => refusedByQuery(query, route.query!)).map(({ kind, query }) => ({
    route,
    kind,
    method: route.method,
    path: pathOf(route, undefined, query),
    headers: credentialHeaders(route, t),
  }));
}

/**
 * Whether the server must refuse this query string: Zod decides, on the object Hono's
 * validator builds (a repeated key becomes an array). `page=0x10` is page 16, for one.
 */
function refusedByQuery(query: string, schema: z.ZodType): boolean {
  const params = new URLSearchParams(query);
  const object: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    object[key] = all.length === 1 ? all[0] : all;
  }
  return !schema.safeParse(object).success;
}

/** Path ids that are no uuid (never ones a URL would fold into another route, like ".."). */
function brokenId(route: RouteInfo, t: Workspace): fc.Arbitrary<FuzzRequest> {
  const ids = fc.oneof(
    hostileString(1, 80).map(encodePart),
    fc.constantFrom(
      "not-a-uuid",
      "%27%20or%20%271%27%3D%271",
      "1%3B%20drop%20table%20users",
      "..%2F..%2F..%2Fetc%2Fpasswd",
      "%2e%2e%2f%2e%2e%2fsecret",
      "%00",
      "%252e%252e%252f",
      "00000000-0000-0000-0000-00000000000",
      "00000000-0000-0000-0000-0000000000000",
      "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
      `${crypto.randomUUID()}%00`,
      `${crypto.randomUUID()}'`,
      "x".repeat(4000),
      "%F0%9F%92%A9",
      "%C0%AE%C0%AE",
      "%E0%A4",
    ),
  ).filter((id) =>
    !/^(\.|%2e)*$/i.test(id) &&
    !/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(decodeURIComponentSafe(id))
  );
  const body = route.body?.kind === "json" ? "{}" : undefined;
  return ids.map((id) => ({
    route,
    kind: "bad id",
    method: route.method,
    path: pathOf(route, id),
    headers: {
      ...credentialHeaders(route, t),
      ...(body ? { "Content-Type": "application/json" } : {}),
    },
    body,
  }));
}

/** encodeURIComponent for any string, lone surrogates too (as TextEncoder writes them). */
function encodePart(text: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) => {
    const char = String.fromCharCode(byte);
    return /[A-Za-z0-9_.!~*'()-]/.test(char)
      ? char
      : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }).join("");
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A valid request sent with no credential, a forged one, or the other side's. */
function brokenCredential(
  route: RouteInfo,
  t: Workspace,
  context: ValueContext,
): fc.Arbitrary<FuzzRequest> {
  const b64 = (value: unknown) =>
    btoa(JSON.stringify(value)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
  const [header, payload] = t.token.split(".");
  const forged = [
    null,
    "",
    "Bearer",
    "Bearer ",
    "Basic dXNlcjpwYXNz",
    `Bearer ${b64({ alg: "none", typ: "JWT" })}.${payload}.`,
    `Bearer ${header}.${payload}.${"A".repeat(43)}`,
    `Bearer ${t.token}x`,
    `Bearer ${"a".repeat(5000)}`,
    `bearer ${t.token} ${t.token}`,
    `Bearer ${route.credential === "candidate" ? t.token : t.candidateToken}`,
  ];
  return fc.tuple(validRequest(route, t, context), fc.constantFrom(...forged)).map((
    [r, authorization],
  ) => {
    const headers = { ...r.headers };
    delete headers.Authorization;
    if (authorization !== null) headers.Authorization = authorization;
    // A write aimed at the tenant's real row, so a forged credential that passed would show.
    const id = route.params ? realId(route, t) : undefined;
    const query = r.path.includes("?") ? r.path.slice(r.path.indexOf("?") + 1) : undefined;
    return { ...r, kind: "bad credential", path: pathOf(route, id, query), headers };
  });
}

/** Methods no route of the function serves at that path. */
function wrongMethod(route: RouteInfo, t: Workspace): fc.Arbitrary<FuzzRequest> | undefined {
  const served = new Set(
    routes.filter((r) => r.fn === route.fn && r.path === route.path).map((r) => r.method),
  );
  const others = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => !served.has(m));
  if (!others.length) return undefined;
  const id = route.params ? realId(route, t) : undefined;
  return fc.constantFrom(...others).map((method) => ({
    route,
    kind: "wrong method",
    method,
    path: pathOf(route, id),
    headers: { ...credentialHeaders(route, t), "Content-Type": "application/json" },
    body: method === "GET" ? undefined : "{}",
  }));
}

// Checking answers ------------------------------------------------------------------------------

function seedOf(label: string): number {
  let hash = SEED;
  for (const char of label) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return hash;
}

async function property(
  label: string,
  arbitrary: fc.Arbitrary<FuzzRequest>,
  numRuns: number,
  check: (r: FuzzRequest, answer: Answer) => void,
) {
  await fc.assert(
    fc.asyncProperty(arbitrary.map(printable), async (r) => {
      const answer = await request(r.path, { method: r.method, headers: r.headers, body: r.body });
      try {
        check(r, answer);
      } catch (error) {
        throw new Error(
          `${(error as Error).message}\n  request: ${describe(r)}\n  answer: ${answer.status} ${
            answer.text.slice(0, 400)
          }`,
        );
      }
    }),
    { seed: seedOf(label), numRuns, endOnFailure: true },
  );
}

function checkRefused(r: FuzzRequest, answer: Answer) {
  assert(answer.status >= 400 && answer.status < 500, `expected a 4xx, got ${answer.status}`);
  const problems = errorAnswerProblems(answer);
  assert(problems.length === 0, problems.join("; "));
  // A request that reached its route is answered only as the contract says.
  if (answer.status !== 404 && answer.status !== 401) {
    assert(
      r.route.statuses.includes(answer.status),
      `${answer.status} is not documented for ${r.route.id}`,
    );
  }
}

const created = new Map<string, number>();
/** Phase 1's answers by route: each route must have been reached, not stopped at the door. */
const validAnswers = new Map<string, Map<string, number>>();

function checkValid(r: FuzzRequest, answer: Answer) {
  const tally = validAnswers.get(r.route.id) ?? new Map<string, number>();
  const outcome = `${answer.status} ${answer.json?.error?.code ?? ""}`.trim();
  tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
  validAnswers.set(r.route.id, tally);
  assert(answer.status !== 0, "no answer: the connection failed");
  assert(answer.status < 500, `a valid-shaped request got ${answer.status}`);
  assert(
    r.route.statuses.includes(answer.status),
    `${answer.status} is not documented for ${r.route.id}`,
  );
  assertEquals(answer.headers.get("x-content-type-options"), "nosniff");
  if (answer.status >= 400) {
    const problems = errorAnswerProblems(answer);
    assert(problems.length === 0, problems.join("; "));
    return;
  }
  if (answer.status === 201) created.set(r.route.id, (created.get(r.route.id) ?? 0) + 1);
  const schema = answerSchema(r.route, answer.status);
  if (schema) {
    const parsed = schema.safeParse(answer.json);
    assert(
      parsed.success,
      `the answer does not match the documented schema: ${
        parsed.success ? "" : JSON.stringify(parsed.error.issues.slice(0, 3))
      }`,
    );
  }
}

// The tests -------------------------------------------------------------------------------------

/** Runs under this many valid-shaped requests per route (bcrypt and parsing are slow). */
const VALID_RUNS: Record<string, number> = {
  "auth.register": 12,
  "auth.login": 12,
  "cvs.upload": 30,
};

test("fuzz: valid-shaped requests for every route: no 5xx, documented answers, exact writes", async () => {
  const t = await createWorkspace(call);
  const domain = `fuzz-a-${RUN}.example.com`;
  const context = valueContext(t, domain);
  const before = await counts(t.userId, domain);
  const runs = routes.map((route) =>
    property(
      `valid ${route.id}`,
      validRequest(route, t, context),
      VALID_RUNS[route.id] ?? 45,
      checkValid,
    )
  );
  await Promise.all(runs);

  // Every row written is one a 201 answer reported; a refused request wrote nothing.
  const after = await counts(t.userId, domain);
  const made = (id: string) => created.get(id) ?? 0;
  const expected = {
    job_descriptions: before.job_descriptions + made("jobs.create"),
    candidates: before.candidates + made("candidates.create"),
    cvs: before.cvs + made("cvs.upload"),
    interview_tickets: before.interview_tickets + made("tickets.create"),
    interviews: before.interviews + made("interviews.redeem"),
    interview_responses: before.interview_responses + made("interviews.respond"),
    interview_reports: before.interview_reports + made("reports.generate"),
    registered: before.registered + made("auth.register"),
    files: before.files + made("cvs.upload"),
  };
  assertEquals(after, expected);
  for (const route of routes) {
    const tally = validAnswers.get(route.id);
    const door =
      /^(401 (UNAUTHORIZED|INVALID_TOKEN|TOKEN_EXPIRED|SESSION_REVOKED)|422 VALIDATION_ERROR)$/;
    const reached = [...(tally ?? [])].filter(([outcome]) => !door.test(outcome));
    assert(reached.length > 0, `${route.id}: no request got past auth and validation`);
  }
  for (
    const id of [
      "auth.register",
      "jobs.create",
      "candidates.create",
      "cvs.upload",
      "tickets.create",
    ]
  ) {
    assert(made(id) > 0, `no valid-shaped ${id} succeeded: ${JSON.stringify([...created])}`);
  }
});

async function counts(userId: string, domain: string) {
  const state = await snapshotOf(sql, userId, { storageRoot, emailDomain: domain });
  return {
    job_descriptions: state.job_descriptions.n,
    candidates: state.candidates.n,
    cvs: state.cvs.n,
    interview_tickets: state.interview_tickets.n,
    interviews: state.interviews.n,
    interview_responses: state.interview_responses.n,
    interview_reports: state.interview_reports.n,
    registered: state.strangers.n,
    files: state.files.length,
  };
}

test("fuzz: broken requests for every route are 4xx in the envelope, and change nothing", async () => {
  const t = await createWorkspace(call, { report: true });
  const domain = `fuzz-b-${RUN}.example.com`;
  const context = valueContext(t, domain);
  const before = await snapshotOf(sql, t.userId, { storageRoot, emailDomain: domain });
  const families: [string, fc.Arbitrary<FuzzRequest>, number][] = [];
  for (const route of routes) {
    if (route.body?.kind === "json") {
      families.push([`json ${route.id}`, brokenJson(route, t, context), 140]);
    }
    if (route.body?.kind === "multipart") {
      families.push([`upload ${route.id}`, brokenUpload(t), 150]);
    }
    if (route.query) families.push([`query ${route.id}`, brokenQuery(route, t, context), 60]);
    if (route.params) families.push([`id ${route.id}`, brokenId(route, t), 50]);
    if (route.credential !== "none") {
      families.push([`credential ${route.id}`, brokenCredential(route, t, context), 12]);
    }
    const method = wrongMethod(route, t);
    if (method) families.push([`method ${route.id}`, method, 4]);
  }
  await Promise.all(
    families.map(([label, arbitrary, runs]) => property(label, arbitrary, runs, checkRefused)),
  );

  assertEquals(
    await snapshotOf(sql, t.userId, { storageRoot, emailDomain: domain }),
    before,
    "a refused request changed something",
  );
  // Every route was broken in more than one way.
  for (const route of routes) {
    assert(families.filter(([label]) => label.endsWith(` ${route.id}`)).length >= 1, route.id);
  }
});

test("fuzz: paths no route serves answer 404 in the envelope", async () => {
  const names = [...new Set(routes.map((r) => r.fn)), "docs", "nope", "..", "%2e%2e", "auth%00"];
  await property(
    "paths",
    fc.tuple(
      fc.constantFrom(...names),
      hostileString(1, 60),
      fc.constantFrom("GET", "POST", "DELETE"),
    )
      .filter(([, segment]) => !/^(\.|%2e)*$/i.test(segment))
      .map(([fn, segment, method]) => ({
        route: routes[0],
        kind: "unknown path",
        method,
        path: `/${fn}/${encodePart(segment)}/${encodePart(segment)}/x`,
        headers: {},
      })),
    150,
    (_r, answer) => {
      // Unknown under a function whose every route needs a recruiter: 401 before 404.
      assert(answer.status === 404 || answer.status === 401, String(answer.status));
      const problems = errorAnswerProblems(answer);
      assert(problems.length === 0, problems.join("; "));
    },
  );
});

test("fuzz: JSON over 1 MB is 413 on every JSON route, declared or streamed, before it is read", async () => {
  const t = await createWorkspace(call, { report: true });
  const jsonRoutes = routes.filter((r) => r.body?.kind === "json");
  assert(jsonRoutes.length >= 8);
  for (const route of jsonRoutes) {
    const path = pathOf(route, route.params ? realId(route, t) : undefined);
    const headers = { ...credentialHeaders(route, t), "Content-Type": "application/json" };
    const big = JSON.stringify({ x: "a".repeat(JSON_BODY_LIMIT_BYTES) });
    const declared = await request(path, { method: route.method, headers, body: big });
    assertEquals(declared.status, 413, `${route.id} declared`);
    assertEquals(declared.json.error.code, "PAYLOAD_TOO_LARGE");
    // Just under the limit is read (and refused for what it says, not for its size).
    const under = JSON.stringify({ x: "a".repeat(JSON_BODY_LIMIT_BYTES - 100) });
    const small = await request(path, { method: route.method, headers, body: under });
    assert(
      small.status !== 413 && small.status < 500,
      `${route.id} under the limit: ${small.status}`,
    );
    // Streamed without a length: cut off once past the limit, never read to its end.
    let pulled = 0;
    const chunk = new TextEncoder().encode("a".repeat(64 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled === 0) controller.enqueue(new TextEncoder().encode('{"x":"'));
        if (pulled > 64 * 1024 * 1024) return controller.close();
        pulled += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await fetch(`${stack.url}${path}`, {
      method: route.method,
      headers,
      body: stream,
    });
    assertEquals(response.status, 413, `${route.id} streamed`);
    assertEquals((await response.json()).error.code, "PAYLOAD_TOO_LARGE");
    assert(pulled < 16 * 1024 * 1024, `${route.id} read ${pulled} bytes of a stream it refused`);
  }
  // Uploads: 10 MB and more is 413, declared or streamed.
  const upload = routes.find((r) => r.id === "cvs.upload")!;
  const boundary = "limit";
  const huge = multipart([
    { name: "candidate_id", value: t.candidateId },
    {
      name: "file",
      filename: "cv.txt",
      type: "text/plain",
      bytes: new Uint8Array(MAX_UPLOAD_BODY_BYTES).fill(97),
    },
  ], boundary);
  const answer = await request("/cvs", {
    method: "POST",
    headers: {
      ...credentialHeaders(upload, t),
      "Content-Type": `multipart/form-data; boundary=${boundary}`,
    },
    body: huge,
  });
  assertEquals(answer.status, 413);
  const [{ n }] = await sql`select count(*)::int as n from public.cvs where owner_id = ${t.userId}`;
  assertEquals(n, 1, "only the fixture's CV");
});

test("fuzz: at least 5,000 generated requests, every route in both phases", () => {
  assert(sent >= 5000, `only ${sent} requests were sent`);
  const summary = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`).join(", ");
  console.log(`fuzz: ${sent} requests (${summary})`);
  assert(!statuses.has(500) && !statuses.has(0), summary);
});
