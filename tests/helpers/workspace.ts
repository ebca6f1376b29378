/**
 * A recruiter's whole workspace, made over the API (a job, a candidate with a CV, a ticket, an
 * interview in progress with one question answered and one open, a finished one with or without
 * its report, a second session), and a snapshot of everything of theirs to the byte: every
 * table's rows, sessions, refresh tokens and CV files. Tests aim hostile requests at such a
 * workspace, then compare snapshots: a refused request must change nothing.
 */
import { join } from "node:path";
import type postgres from "postgres";
import { assert } from "./assert.ts";
import { bytesOf, CLASSIC_TEXT } from "./cv_fixtures.ts";
import { type Call, registerRecruiter, uniqueEmail } from "./http.ts";

export interface Workspace {
  token: string;
  /** A second session of the same recruiter (for POST /auth/logout to end). */
  spareToken: string;
  userId: string;
  email: string;
  jobId: string;
  candidateId: string;
  cvId: string;
  ticketId: string;
  /** The ticket's code, with uses left. */
  ticketCode: string;
  /** In progress, one question answered and one open; `candidateToken` is its credential. */
  interviewId: string;
  candidateToken: string;
  openQuestionId: string;
  answeredQuestionId: string;
  /** Completed; has a report when `report` was asked for (`reportId`). */
  finishedInterviewId: string;
  finishedCandidateToken: string;
  reportId: string | null;
}

async function ok<T = Record<string, string>>(
  response: Promise<{ status: number; body: { data: T } }>,
) {
  const answer = await response;
  assert(answer.status === 200 || answer.status === 201, JSON.stringify(answer.body));
  return answer.body.data;
}

export async function createWorkspace(call: Call, { report = false } = {}): Promise<Workspace> {
  const recruiter = await registerRecruiter(call);
  const token = recruiter.access_token;
  const job = await ok(call("/jobs", {
    token,
    json: {
      title: "Target",
      description: "A job whose rows must survive hostile requests.",
      skills: ["TypeScript", "PostgreSQL"],
      interview_settings: { question_count: 2, duration_minutes: 60 },
    },
  }));
  const candidate = await ok(call("/candidates", {
    token,
    json: { full_name: "Target Candidate", email: uniqueEmail("target") },
  }));
  const form = new FormData();
  form.append("candidate_id", candidate.id);
  form.append("file", new Blob([bytesOf(CLASSIC_TEXT)]), "cv.txt");
  const cv = await ok(call("/cvs", { token, body: form }));
  const ticket = await ok(call("/tickets", {
    token,
    json: { candidate_id: candidate.id, job_description_id: job.id, max_uses: 4 },
  }));
  const redeem = () => ok(call("/interviews/redeem", { json: { code: ticket.code } }));
  const live = await redeem();
  await ok(call(`/interviews/${live.interview_id}/start`, {
    method: "POST",
    token: live.access_token,
  }));
  const detail = await ok<{ questions: { id: string }[] }>(
    call(`/interviews/${live.interview_id}`, { token }),
  );
  const [answered, open] = detail.questions.map((q) => q.id);
  await ok(call(`/interviews/${live.interview_id}/responses`, {
    token: live.access_token,
    json: { question_id: answered, answer_text: "I built it with PostgreSQL." },
  }));
  const done = await redeem();
  await ok(call(`/interviews/${done.interview_id}/start`, {
    method: "POST",
    token: done.access_token,
  }));
  await ok(call(`/interviews/${done.interview_id}/finish`, {
    method: "POST",
    token: done.access_token,
  }));
  const spare = await ok<{ access_token: string }>(
    call("/auth/login", { json: { email: recruiter.email, password: recruiter.password } }),
  );
  const reportRow = report
    ? await ok(call("/reports", { token, json: { interview_id: done.interview_id } }))
    : null;
  return {
    token,
    spareToken: spare.access_token,
    userId: recruiter.user.id,
    email: recruiter.email,
    jobId: job.id,
    candidateId: candidate.id,
    cvId: cv.id,
    ticketId: ticket.id,
    ticketCode: ticket.code,
    interviewId: live.interview_id,
    candidateToken: live.access_token,
    openQuestionId: open,
    answeredQuestionId: answered,
    finishedInterviewId: done.interview_id,
    finishedCandidateToken: done.access_token,
    reportId: reportRow?.id ?? null,
  };
}

/** The tables whose rows carry their recruiter's `owner_id`: the product's and the trail's. */
export const OWNED_TABLES = [
  "candidates",
  "job_descriptions",
  "cvs",
  "interview_tickets",
  "interviews",
  "interview_questions",
  "interview_responses",
  "interview_reports",
  "interview_events",
  "ai_events",
  "interview_report_versions",
  "interview_decisions",
  "candidate_requests",
  "candidate_erasures",
] as const;

/**
 * Everything of one recruiter's, to the byte: the rows of every table (count and hash), the
 * lists' row counts, the profile and auth.users row, sessions, refresh tokens and CV files; and, when `emailDomain` is
 * given, how many users and failed sign-ins there are for emails at that domain.
 */
export async function snapshotOf(
  sql: postgres.Sql,
  userId: string,
  { storageRoot, emailDomain }: { storageRoot: string; emailDomain?: string },
) {
  const state: Record<string, unknown> = {};
  for (const table of OWNED_TABLES) {
    const [row] = await sql`
      select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as hash
      from ${sql(`public.${table}`)} t where owner_id = ${userId}`;
    state[table] = row;
  }
  // The self-identifications, kept apart.
  const [identified] = await sql`
    select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as hash
    from private.self_identifications t where owner_id = ${userId}`;
  state.self_identifications = identified;
  // The lists' totals (private.owned_row_counts) move only with the rows.
  const [counts] = await sql`
    select md5(coalesce(string_agg(t::text, '|' order by t.table_name), '')) as hash
    from private.owned_row_counts t where owner_id = ${userId}`;
  const [profile] = await sql`select md5(t::text) as hash from public.users t where id = ${userId}`;
  const [user] = await sql`select md5(t::text) as hash from auth.users t where id = ${userId}`;
  const [sessions] = await sql`
    select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as hash
    from auth.sessions t where user_id = ${userId}`;
  const [tokens] = await sql`
    select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as hash
    from auth.refresh_tokens t where user_id = ${userId}`;
  Object.assign(state, { counts, profile, user, sessions, tokens });
  if (emailDomain) {
    const [strangers] = await sql`
      select count(*)::int as n from auth.users where email like ${`%@${emailDomain}`}`;
    const [attempts] = await sql`
      select count(*)::int as n from private.rate_limit_events where key like ${`%@${emailDomain}`}`;
    Object.assign(state, { strangers, attempts });
  }
  state.files = await filesOf(storageRoot, userId);
  return state as Record<string, { n: number; hash: string }> & { files: string[] };
}

export async function filesOf(storageRoot: string, ownerId: string): Promise<string[]> {
  const names: string[] = [];
  try {
    for await (const entry of Deno.readDir(join(storageRoot, ownerId))) names.push(entry.name);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  return names.sort();
}
