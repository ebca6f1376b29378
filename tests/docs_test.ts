/**
 * The docs function over HTTP: the OpenAPI document is valid OpenAPI 3.1 and lists every route
 * of every function; every live answer matches the schema the document gives for its path,
 * method and status; the page renders the operations in a real browser, offline, under its CSP.
 */
// Test-only tools, pinned here rather than in the import maps, which every function deploys
// with (tests/function_config_test.ts keeps those equal to the root one).
// deno-lint-ignore no-import-prefix
import { validate } from "npm:@readme/openapi-parser@9.0.0";
// deno-lint-ignore no-import-prefix
import { Ajv2020, type ValidateFunction } from "npm:ajv@8.20.0/dist/2020.js";
// deno-lint-ignore no-import-prefix
import addFormatsModule from "npm:ajv-formats@3.0.1";
import { APP_VERSION } from "../shared/config.ts";
import { contracts } from "../shared/contracts/index.ts";
import { documentedPath, LOCAL_SERVER } from "../shared/openapi.ts";
import { functions } from "../local/gateway.ts";
import { assert, assertEquals, assertMatch } from "./helpers/assert.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";
import { type ApiResponse, client, registerRecruiter, uniqueEmail } from "./helpers/http.ts";
import { recruiting, takeInterview } from "./helpers/journey.ts";

const stack = await startStack();
const call = client(stack.url);
const db = adminSql();

const served = await call("/docs/openapi.json");
// deno-lint-ignore no-explicit-any
const document: any = served.body;

// --- 1. The document ---------------------------------------------------------------------

test("openapi.json is a valid OpenAPI 3.1 document", async () => {
  assertEquals(served.status, 200);
  assertMatch(served.headers.get("content-type") ?? "", /^application\/json/);
  const result = await validate(structuredClone(document));
  assert(result.valid, `not valid OpenAPI: ${JSON.stringify(result, null, 2)}`);
  assertEquals(result.specification, "OpenAPI");
  assertEquals(document.openapi, "3.1.0");
  assertEquals(document.info.version, APP_VERSION);
  assertEquals(document.servers[0].url, LOCAL_SERVER);
  assertEquals(document.servers[0].url, "http://localhost:54321/functions/v1");
  assert(
    document.servers.some((s: { url: string }) => s.url.endsWith(".supabase.co/functions/v1")),
    "a hosted server is listed",
  );
  assertEquals(document.components.securitySchemes.bearerAuth, {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description: document.components.securitySchemes.bearerAuth.description,
  });
  // Every security requirement an operation names is a defined scheme.
  const required = new Set<string>();
  for (const item of Object.values(document.paths) as Record<string, { security?: object[] }>[]) {
    for (const operation of Object.values(item)) {
      for (const requirement of operation.security ?? []) {
        Object.keys(requirement).forEach((n) => required.add(n));
      }
    }
  }
  assertEquals([...required].sort(), ["bearerAuth", "interviewCredential"]);
  for (const name of required) {
    assert(name in document.components.securitySchemes, `${name} is defined`);
  }
});

test("the document lists every route of every function, and nothing else", () => {
  const expected = Object.entries(contracts).flatMap(([name, routes]) =>
    Object.values(routes).map((route) =>
      `${route.method.toUpperCase()} ${documentedPath(name, route.path)}`
    )
  ).sort();
  const listed = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.keys(item as object).map((method) => `${method.toUpperCase()} ${path}`)
  ).sort();
  assertEquals(listed, expected);
  // Today's routes, spelled out: health's "/" is /health, not /health/.
  for (
    const route of [
      "POST /auth/register",
      "POST /auth/login",
      "GET /auth/me",
      "POST /auth/logout",
      "POST /auth/refresh",
      "GET /health",
      "GET /health/db",
    ]
  ) assert(listed.includes(route), `${route} is documented`);
  // Every function the gateway serves has its contracts listed (docs is the document itself).
  for (const name of Object.keys(functions).filter((name) => name !== "docs")) {
    assert(name in contracts, `shared/contracts/index.ts lists ${name}'s contracts`);
  }
  // A route that takes a token says so.
  assertEquals(document.paths["/auth/me"].get.security, [{ bearerAuth: [] }]);
  assertEquals(document.paths["/auth/login"].post.security, []);
});

// --- 2. Live answers against the document -------------------------------------------------

// Draft 2020-12, the dialect of OpenAPI 3.1's schemas; the document is added whole so each
// response schema's `#/components/...` references resolve inside it. OpenAPI's own keywords
// (`example`) are not JSON Schema's: strict mode off.
// deno-lint-ignore no-explicit-any
const addFormats = addFormatsModule as unknown as (ajv: any) => void;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(document, "openapi.json");
const validators = new Map<string, ValidateFunction>();

