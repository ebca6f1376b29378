/**
 * Tenant isolation over HTTP, as a table: every route that takes an id (in its path, its body
 * or its query) is called with another recruiter's ids, and every candidate route with the
 * credential of another interview (another recruiter's, and the same recruiter's other one).
 * Always 404 (a list filtered by someone else's id is an empty page), never the row; and
 * afterwards both recruiters' rows, files and sessions are byte for byte what they were. The
 * table is checked against the contracts, so a new id-bearing route without a case fails here.
 *
 * The row-level security matrix in the database itself (every table × command × actor) is
 * tests/rls_test.ts.
 */
import { join } from "node:path";
import { assert, assertEquals } from "./helpers/assert.ts";
import { bytesOf, CLASSIC_TEXT } from "./helpers/cv_fixtures.ts";
import { type ApiResponse, client } from "./helpers/http.ts";
import { jsonSchemaOf, routesOf } from "./helpers/fuzz.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";
import { createWorkspace, snapshotOf, type Workspace } from "./helpers/workspace.ts";
import { contracts } from "../shared/contracts/index.ts";
import { config } from "../shared/config.ts";

const stack = await startStack({ CV_STORAGE: "local" });
const call = client(stack.url);
const db = adminSql();
const storageRoot = join(config().localDataDir, "storage", "cvs");
const routes = routesOf(contracts);

type Actor =
  | "other recruiter"
  | "other interview's candidate"
  | "other recruiter's candidate"
  | "wrong side";

interface Case {
  route: string;
  actor: Actor;
  label: string;
  send: () => Promise<ApiResponse>;
  /** 404 (the default), 401 for a credential of the wrong side, or "empty" for a list. */
  expect?: 404 | 401 | "empty";
}

let owner: Workspace;
let intruder: Workspace;
/** A request of the owner's finished interview's candidate. */
let requestId: string;
/** The owner's finished interview that has no report yet. */
let reportless: string;

function upload(token: string, candidateId: string) {
  const form = new FormData();
  form.append("candidate_id", candidateId);
  form.append("file", new Blob([bytesOf(CLASSIC_TEXT)]), "cv.txt");
  return call("/cvs", { token, body: form });
}

