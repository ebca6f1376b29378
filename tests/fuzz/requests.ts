/**
 * Valid-shaped requests for every route, derived from its contract (tests/helpers/fuzz.ts):
 * hostile strings wherever a string goes, the tenant's real ids mixed with random ones.
 */
import { bytesOf, CLASSIC_TEXT, classicPdf, modernDocx } from "../helpers/cv_fixtures.ts";
import {
  fc,
  hostileString,
  multipart,
  type Part,
  type RouteInfo,
  routesOf,
  validValue,
  type ValueContext,
} from "../helpers/fuzz.ts";
import { type Workspace } from "../helpers/workspace.ts";
import { contracts } from "../../shared/contracts/index.ts";

/** Every route of every function, from the contracts. */
export const routes = routesOf(contracts);

/** Tags this run's rows (e-mail domains), apart from other runs' and files'. */
export const RUN = crypto.randomUUID().slice(0, 8);

export interface FuzzRequest {
  route: RouteInfo;
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** Shown by fast-check for a counterexample, instead of the route's whole contract. */
export function printable(r: FuzzRequest): FuzzRequest {
  return Object.assign(r, { [fc.toStringMethod]: () => describe(r) });
}

export function describe(r: FuzzRequest): string {
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
export function pathOf(route: RouteInfo, id?: string, query?: string): string {
  const inner = route.path === "/"
    ? ""
    : route.path.replace("{id}", id ?? "").replaceAll(/\{\w+\}/g, () => crypto.randomUUID());
  return `/${route.fn}${inner}${query ? `?${query}` : ""}`;
}

export function queryString(value: unknown): string {
  const search = new URLSearchParams();
  for (const [key, item] of Object.entries((value ?? {}) as Record<string, unknown>)) {
    if (item !== undefined) search.append(key, String(item));
  }
  return search.toString();
}

export function credentialHeaders(route: RouteInfo, t: Workspace): Record<string, string> {
  // Logging out ends its session: never the one every other request uses.
  if (route.id === "auth.logout") return { Authorization: `Bearer ${t.spareToken}` };
  if (route.credential === "recruiter") return { Authorization: `Bearer ${t.token}` };
  if (route.credential === "candidate") return { Authorization: `Bearer ${t.candidateToken}` };
  return {};
}

const randomUuid = fc.uuid();

/** Values drawn from the tenant's real rows, half the time, for the fields that name them. */
export function valueContext(t: Workspace, emailDomain: string): ValueContext {
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
export function idPool(route: RouteInfo, t: Workspace): fc.Arbitrary<string> {
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
export function validUpload(t: Workspace): fc.Arbitrary<{ kind: string; parts: Part[] }> {
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

export function validRequest(
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

/** The id a route's `{id}` takes in broken requests: the tenant's real row (or interview). */
export function realId(route: RouteInfo, t: Workspace): string {
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