function validatorFor(pointer: string): ValidateFunction {
  let validator = validators.get(pointer);
  if (!validator) {
    validator = ajv.compile({ $ref: `openapi.json#${pointer}` });
    validators.set(pointer, validator);
  }
  return validator;
}

const escapePointer = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

/** Asserts the answer's status is documented for the operation and its body fits the schema. */
function assertDocumented(method: string, path: string, response: ApiResponse) {
  const problem = undocumented(method, path, response);
  assert(!problem, problem);
}

/** What in the answer the document does not promise, if anything. */
function undocumented(method: string, path: string, response: ApiResponse): string | undefined {
  const operation = document.paths[path]?.[method.toLowerCase()];
  if (!operation) return `${method} ${path} is not documented`;
  const status = String(response.status);
  if (!(status in operation.responses)) {
    return `${method} ${path} answered ${status}, which is not documented: ${
      JSON.stringify(response.body)
    }`;
  }
  return schemaMismatch(
    `/paths/${escapePointer(path)}/${method.toLowerCase()}/responses/${status}/content/` +
      `${escapePointer("application/json")}/schema`,
    response,
    `${method} ${path} ${status}`,
  );
}

function schemaMismatch(pointer: string, response: ApiResponse, label: string) {
  const type = response.headers.get("content-type") ?? "";
  if (!type.startsWith("application/json")) return `${label} answered ${type}, not JSON`;
  const validator = validatorFor(pointer);
  if (validator(response.body)) return undefined;
  return `${label} does not match its documented schema: ${JSON.stringify(validator.errors)}\n` +
    JSON.stringify(response.body);
}

test("every documented operation, called bare, answers a documented status and schema", async () => {
  const problems: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of Object.keys(item as object)) {
      // A path parameter (all are ids today) gets an id no one has.
      const url = path.replaceAll(/\{\w+\}/g, () => crypto.randomUUID());
      const response = await call(url, { method: method.toUpperCase() });
      const problem = response.status === 500
        ? `${method} ${path} answered 500: ${JSON.stringify(response.body)}`
        : undocumented(method, path, response);
      if (problem) problems.push(problem);
    }
  }
  assertEquals(problems, []);
});

test("health answers match the document", async () => {
  assertDocumented("GET", "/health", await call("/health"));
  assertDocumented("GET", "/health/db", await call("/health/db"));
});

test("auth answers match the document: register, login, me, refresh, logout", async () => {
  const email = uniqueEmail("docs");
  const password = "correct horse battery staple";
  const registered = await call("/auth/register", {
    json: { email, password, full_name: "Docs Check", company_name: "Acme" },
  });
  assertEquals(registered.status, 201);
  assertDocumented("POST", "/auth/register", registered);

  const login = await call("/auth/login", { json: { email, password } });
  assertEquals(login.status, 200);
  assertDocumented("POST", "/auth/login", login);
  const { access_token, refresh_token } = login.body.data;

  const me = await call("/auth/me", { token: access_token });
  assertEquals(me.status, 200);
  assertDocumented("GET", "/auth/me", me);

  const refreshed = await call("/auth/refresh", { json: { refresh_token } });
  assertEquals(refreshed.status, 200);
  assertDocumented("POST", "/auth/refresh", refreshed);

  const logout = await call("/auth/logout", {
    method: "POST",
    token: refreshed.body.data.access_token,
  });
  assertEquals(logout.status, 200);
  assertDocumented("POST", "/auth/logout", logout);
});