function cases(): Case[] {
  const B = intruder.token;
  const A = owner;
  const recruiterRoutes: Case[] = [
    ["jobs.get", "GET", `/jobs/${A.jobId}`],
    ["jobs.update", "PATCH", `/jobs/${A.jobId}`, { title: "Hijacked", status: "closed" }],
    ["jobs.remove", "DELETE", `/jobs/${A.jobId}`],
    ["candidates.get", "GET", `/candidates/${A.candidateId}`],
    ["candidates.update", "PATCH", `/candidates/${A.candidateId}`, { notes: "Hijacked" }],
    ["candidates.remove", "DELETE", `/candidates/${A.candidateId}`],
    ["candidates.exportData", "GET", `/candidates/${A.candidateId}/export`],
    ["cvs.get", "GET", `/cvs/${A.cvId}`],
    ["cvs.download", "GET", `/cvs/${A.cvId}/file`],
    ["cvs.parse", "POST", `/cvs/${A.cvId}/parse`],
    ["cvs.remove", "DELETE", `/cvs/${A.cvId}`],
    ["tickets.get", "GET", `/tickets/${A.ticketId}`],
    ["tickets.revoke", "POST", `/tickets/${A.ticketId}/revoke`],
    ["interviews.get", "GET", `/interviews/${A.interviewId}`],
    ["interviews.get", "GET", `/interviews/${A.finishedInterviewId}`],
    ["interviews.audit", "GET", `/interviews/${A.finishedInterviewId}/audit`],
    [
      "interviews.decide",
      "POST",
      `/interviews/${A.finishedInterviewId}/decision`,
      { decision: "reject", reason: "Hijacked" },
    ],
    [
      "interviews.answerRequest",
      "POST",
      `/interviews/${A.finishedInterviewId}/requests/${requestId}/answer`,
      { message: "Hijacked" },
    ],
    ["reports.get", "GET", `/reports/${A.reportId}`],
    ["reports.versions", "GET", `/reports/${A.reportId}/versions`],
    ["reports.rescore", "POST", `/reports/${A.reportId}/rescore`],
    [
      "reports.review",
      "POST",
      `/reports/${A.reportId}/review`,
      { overall_score: { value: 1, reason: "Hijacked" } },
    ],
  ].flatMap(([route, method, path, json]) => [
    {
      route: route as string,
      actor: "other recruiter" as const,
      label: `${method} ${path}`,
      send: () => call(path as string, { method: method as string, token: B, json }),
    },
    // The owner's own candidate credential is no recruiter: 401, even on the owner's rows.
    {
      route: route as string,
      actor: "wrong side" as const,
      label: `${method} ${path} with a candidate credential`,
      send: () => call(path as string, { method: method as string, token: A.candidateToken, json }),
      expect: 401 as const,
    },
  ]);
  const bodies: Case[] = [
    {
      route: "tickets.create",
      actor: "other recruiter",
      label: "a ticket for the owner's candidate and job",
      send: () =>
        call("/tickets", {
          token: B,
          json: { candidate_id: A.candidateId, job_description_id: A.jobId },
        }),
    },
    {
      route: "tickets.create",
      actor: "other recruiter",
      label: "a ticket for the owner's candidate and one's own job",
      send: () =>
        call("/tickets", {
          token: B,
          json: { candidate_id: A.candidateId, job_description_id: intruder.jobId },
        }),
    },
    {
      route: "tickets.create",
      actor: "other recruiter",
      label: "a ticket for one's own candidate and the owner's job",
      send: () =>
        call("/tickets", {
          token: B,
          json: { candidate_id: intruder.candidateId, job_description_id: A.jobId },
        }),
    },
    {
      route: "cvs.upload",
      actor: "other recruiter",
      label: "a CV for the owner's candidate",
      send: () => upload(B, A.candidateId),
    },
    {
      route: "reports.generate",
      actor: "other recruiter",
      label: "the report on the owner's reported interview",
      send: () => call("/reports", { token: B, json: { interview_id: A.finishedInterviewId } }),
    },
    {
      route: "reports.generate",
      actor: "other recruiter",
      label: "a report on the owner's finished, unreported interview",
      send: () => call("/reports", { token: B, json: { interview_id: reportless } }),
    },
    {
      route: "reports.impact",
      actor: "other recruiter",
      label: "the bias audit of the owner's job",
      send: () => call(`/reports/impact?job_description_id=${A.jobId}`, { token: B }),
    },
    {
      route: "interviews.respond",
      actor: "other recruiter's candidate",
      label: "an answer, in one's own interview, to the owner's open question",
      send: () =>
        call(`/interviews/${intruder.interviewId}/responses`, {
          token: intruder.candidateToken,
          json: { question_id: A.openQuestionId, answer_text: "Not my question." },
        }),
    },
  ];
  const lists: Case[] = [
    ["cvs.list", `/cvs?candidate_id=${A.candidateId}`],
    ["tickets.list", `/tickets?candidate_id=${A.candidateId}`],
    ["tickets.list", `/tickets?job_description_id=${A.jobId}`],
    ["interviews.list", `/interviews?candidate_id=${A.candidateId}`],
    ["interviews.list", `/interviews?job_description_id=${A.jobId}`],
    ["reports.list", `/reports?interview_id=${A.finishedInterviewId}`],
  ].map(([route, path]) => ({
    route,
    actor: "other recruiter" as const,
    label: `GET ${path}`,
    send: () => call(path, { token: B }),
    expect: "empty" as const,
  }));
  const candidateRoutes: Case[] = [
    ["interviews.start", "POST", "start"],
    ["interviews.next", "GET", "next"],
    ["interviews.respond", "POST", "responses"],
    ["interviews.finish", "POST", "finish"],
    ["interviews.openRequest", "POST", "requests"],
    ["interviews.listRequests", "GET", "requests"],
    ["interviews.giveSelfIdentification", "PUT", "self-identification"],
    ["interviews.getSelfIdentification", "GET", "self-identification"],
  ].flatMap(([route, method, action]) => {
    const path = `/interviews/${A.interviewId}/${action}`;
    const json = action === "responses"
      ? { question_id: A.openQuestionId, answer_text: "Answered by someone else." }
      : route === "interviews.openRequest"
      ? { kind: "human_review", message: "In someone else's name." }
      : route === "interviews.giveSelfIdentification"
      ? { sex: "male", race_ethnicity: "white" }
      : undefined;
    return [
      {
        route,
        actor: "other recruiter's candidate" as const,
        label: `${method} ${path}`,
        send: () => call(path, { method, token: intruder.candidateToken, json }),
      },
      {
        route,
        actor: "other interview's candidate" as const,
        label: `${method} ${path} with the same recruiter's other interview's credential`,
        send: () => call(path, { method, token: A.finishedCandidateToken, json }),
      },
      {
        route,
        actor: "wrong side" as const,
        label: `${method} ${path} with the owner's recruiter token`,
        send: () => call(path, { method, token: A.token, json }),
        expect: 401 as const,
      },
    ];
  });
  return [...recruiterRoutes, ...bodies, ...lists, ...candidateRoutes];
}

/** Routes that take an id: `{id}` in the path, or a `*_id` field in the body or query. */
function idBearing() {
  return routes.filter((route) => {
    if (route.params) return true;
    const schemas = [route.body?.schema, route.query].filter(Boolean);
    return schemas.some((schema) =>
      Object.keys(jsonSchemaProperties(schema!)).some((name) => name.endsWith("_id"))
    );
  });
}

