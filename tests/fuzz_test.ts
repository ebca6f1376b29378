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
 *
 * The requests are built by tests/fuzz/requests.ts, broken by tests/fuzz/broken_bodies.ts and
 * tests/fuzz/broken_addresses.ts, sent and checked by tests/fuzz/checks.ts.
 */
import { join } from "node:path";
import { assert, assertEquals } from "./helpers/assert.ts";
import { errorAnswerProblems, fc, hostileString, multipart } from "./helpers/fuzz.ts";
import { client } from "./helpers/http.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";
import { createWorkspace, snapshotOf } from "./helpers/workspace.ts";
import { config } from "../shared/config.ts";
import { JSON_BODY_LIMIT_BYTES } from "../shared/http/app.ts";
import { MAX_UPLOAD_BODY_BYTES } from "../shared/cv/limits.ts";
import { checkRefused, checkValid, created, fuzzer, validAnswers } from "./fuzz/checks.ts";
import { brokenJson, brokenUpload } from "./fuzz/broken_bodies.ts";
import {
  brokenCredential,
  brokenId,
  brokenQuery,
  encodePart,
  wrongMethod,
} from "./fuzz/broken_addresses.ts";
import {
  credentialHeaders,
  type FuzzRequest,
  pathOf,
  realId,
  routes,
  RUN,
  validRequest,
  valueContext,
} from "./fuzz/requests.ts";

const stack = await startStack({ CV_STORAGE: "local" });
const call = client(stack.url);
const db = adminSql();
const storageRoot = join(config().localDataDir, "storage", "cvs");
const { request, property, tally } = fuzzer(stack.url);

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
  const state = await snapshotOf(db, userId, { storageRoot, emailDomain: domain });
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
  const before = await snapshotOf(db, t.userId, { storageRoot, emailDomain: domain });
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
    await snapshotOf(db, t.userId, { storageRoot, emailDomain: domain }),
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
  const [{ n }] = await db`select count(*)::int as n from public.cvs where owner_id = ${t.userId}`;
  assertEquals(n, 1, "only the fixture's CV");
});

test("fuzz: at least 5,000 generated requests, every route in both phases", () => {
  assert(tally.sent >= 5000, `only ${tally.sent} requests were sent`);
  const summary = [...tally.statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`).join(
    ", ",
  );
  console.log(`fuzz: ${tally.sent} requests (${summary})`);
  assert(!tally.statuses.has(500) && !tally.statuses.has(0), summary);
});