test("accountability answers match the document: notice, trail, versions, review, re-score, decision, requests, self-identification, impact, export, erasure", async () => {
  const r = await recruiting(call, { questionCount: 1 });
  const answers: [string, string, ApiResponse][] = [];
  const taken = await takeInterview(call, r);
  // A redemption of its own, to check the notice's shape.
  const ticket = await call("/tickets", {
    token: r.token,
    json: { candidate_id: taken.candidateId, job_description_id: r.jobId },
  });
  answers.push([
    "POST",
    "/interviews/redeem",
    await call("/interviews/redeem", { json: { code: ticket.body.data.code } }),
  ]);
  const id = taken.interviewId;
  const report = taken.reportId!;
  answers.push(
    ["GET", "/interviews/{id}/audit", await call(`/interviews/${id}/audit`, { token: r.token })],
    [
      "POST",
      "/reports/{id}/review",
      await call(`/reports/${report}/review`, {
        token: r.token,
        json: { overall_score: { value: 77, reason: "A person's view." } },
      }),
    ],
    [
      "POST",
      "/reports/{id}/rescore",
      await call(`/reports/${report}/rescore`, { method: "POST", token: r.token }),
    ],
    [
      "GET",
      "/reports/{id}/versions",
      await call(`/reports/${report}/versions`, { token: r.token }),
    ],
    ["GET", "/reports/{id}", await call(`/reports/${report}`, { token: r.token })],
    [
      "POST",
      "/interviews/{id}/decision",
      await call(`/interviews/${id}/decision`, {
        token: r.token,
        json: { decision: "advance", reason: "Strong answers.", candidate_status: "offered" },
      }),
    ],
    [
      "POST",
      "/interviews/{id}/decision",
      await call(`/interviews/${id}/decision`, {
        token: r.token,
        json: { decision: "hold", reason: "Stale.", report_version: 1 },
      }),
    ],
    ["GET", "/interviews/{id}", await call(`/interviews/${id}`, { token: r.token })],
    [
      "PATCH",
      "/candidates/{id}",
      await call(`/candidates/${taken.candidateId}`, {
        method: "PATCH",
        token: r.token,
        json: { status: "screening" },
      }),
    ],
  );
  const opened = await call(`/interviews/${id}/requests`, {
    token: taken.candidateToken,
    json: { kind: "explanation", message: "Why?" },
  });
  answers.push(
    ["POST", "/interviews/{id}/requests", opened],
    [
      "POST",
      "/interviews/{id}/requests/{requestId}/answer",
      await call(`/interviews/${id}/requests/${opened.body.data.id}/answer`, {
        token: r.token,
        json: { message: "Here is how." },
      }),
    ],
    [
      "GET",
      "/interviews/{id}/requests",
      await call(`/interviews/${id}/requests`, { token: taken.candidateToken }),
    ],
  );
  const selfId = `/interviews/${id}/self-identification`;
  answers.push(
    [
      "GET",
      "/interviews/{id}/self-identification",
      await call(selfId, { token: taken.candidateToken }),
    ],
    [
      "PUT",
      "/interviews/{id}/self-identification",
      await call(selfId, {
        method: "PUT",
        token: taken.candidateToken,
        json: { sex: "decline", race_ethnicity: "asian" },
      }),
    ],
    [
      "GET",
      "/interviews/{id}/self-identification",
      await call(selfId, { token: taken.candidateToken }),
    ],
    [
      "GET",
      "/reports/impact",
      await call(`/reports/impact?job_description_id=${r.jobId}`, { token: r.token }),
    ],
  );
  const expected = [
    201,
    200,
    201,
    201,
    200,
    200,
    201,
    409,
    200,
    409,
    201,
    200,
    200,
    200,
    200,
    200,
    409,
  ];
  assertEquals(answers.map(([, , response]) => response.status), expected);
  for (const [method, path, response] of answers) assertDocumented(method, path, response);
});

test("error answers match the document: 400, 401, 404, 409, 413, 415, 422", async () => {
  const recruiter = await registerRecruiter(call);
  const answers: [string, string, ApiResponse, number][] = [
    ["POST", "/auth/register", await call("/auth/register", { json: { email: "nope" } }), 422],
    [
      "POST",
      "/auth/register",
      await call("/auth/register", {
        json: { email: recruiter.email, password: "password123", full_name: "Twice" },
      }),
      409,
    ],
    [
      "POST",
      "/auth/login",
      await call("/auth/login", {
        body: "{not json",
        headers: { "Content-Type": "application/json" },
      }),
      400,
    ],
    [
      "POST",
      "/auth/login",
      await call("/auth/login", {
        body: "email=a",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      }),
      415,
    ],
    [
      "POST",
      "/auth/register",
      await call("/auth/register", { json: { full_name: "x".repeat(2 * 1024 * 1024) } }),
      413,
    ],
    [
      "POST",
      "/auth/login",
      await call("/auth/login", { json: { email: recruiter.email, password: "wrong-password" } }),
      401,
    ],
    ["GET", "/auth/me", await call("/auth/me", { token: "not.a.token" }), 401],
    [
      "POST",
      "/auth/refresh",
      await call("/auth/refresh", { json: { refresh_token: "unknown" } }),
      401,
    ],
  ];
  // A signed-in recruiter whose profile row is gone: 404 PROFILE_NOT_FOUND.
  await db`delete from public.users where id = ${recruiter.user.id}`;
  answers.push(["GET", "/auth/me", await call("/auth/me", { token: recruiter.access_token }), 404]);

  for (const [method, path, response, status] of answers) {
    assertEquals(response.status, status, `${method} ${path}: ${JSON.stringify(response.body)}`);
    assertDocumented(method, path, response);
  }
});