function jsonSchemaProperties(schema: Parameters<typeof jsonSchemaOf>[0]): Record<string, unknown> {
  const json = jsonSchemaOf(schema) as {
    properties?: Record<string, unknown>;
    $ref?: string;
    $defs?: Record<string, { properties?: Record<string, unknown> }>;
  };
  if (json.properties) return json.properties;
  const name = json.$ref?.replace("#/$defs/", "");
  return (name ? json.$defs?.[name]?.properties : undefined) ?? {};
}

test("isolation: fixture (two recruiters with everything; the owner's rows are the targets)", async () => {
  [owner, intruder] = await Promise.all([
    createWorkspace(call, { report: true }),
    createWorkspace(call, { report: true }),
  ]);
  // A third interview of the owner's: finished, no report yet.
  const credential =
    (await call("/interviews/redeem", { json: { code: owner.ticketCode } })).body.data;
  for (const action of ["start", "finish"]) {
    const moved = await call(`/interviews/${credential.interview_id}/${action}`, {
      method: "POST",
      token: credential.access_token,
    });
    assertEquals(moved.status, 200);
  }
  reportless = credential.interview_id;
  const asked = await call(`/interviews/${owner.finishedInterviewId}/requests`, {
    token: owner.finishedCandidateToken,
    json: { kind: "explanation" },
  });
  assertEquals(asked.status, 201);
  requestId = asked.body.data.id;
});

test("isolation: the table has a case for every id-bearing route, for each kind of intruder", () => {
  const table = cases();
  const bearing = idBearing();
  assert(bearing.length >= 20, `only ${bearing.length} id-bearing routes found`);
  for (const route of bearing) {
    const actors = new Set(table.filter((c) => c.route === route.id).map((c) => c.actor));
    if (route.credential === "recruiter") {
      assert(actors.has("other recruiter"), `${route.id}: no case with another recruiter's ids`);
    }
    if (route.credential === "candidate") {
      assert(
        actors.has("other recruiter's candidate"),
        `${route.id}: no other recruiter's candidate`,
      );
      if (route.params) {
        assert(
          actors.has("other interview's candidate"),
          `${route.id}: no other interview's candidate`,
        );
      }
    }
  }
  // And nothing in the table names a route the contracts do not have.
  for (const c of table) assert(routes.some((r) => r.id === c.route), c.route);
});

test("isolation: every case is 404 (an empty list for filters); nothing of either recruiter changes", async () => {
  const before = await Promise.all(
    [owner, intruder].map((w) => snapshotOf(db, w.userId, { storageRoot })),
  );
  const failures: string[] = [];
  for (const c of cases()) {
    const response = await c.send();
    const expected = c.expect ?? 404;
    const label = `${c.route} · ${c.actor} · ${c.label}`;
    if (expected === "empty") {
      if (
        response.status !== 200 || response.body.data.total !== 0 || response.body.data.items.length
      ) {
        failures.push(
          `${label}: ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`,
        );
      }
      continue;
    }
    if (response.status !== expected || response.body?.success !== false) {
      failures.push(`${label}: ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
      continue;
    }
    // A 404 says nothing about the row: the same as for an id that never existed.
    if (expected === 404 && !["NOT_FOUND"].includes(response.body.error.code)) {
      failures.push(`${label}: code ${response.body.error.code}`);
    }
  }
  assertEquals(failures, []);
  const after = await Promise.all(
    [owner, intruder].map((w) => snapshotOf(db, w.userId, { storageRoot })),
  );
  assertEquals(after[0], before[0], "the owner's rows changed");
  assertEquals(after[1], before[1], "the intruder's rows changed (a refused write left something)");
  // The owner still reaches every row (the refusals were for the intruder only).
  for (
    const path of [
      `/jobs/${owner.jobId}`,
      `/candidates/${owner.candidateId}`,
      `/cvs/${owner.cvId}`,
      `/tickets/${owner.ticketId}`,
      `/interviews/${owner.interviewId}`,
      `/reports/${owner.reportId}`,
    ]
  ) {
    assertEquals((await call(path, { token: owner.token })).status, 200, path);
  }
});

test("isolation: another tenant's id answers exactly as an id that does not exist", async () => {
  const pairs: [string, string][] = [
    [`/jobs/${owner.jobId}`, `/jobs/${crypto.randomUUID()}`],
    [`/cvs/${owner.cvId}/file`, `/cvs/${crypto.randomUUID()}/file`],
    [`/tickets/${owner.ticketId}/revoke`, `/tickets/${crypto.randomUUID()}/revoke`],
    [`/reports/${owner.reportId}`, `/reports/${crypto.randomUUID()}`],
  ];
  for (const [theirs, nobody] of pairs) {
    const method = theirs.endsWith("/revoke") ? "POST" : "GET";
    const [a, b] = await Promise.all([
      call(theirs, { method, token: intruder.token }),
      call(nobody, { method, token: intruder.token }),
    ]);
    assertEquals([a.status, a.body.error], [b.status, b.body.error], theirs);
  }
});