test("answers outside any documented route are the documented error envelope", async () => {
  for (const path of ["/health/nope", "/auth/nope", "/nope", "/docs/assets/nope.js"]) {
    const response = await call(path);
    assertEquals(response.status, 404, path);
    const problem = schemaMismatch("/components/schemas/ErrorEnvelope", response, `GET ${path}`);
    assert(!problem, problem);
  }
});

// --- 3. The page ---------------------------------------------------------------------------

test("the page is served with its assets, from this function only, under a strict CSP", async () => {
  const page = await fetch(`${stack.url}/docs`);
  const html = await page.text();
  assertEquals(page.status, 200);
  assertMatch(page.headers.get("content-type") ?? "", /^text\/html/);
  const csp = page.headers.get("content-security-policy") ?? "";
  assertMatch(csp, /default-src 'none'/);
  assertMatch(csp, /script-src 'self'(;|$)/);
  assertMatch(csp, /frame-ancestors 'none'/);
  // Every script and stylesheet is relative to the page: no CDN, nothing inline.
  const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
  assert(urls.length >= 3, html);
  for (const url of urls) assertMatch(url, /^docs\/assets\/[\w.-]+$/, `${url} is local`);
  assert(!/<script>/.test(html), "no inline script");

  for (const url of urls) {
    const asset = await fetch(new URL(url, `${stack.url}/docs`));
    const body = await asset.text();
    assertEquals(asset.status, 200, url);
    assertMatch(asset.headers.get("content-type") ?? "", /^text\/(css|javascript)/, url);
    assertMatch(asset.headers.get("cache-control") ?? "", /^public, max-age=\d+$/, url);
    assert(body.length > 0, url);
  }

  // `/docs/` would resolve those relative URLs a level too deep: it redirects to `/docs`.
  const slash = await fetch(`${stack.url}/docs/`, { redirect: "manual" });
  await slash.body?.cancel();
  assertEquals(slash.status, 301);
  assertEquals(
    new URL(slash.headers.get("location")!, `${stack.url}/docs/`).href,
    `${stack.url}/docs`,
  );
});

const CHROMIUM = Deno.env.get("CHROMIUM_PATH") ?? "/usr/bin/chromium";
const hasChromium = await Deno.stat(CHROMIUM).then(() => true, () => false);

/** Loads a page in headless Chromium; answers the DOM once scripts settled, and the console. */
async function renderInChromium(url: string) {
  const profile = await Deno.makeTempDir({ prefix: "docs-chromium-" });
  try {
    const output = await new Deno.Command(CHROMIUM, {
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        `--user-data-dir=${profile}`,
        "--virtual-time-budget=10000",
        // The page's console (CSP violations included) goes to stderr.
        "--enable-logging=stderr",
        "--log-level=0",
        "--dump-dom",
        url,
      ],
      stdout: "piped",
      stderr: "piped",
      signal: AbortSignal.timeout(60_000),
    }).output();
    const dom = new TextDecoder().decode(output.stdout);
    const log = new TextDecoder().decode(output.stderr);
    assert(output.success, `chromium failed:\n${log}`);
    return { dom, console: log.split("\n").filter((line) => line.includes(":CONSOLE")) };
  } finally {
    await Deno.remove(profile, { recursive: true });
  }
}

if (hasChromium) {
  test("in a real browser the page lists every operation, with no CSP violation", async () => {
    const { dom, console: messages } = await renderInChromium(`${stack.url}/docs`);
    for (const path of Object.keys(document.paths)) {
      assert(dom.includes(`data-path="${path}"`), `the page lists ${path}`);
    }
    assert(dom.includes("Interview platform API"), "the page shows the document's title");
    const violations = messages.filter((line) => /Content Security Policy|Refused to/i.test(line));
    assertEquals(violations, [], "no CSP violation");
    const errors = messages.filter((line) => /error/i.test(line));
    assertEquals(errors, [], "no console error");
  });

  test("in a real browser an operation opened by deep link shows its body schema", async () => {
    const { dom, console: messages } = await renderInChromium(
      `${stack.url}/docs#/auth/authRegister`,
    );
    assert(dom.includes("opblock-body"), "the operation is open");
    assert(dom.includes("RegisterRequest"), "its request body schema is shown");
    const violations = messages.filter((line) => /Content Security Policy|Refused to/i.test(line));
    assertEquals(violations, [], "no CSP violation");
  });
} else {
  Deno.test({
    name: `docs page in a real browser (skipped: no chromium at ${CHROMIUM})`,
    ignore: true,
    fn() {},
  });
}
