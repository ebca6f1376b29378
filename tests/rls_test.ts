/**
 * Row-level security, as a matrix: every table, every command, every kind of caller.
 *
 * Each case runs the way the functions run a query for someone (shared/db/transaction.ts): a
 * transaction on a superuser connection that switches to `authenticated` (or `anon`) and sets
 * `request.jwt.claims`, then the statement. The statement runs in a savepoint, so a refused
 * write leaves the transaction usable; then, as superuser again, the case reads back every
 * fixture row of all nine tables and checks what the statement changed: the expected change
 * when it was allowed, nothing at all when it was refused. Everything is rolled back, so the
 * cases are independent of each other and of their order.
 *
 * The fixture: two recruiters, A (the owner) and B (another recruiter), each with a full set of
 * rows. A has two interviews: `A` (the one the candidate credential is for) and `A2` (another
 * candidate's interview, same recruiter). Every matrix case aims at A's row labelled `A`; the
 * owner's row of the same statement is the positive control for everyone else's refusal.
 */
import type postgres from "postgres";
import { assert, assertEquals, assertNotEquals } from "./helpers/assert.ts";
import { adminSql, test } from "./helpers/stack.ts";

const sql = adminSql();
type Tx = postgres.TransactionSql;
type Statement = (
  tx: Tx,
) => postgres.PendingQuery<postgres.Row[]> | Promise<postgres.RowList<postgres.Row[]>>;

const TABLES = [
  "users",
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
  "self_identifications",
  "candidate_erasures",
] as const;
type Table = typeof TABLES[number];

/** Where a table lives: the self-identifications apart, in `private`. */
const qualified = (table: Table) =>
  table === "self_identifications" ? `private.${table}` : `public.${table}`;

const uuid = () => crypto.randomUUID();
/** 64 hex digits, the shape of a SHA-256 column. */
const hex64 = () => (uuid() + uuid()).replaceAll("-", "");

// Fixture --------------------------------------------------------------------------------------

const A = uuid();
const B = uuid();

/** Every fixture row's id, by table and label. */
const rows = {
  users: { A, B },
  candidates: { A: uuid(), B: uuid() },
  // Job `A` has a ticket but no interviews, so its owner can delete it; `A-used` is the job
  // A's interviews are for (a job with interviews cannot be deleted: `on delete restrict`).
  job_descriptions: { A: uuid(), "A-used": uuid(), B: uuid() },
  cvs: { A: uuid(), B: uuid() },
  interview_tickets: { A: uuid(), B: uuid() },
  interviews: { A: uuid(), A2: uuid(), B: uuid() },
  // `A` and `A2` are answered; `A-open` and `A2-open` are not, so they can be answered.
  interview_questions: { A: uuid(), "A-open": uuid(), A2: uuid(), "A2-open": uuid(), B: uuid() },
  interview_responses: { A: uuid(), A2: uuid(), B: uuid() },
  // Interview A2 has no report yet, so a report can be inserted for it.
  interview_reports: { A: uuid(), B: uuid() },
  // The trail: an event and an AI call of each interview. Adding a report's version, a decision
  // and a request records an event each too (triggers): labelled by their interview and kind
  // (`A-decision_recorded`, ...) once the fixture is made.
  interview_events: { A: uuid(), A2: uuid(), B: uuid() } as Record<string, string>,
  ai_events: { A: uuid(), A2: uuid(), B: uuid() },
  interview_report_versions: { A: uuid(), B: uuid() },
  // A hold on interview A, and B's on its own.
  interview_decisions: { A: uuid(), B: uuid() },
  // An explanation asked for by each interview's candidate.
  candidate_requests: { A: uuid(), A2: uuid(), B: uuid() },
  // Given by interview A's candidate and B's; A2's candidate has not answered yet.
  self_identifications: { A: uuid(), B: uuid() },
  // A tombstone of each recruiter's (an erasure writes them; no one else does).
  candidate_erasures: { A: uuid(), B: uuid() },
} satisfies Record<Table, Record<string, string>>;

const labelOf = new Map<string, string>(
  Object.values(rows).flatMap((byLabel) =>
    Object.entries(byLabel).map(([label, id]) => [id, label] as [string, string])
  ),
);

async function createFixture() {
  const r = rows;
  await sql.begin(async (tx) => {
    await tx`
      insert into auth.users (id, aud, role, email, raw_user_meta_data, created_at, updated_at)
      values
        (${A}, 'authenticated', 'authenticated', ${`rls.a.${A}@example.com`},
         '{"full_name": "Recruiter A"}', now(), now()),
        (${B}, 'authenticated', 'authenticated', ${`rls.b.${B}@example.com`},
         '{"full_name": "Recruiter B"}', now(), now())`;
    for (const [owner, label] of [[A, "A"], [B, "B"]] as const) {
      await tx`insert into public.candidates (id, owner_id, full_name, email)
        values (${
        r.candidates[label]
      }, ${owner}, ${`Candidate ${label}`}, ${`cand.${owner}@example.com`})`;
      await tx`insert into public.cvs
          (id, owner_id, candidate_id, file_name, mime_type, size_bytes, sha256, storage_path)
        values (${r.cvs[label]}, ${owner}, ${r.candidates[label]}, 'cv.txt', 'text/plain', 120,
          ${hex64()}, ${`${owner}/${r.cvs[label]}`})`;
    }
    await tx`insert into public.job_descriptions (id, owner_id, title, description) values
      (${r.job_descriptions.A}, ${A}, 'Job A', 'A job with a ticket and no interviews'),
      (${r.job_descriptions["A-used"]}, ${A}, 'Job A (used)', 'A job with interviews'),
      (${r.job_descriptions.B}, ${B}, 'Job B', 'B''s job')`;
    await tx`insert into public.interview_tickets
        (id, owner_id, candidate_id, job_description_id, code_hash, expires_at)
      values
        (${r.interview_tickets.A}, ${A}, ${r.candidates.A}, ${r.job_descriptions.A}, ${hex64()},
         now() + interval '1 day'),
        (${r.interview_tickets.B}, ${B}, ${r.candidates.B}, ${r.job_descriptions.B}, ${hex64()},
         now() + interval '1 day')`;
    await tx`insert into public.interviews
        (id, owner_id, candidate_id, job_description_id, duration_minutes, status, started_at, deadline_at)
      values
        (${r.interviews.A}, ${A}, ${r.candidates.A}, ${r.job_descriptions["A-used"]}, 45,
         'in_progress', now() - interval '5 minutes', now() + interval '40 minutes'),
        (${r.interviews.A2}, ${A}, ${r.candidates.A}, ${
      r.job_descriptions["A-used"]
    }, 45, 'pending', null, null),
        (${r.interviews.B}, ${B}, ${r.candidates.B}, ${r.job_descriptions.B}, 45, 'pending', null, null)`;
    const questions = [
      ["A", A, r.interviews.A, 1],
      ["A-open", A, r.interviews.A, 2],
      ["A2", A, r.interviews.A2, 1],
      ["A2-open", A, r.interviews.A2, 2],
      ["B", B, r.interviews.B, 1],
    ] as const;
    for (const [label, owner, interview, position] of questions) {
      await tx`insert into public.interview_questions
          (id, owner_id, interview_id, position, text, category, difficulty, time_limit_seconds)
        values (${r.interview_questions[label]}, ${owner}, ${interview}, ${position},
          ${`Question ${label}`}, 'technical', 'medium', 120)`;
    }
    for (const [label, owner] of [["A", A], ["A2", A], ["B", B]] as const) {
      await tx`insert into public.interview_responses
          (id, owner_id, interview_id, question_id, answer_text)
        values (${r.interview_responses[label]}, ${owner}, ${r.interviews[label]},
          ${r.interview_questions[label]}, ${`Answer ${label}`})`;
    }
    for (const [label, owner] of [["A", A], ["B", B]] as const) {
      await tx`insert into public.interview_reports
          (id, owner_id, interview_id, overall_score, recommendation, summary, provider)
        values (${r.interview_reports[label]}, ${owner}, ${r.interviews[label]}, 61, 'maybe',
          ${`Report ${label}`}, 'test')`;
    }
    for (const [label, owner] of [["A", A], ["A2", A], ["B", B]] as const) {
      await tx`insert into public.interview_events (id, owner_id, candidate_id, interview_id, kind, actor)
        values (${r.interview_events[label]}, ${owner}, ${r.candidates[label === "B" ? "B" : "A"]},
          ${r.interviews[label]}, 'notice_shown', 'system')`;
      await tx`insert into public.ai_events
          (id, owner_id, candidate_id, interview_id, task, provider, prompt_version, input_sha256,
           input, output, latency_ms, called_at)
        values (${r.ai_events[label]}, ${owner}, ${r.candidates[label === "B" ? "B" : "A"]},
          ${r.interviews[label]}, 'questions', 'test', 'v1', ${hex64()}, '{}', '[]', 5, now())`;
    }
    for (const [label, owner] of [["A", A], ["B", B]] as const) {
      await tx`insert into public.interview_report_versions
          (id, owner_id, report_id, version, source, overall_score, recommendation, summary, provider)
        values (${r.interview_report_versions[label]}, ${owner}, ${r.interview_reports[label]}, 1,
          'ai', 61, 'maybe', ${`Report ${label}`}, 'test')`;
      await tx`insert into public.interview_decisions
          (id, owner_id, interview_id, candidate_id, decision, reason, decided_by, previous_status,
           candidate_status)
        values (${r.interview_decisions[label]}, ${owner}, ${r.interviews[label]},
          ${r.candidates[label]}, 'hold', 'Waiting for the other interviews.', ${owner}, 'new',
          'interviewing')`;
    }
    for (const [label, owner] of [["A", A], ["B", B]] as const) {
      await tx`insert into public.candidate_erasures (id, owner_id, erased_by, reason, rows, files)
        values (${
        r.candidate_erasures[label]
      }, ${owner}, ${owner}, 'request', '{"candidates": 1}', 0)`;
    }
    for (const [label, owner] of [["A", A], ["B", B]] as const) {
      await tx`insert into private.self_identifications
          (id, owner_id, interview_id, candidate_id, sex, race_ethnicity)
        values (${r.self_identifications[label]}, ${owner}, ${r.interviews[label]},
          ${r.candidates[label]}, 'female', 'asian')`;
    }
    for (const [label, owner] of [["A", A], ["A2", A], ["B", B]] as const) {
      await tx`insert into public.candidate_requests (id, owner_id, interview_id, candidate_id, kind)
        values (${r.candidate_requests[label]}, ${owner}, ${r.interviews[label]},
          ${r.candidates[label === "B" ? "B" : "A"]}, 'explanation')`;
    }
  });
  // The events the triggers recorded, by their interview's label and their kind.
  const recorded = await sql`
    select id, interview_id, kind from public.interview_events
    where owner_id in (${A}, ${B}) and id not in ${sql(Object.values(r.interview_events))}`;
  for (const event of recorded) {
    const label = `${labelOf.get(event.interview_id)}-${event.kind}`;
    r.interview_events[label] = event.id;
    labelOf.set(event.id, label);
  }
}

// Actors ---------------------------------------------------------------------------------------

interface Identity {
  role: "authenticated" | "anon";
  claims: Record<string, unknown> | null;
}

const recruiter = (sub: string): Identity => ({
  role: "authenticated",
  claims: { sub, role: "authenticated", aud: "authenticated" },
});
const candidateFor = (interviewId: string): Identity => ({
  role: "authenticated",
  claims: { sub: uuid(), role: "authenticated", aud: "interview", interview_id: interviewId },
});

const ACTORS = {
  owner: recruiter(A),
  "other recruiter": recruiter(B),
  anon: { role: "anon", claims: { role: "anon" } },
  /** A candidate credential for interview A: the interview every matrix case aims at. */
  candidate: candidateFor(rows.interviews.A),
  /** A candidate credential for interview A2: the same recruiter's other interview. */
  "other candidate": candidateFor(rows.interviews.A2),
} satisfies Record<string, Identity>;
type Actor = keyof typeof ACTORS;

// What each command does to A's rows -----------------------------------------------------------

/** A new, valid row of recruiter A (about interview A where it has one), with its id. */
const NEW_ROW: Record<Table, () => Record<string, unknown>> = {
  users: () => ({ id: uuid(), email: "new.profile@example.com", full_name: "New Profile" }),
  candidates: () => ({
    id: uuid(),
    owner_id: A,
    full_name: "New Candidate",
    email: `new.${uuid()}@example.com`,
  }),
  job_descriptions: () => ({ id: uuid(), owner_id: A, title: "New job", description: "New" }),
  cvs: () => {
    const id = uuid();
    return {
      id,
      owner_id: A,
      candidate_id: rows.candidates.A,
      file_name: "new.txt",
      mime_type: "text/plain",
      size_bytes: 10,
      sha256: hex64(),
      storage_path: `${A}/${id}`,
    };
  },
  interview_tickets: () => ({
    id: uuid(),
    owner_id: A,
    candidate_id: rows.candidates.A,
    job_description_id: rows.job_descriptions.A,
    code_hash: hex64(),
    expires_at: new Date(Date.now() + 86_400_000),
  }),
  interviews: () => ({
    id: uuid(),
    owner_id: A,
    candidate_id: rows.candidates.A,
    job_description_id: rows.job_descriptions["A-used"],
    duration_minutes: 30,
  }),
  interview_questions: () => ({
    id: uuid(),
    owner_id: A,
    interview_id: rows.interviews.A,
    position: 3,
    text: "A new question",
    category: "behavioral",
    difficulty: "easy",
    time_limit_seconds: 60,
  }),
  interview_responses: () => ({
    id: uuid(),
    owner_id: A,
    interview_id: rows.interviews.A,
    question_id: rows.interview_questions["A-open"],
    answer_text: "A new answer",
  }),
  interview_reports: () => ({
    id: uuid(),
    owner_id: A,
    interview_id: rows.interviews.A2,
    overall_score: 70,
    recommendation: "hire",
    summary: "A new report",
    provider: "test",
  }),
  // An event only a recruiter records (a candidate's own moves are EXTRA cases below).
  interview_events: () => ({
    id: uuid(),
    owner_id: A,
    candidate_id: rows.candidates.A,
    interview_id: rows.interviews.A,
    kind: "report_version_created",
    actor: "recruiter",
    actor_id: A,
  }),
  // The report's next version.
  interview_report_versions: () => ({
    id: uuid(),
    owner_id: A,
    report_id: rows.interview_reports.A,
    version: 2,
    source: "ai",
    overall_score: 70,
    recommendation: "hire",
    summary: "Re-scored",
    provider: "test",
  }),
  // A rejection: the candidate's status follows (the decision's triggers).
  interview_decisions: () => ({
    id: uuid(),
    owner_id: A,
    interview_id: rows.interviews.A,
    candidate_id: rows.candidates.A,
    decision: "reject",
    reason: "Not enough depth in PostgreSQL.",
    decided_by: A,
    previous_status: "interviewing",
    candidate_status: "rejected",
  }),
  // A tombstone, as only the erasure trigger writes one.
  candidate_erasures: () => ({
    id: uuid(),
    owner_id: A,
    erased_by: A,
    reason: "request",
    rows: { candidates: 1 },
    files: 0,
  }),
  // Interview A's self-identification (given already: the route answers again by an upsert).
  self_identifications: () => ({
    id: uuid(),
    owner_id: A,
    interview_id: rows.interviews.A,
    candidate_id: rows.candidates.A,
    sex: "male",
    race_ethnicity: "white",
  }),
  // A human review asked for by interview A's candidate (its explanation is open already).
  candidate_requests: () => ({
    id: uuid(),
    owner_id: A,
    interview_id: rows.interviews.A,
    candidate_id: rows.candidates.A,
    kind: "human_review",
    message: "Please look again.",
  }),
  // A call only a recruiter's request makes (the candidate records only its questions' call).
  ai_events: () => ({
    id: uuid(),
    owner_id: A,
    candidate_id: rows.candidates.A,
    interview_id: rows.interviews.A,
    task: "report_prose",
    provider: "test",
    prompt_version: "v1",
    input_sha256: hex64(),
    input: { job: "x" },
    output: { summary: "y" },
    latency_ms: 3,
    called_at: new Date(),
  }),
};

/** The column an update changes on row `A`, and its new value (different from the fixture's). */
const CHANGE: Record<Table, [string, string | number]> = {
  users: ["company_name", "Changed Ltd"],
  candidates: ["notes", "changed"],
  job_descriptions: ["department", "Changed"],
  cvs: ["parse_error", "changed"],
  interview_tickets: ["max_uses", 5],
  // A is in progress: finishing it is the move both its recruiter and its candidate may make.
  interviews: ["status", "completed"],
  interview_questions: ["competency", "changed"],
  interview_responses: ["score", 42],
  interview_reports: ["summary", "changed"],
  interview_events: ["kind", "decision_recorded"],
  ai_events: ["error", "rewritten"],
  interview_report_versions: ["summary", "rewritten"],
  interview_decisions: ["reason", "rewritten"],
  candidate_requests: ["message", "rewritten"],
  self_identifications: ["sex", "decline"],
  candidate_erasures: ["reason", "retention"],
};

// The matrix -----------------------------------------------------------------------------------

type Command = "select" | "insert" | "update" | "delete";
/**
 * - `sees(...)`: a plain `select id from <table>` returns exactly these fixture rows (and no row
 *   of anyone else's);
 * - `"ok"`: the write happens to row `A` (or inserts the new row);
 * - `"0 rows"`: no error, nothing affected, nothing changed;
 * - `"42501"` / `"23503"`: refused with that SQLSTATE, nothing changed.
 */
type Expected =
  | { sees: string[] }
  | "ok"
  | "0 rows"
  | "42501"
  | "23503"
  | "23502"
  | "40001"
  | "P0409"
  | "23505";
const sees = (...labels: string[]): Expected => ({ sees: labels });

const MATRIX: [Table, Command, Actor, Expected][] = [
  // users: created and removed with auth.users only; each recruiter reads and edits its own.
  ["users", "select", "owner", sees("A")],
  ["users", "select", "other recruiter", sees("B")],
  ["users", "select", "anon", sees()],
  ["users", "select", "candidate", sees()],
  ["users", "select", "other candidate", sees()],
  ["users", "insert", "owner", "42501"],
  ["users", "insert", "other recruiter", "42501"],
  ["users", "insert", "anon", "42501"],
  ["users", "insert", "candidate", "42501"],
  ["users", "insert", "other candidate", "42501"],
  ["users", "update", "owner", "ok"],
  ["users", "update", "other recruiter", "0 rows"],
  ["users", "update", "anon", "0 rows"],
  ["users", "update", "candidate", "0 rows"],
  ["users", "update", "other candidate", "0 rows"],
  ["users", "delete", "owner", "42501"],
  ["users", "delete", "other recruiter", "42501"],
  ["users", "delete", "anon", "42501"],
  ["users", "delete", "candidate", "42501"],
  ["users", "delete", "other candidate", "42501"],

  // candidates: the recruiter's alone.
  ["candidates", "select", "owner", sees("A")],
  ["candidates", "select", "other recruiter", sees("B")],
  ["candidates", "select", "anon", sees()],
  ["candidates", "select", "candidate", sees()],
  ["candidates", "select", "other candidate", sees()],
  ["candidates", "insert", "owner", "ok"],
  ["candidates", "insert", "other recruiter", "42501"],
  ["candidates", "insert", "anon", "42501"],
  ["candidates", "insert", "candidate", "42501"],
  ["candidates", "insert", "other candidate", "42501"],
  ["candidates", "update", "owner", "ok"],
  ["candidates", "update", "other recruiter", "0 rows"],
  ["candidates", "update", "anon", "0 rows"],
  ["candidates", "update", "candidate", "0 rows"],
  ["candidates", "update", "other candidate", "0 rows"],
  ["candidates", "delete", "owner", "ok"],
  ["candidates", "delete", "other recruiter", "0 rows"],
  ["candidates", "delete", "anon", "0 rows"],
  ["candidates", "delete", "candidate", "0 rows"],
  ["candidates", "delete", "other candidate", "0 rows"],

  // job_descriptions: the recruiter's alone.
  ["job_descriptions", "select", "owner", sees("A", "A-used")],
  ["job_descriptions", "select", "other recruiter", sees("B")],
  ["job_descriptions", "select", "anon", sees()],
  ["job_descriptions", "select", "candidate", sees()],
  ["job_descriptions", "select", "other candidate", sees()],
  ["job_descriptions", "insert", "owner", "ok"],
  ["job_descriptions", "insert", "other recruiter", "42501"],
  ["job_descriptions", "insert", "anon", "42501"],
  ["job_descriptions", "insert", "candidate", "42501"],
  ["job_descriptions", "insert", "other candidate", "42501"],
  ["job_descriptions", "update", "owner", "ok"],
  ["job_descriptions", "update", "other recruiter", "0 rows"],
  ["job_descriptions", "update", "anon", "0 rows"],
  ["job_descriptions", "update", "candidate", "0 rows"],
  ["job_descriptions", "update", "other candidate", "0 rows"],
  ["job_descriptions", "delete", "owner", "ok"],
  ["job_descriptions", "delete", "other recruiter", "0 rows"],
  ["job_descriptions", "delete", "anon", "0 rows"],
  ["job_descriptions", "delete", "candidate", "0 rows"],
  ["job_descriptions", "delete", "other candidate", "0 rows"],

  // cvs: the recruiter's alone.
  ["cvs", "select", "owner", sees("A")],
  ["cvs", "select", "other recruiter", sees("B")],
  ["cvs", "select", "anon", sees()],
  ["cvs", "select", "candidate", sees()],
  ["cvs", "select", "other candidate", sees()],
  ["cvs", "insert", "owner", "ok"],
  ["cvs", "insert", "other recruiter", "42501"],
  ["cvs", "insert", "anon", "42501"],
  ["cvs", "insert", "candidate", "42501"],
  ["cvs", "insert", "other candidate", "42501"],
  ["cvs", "update", "owner", "ok"],
  ["cvs", "update", "other recruiter", "0 rows"],
  ["cvs", "update", "anon", "0 rows"],
  ["cvs", "update", "candidate", "0 rows"],
  ["cvs", "update", "other candidate", "0 rows"],
  ["cvs", "delete", "owner", "ok"],
  ["cvs", "delete", "other recruiter", "0 rows"],
  ["cvs", "delete", "anon", "0 rows"],
  ["cvs", "delete", "candidate", "0 rows"],
  ["cvs", "delete", "other candidate", "0 rows"],

  // interview_tickets: the recruiter's alone (redeeming is service-level, not a policy).
  ["interview_tickets", "select", "owner", sees("A")],
  ["interview_tickets", "select", "other recruiter", sees("B")],
  ["interview_tickets", "select", "anon", sees()],
  ["interview_tickets", "select", "candidate", sees()],
  ["interview_tickets", "select", "other candidate", sees()],
  ["interview_tickets", "insert", "owner", "ok"],
  ["interview_tickets", "insert", "other recruiter", "42501"],
  ["interview_tickets", "insert", "anon", "42501"],
  ["interview_tickets", "insert", "candidate", "42501"],
  ["interview_tickets", "insert", "other candidate", "42501"],
  ["interview_tickets", "update", "owner", "ok"],
  ["interview_tickets", "update", "other recruiter", "0 rows"],
  ["interview_tickets", "update", "anon", "0 rows"],
  ["interview_tickets", "update", "candidate", "0 rows"],
  ["interview_tickets", "update", "other candidate", "0 rows"],
  ["interview_tickets", "delete", "owner", "ok"],
  ["interview_tickets", "delete", "other recruiter", "0 rows"],
  ["interview_tickets", "delete", "anon", "0 rows"],
  ["interview_tickets", "delete", "candidate", "0 rows"],
  ["interview_tickets", "delete", "other candidate", "0 rows"],

  // interviews: the recruiter's; the candidate reads and moves along its own one.
  ["interviews", "select", "owner", sees("A", "A2")],
  ["interviews", "select", "other recruiter", sees("B")],
  ["interviews", "select", "anon", sees()],
  ["interviews", "select", "candidate", sees("A")],
  ["interviews", "select", "other candidate", sees("A2")],
  ["interviews", "insert", "owner", "ok"],
  ["interviews", "insert", "other recruiter", "42501"],
  ["interviews", "insert", "anon", "42501"],
  ["interviews", "insert", "candidate", "42501"],
  ["interviews", "insert", "other candidate", "42501"],
  ["interviews", "update", "owner", "ok"],
  ["interviews", "update", "other recruiter", "0 rows"],
  ["interviews", "update", "anon", "0 rows"],
  ["interviews", "update", "candidate", "ok"],
  ["interviews", "update", "other candidate", "0 rows"],
  // Its owner could delete it, but interview A has a trail, and an interview with a trail goes
  // only with its candidate (the trail's foreign key refuses it alone).
  ["interviews", "delete", "owner", "23503"],
  ["interviews", "delete", "other recruiter", "0 rows"],
  ["interviews", "delete", "anon", "0 rows"],
  ["interviews", "delete", "candidate", "0 rows"],
  ["interviews", "delete", "other candidate", "0 rows"],

  // interview_questions: the recruiter's; the candidate reads and adds its interview's.
  ["interview_questions", "select", "owner", sees("A", "A-open", "A2", "A2-open")],
  ["interview_questions", "select", "other recruiter", sees("B")],
  ["interview_questions", "select", "anon", sees()],
  ["interview_questions", "select", "candidate", sees("A", "A-open")],
  ["interview_questions", "select", "other candidate", sees("A2", "A2-open")],
  ["interview_questions", "insert", "owner", "ok"],
  ["interview_questions", "insert", "other recruiter", "42501"],
  ["interview_questions", "insert", "anon", "42501"],
  // Only the transaction that starts an interview adds its questions (the candidate guard
  // trigger); A started earlier. tests/interviews_test.ts covers the start itself.
  ["interview_questions", "insert", "candidate", "42501"],
  ["interview_questions", "insert", "other candidate", "42501"],
  ["interview_questions", "update", "owner", "ok"],
  ["interview_questions", "update", "other recruiter", "0 rows"],
  ["interview_questions", "update", "anon", "0 rows"],
  ["interview_questions", "update", "candidate", "0 rows"],
  ["interview_questions", "update", "other candidate", "0 rows"],
  ["interview_questions", "delete", "owner", "ok"],
  ["interview_questions", "delete", "other recruiter", "0 rows"],
  ["interview_questions", "delete", "anon", "0 rows"],
  ["interview_questions", "delete", "candidate", "0 rows"],
  ["interview_questions", "delete", "other candidate", "0 rows"],

  // interview_responses: only the candidate answers; the recruiter reads, scores, deletes.
  ["interview_responses", "select", "owner", sees("A", "A2")],
  ["interview_responses", "select", "other recruiter", sees("B")],
  ["interview_responses", "select", "anon", sees()],
  ["interview_responses", "select", "candidate", sees("A")],
  ["interview_responses", "select", "other candidate", sees("A2")],
  ["interview_responses", "insert", "owner", "42501"],
  ["interview_responses", "insert", "other recruiter", "42501"],
  ["interview_responses", "insert", "anon", "42501"],
  ["interview_responses", "insert", "candidate", "ok"],
  ["interview_responses", "insert", "other candidate", "42501"],
  ["interview_responses", "update", "owner", "ok"],
  ["interview_responses", "update", "other recruiter", "0 rows"],
  ["interview_responses", "update", "anon", "0 rows"],
  ["interview_responses", "update", "candidate", "0 rows"],
  ["interview_responses", "update", "other candidate", "0 rows"],
  ["interview_responses", "delete", "owner", "ok"],
  ["interview_responses", "delete", "other recruiter", "0 rows"],
  ["interview_responses", "delete", "anon", "0 rows"],
  ["interview_responses", "delete", "candidate", "0 rows"],
  ["interview_responses", "delete", "other candidate", "0 rows"],

  // interview_reports: the recruiter's alone; the candidate never sees its report.
  ["interview_reports", "select", "owner", sees("A")],
  ["interview_reports", "select", "other recruiter", sees("B")],
  ["interview_reports", "select", "anon", sees()],
  ["interview_reports", "select", "candidate", sees()],
  ["interview_reports", "select", "other candidate", sees()],
  ["interview_reports", "insert", "owner", "ok"],
  ["interview_reports", "insert", "other recruiter", "42501"],
  ["interview_reports", "insert", "anon", "42501"],
  ["interview_reports", "insert", "candidate", "42501"],
  ["interview_reports", "insert", "other candidate", "42501"],
  // A report changes only by a new version (interview_report_versions): its guard refuses.
  ["interview_reports", "update", "owner", "42501"],
  ["interview_reports", "update", "other recruiter", "0 rows"],
  ["interview_reports", "update", "anon", "0 rows"],
  ["interview_reports", "update", "candidate", "0 rows"],
  ["interview_reports", "update", "other candidate", "0 rows"],
  // A report goes only with its candidate: no delete policy.
  ["interview_reports", "delete", "owner", "0 rows"],
  ["interview_reports", "delete", "other recruiter", "0 rows"],
  ["interview_reports", "delete", "anon", "0 rows"],
  ["interview_reports", "delete", "candidate", "0 rows"],
  ["interview_reports", "delete", "other candidate", "0 rows"],

  // interview_events and ai_events: the trail, append-only. The recruiter reads its own and
  // records its own events; a candidate records only its own moves (EXTRA below) and reads
  // nothing; no one updates or deletes a recorded event (the privileges are revoked: 42501).
  ...trailRows("interview_events", [
    "A",
    "A2",
    "A-report_version_created",
    "A-decision_recorded",
    "A-request_opened",
    "A2-request_opened",
  ], ["B", "B-report_version_created", "B-decision_recorded", "B-request_opened"]),
  ...trailRows("ai_events", ["A", "A2"], ["B"]),
  // interview_report_versions and interview_decisions: the recruiter's history, append-only too.
  ...trailRows("interview_report_versions", ["A"], ["B"]),
  ...trailRows("interview_decisions", ["A"], ["B"]),

  // candidate_requests: the candidate asks about its own interview and reads its requests; the
  // recruiter reads and answers (an answer is the only change: EXTRA below); no one deletes.
  ["candidate_requests", "select", "owner", sees("A", "A2")],
  ["candidate_requests", "select", "other recruiter", sees("B")],
  ["candidate_requests", "select", "anon", sees()],
  ["candidate_requests", "select", "candidate", sees("A")],
  ["candidate_requests", "select", "other candidate", sees("A2")],
  ["candidate_requests", "insert", "owner", "42501"],
  ["candidate_requests", "insert", "other recruiter", "42501"],
  ["candidate_requests", "insert", "anon", "42501"],
  ["candidate_requests", "insert", "candidate", "ok"],
  ["candidate_requests", "insert", "other candidate", "42501"],
  // What was asked never changes (the guard), and only an answer is an update.
  ["candidate_requests", "update", "owner", "42501"],
  ["candidate_requests", "update", "other recruiter", "0 rows"],
  ["candidate_requests", "update", "anon", "0 rows"],
  ["candidate_requests", "update", "candidate", "0 rows"],
  ["candidate_requests", "update", "other candidate", "0 rows"],
  ["candidate_requests", "delete", "owner", "42501"],
  ["candidate_requests", "delete", "other recruiter", "42501"],
  ["candidate_requests", "delete", "anon", "42501"],
  ["candidate_requests", "delete", "candidate", "42501"],
  ["candidate_requests", "delete", "other candidate", "42501"],

  // self_identifications: the candidate's own, in `private`; no recruiter reads or writes one
  // (the bias audit's aggregates come from a function); the anonymous role cannot even reach
  // the schema.
  ["self_identifications", "select", "owner", sees()],
  ["self_identifications", "select", "other recruiter", sees()],
  ["self_identifications", "select", "anon", "42501"],
  ["self_identifications", "select", "candidate", sees("A")],
  ["self_identifications", "select", "other candidate", sees()],
  ["self_identifications", "insert", "owner", "42501"],
  ["self_identifications", "insert", "other recruiter", "42501"],
  ["self_identifications", "insert", "anon", "42501"],
  // One per interview: the candidate answered already (its insert for A2 is EXTRA below).
  ["self_identifications", "insert", "candidate", "23505"],
  ["self_identifications", "insert", "other candidate", "42501"],
  ["self_identifications", "update", "owner", "0 rows"],
  ["self_identifications", "update", "other recruiter", "0 rows"],
  ["self_identifications", "update", "anon", "42501"],
  ["self_identifications", "update", "candidate", "ok"],
  ["self_identifications", "update", "other candidate", "0 rows"],
  ["self_identifications", "delete", "owner", "42501"],
  ["self_identifications", "delete", "other recruiter", "42501"],
  ["self_identifications", "delete", "anon", "42501"],
  ["self_identifications", "delete", "candidate", "42501"],
  ["self_identifications", "delete", "other candidate", "42501"],

  // candidate_erasures: tombstones, written by the erasure trigger alone; the recruiter reads
  // its own and changes none.
  ["candidate_erasures", "select", "owner", sees("A")],
  ["candidate_erasures", "select", "other recruiter", sees("B")],
  ["candidate_erasures", "select", "anon", sees()],
  ["candidate_erasures", "select", "candidate", sees()],
  ["candidate_erasures", "select", "other candidate", sees()],
  ...(["insert", "update", "delete"] as const).flatMap((command) =>
    (["owner", "other recruiter", "anon", "candidate", "other candidate"] as const).map((
      actor,
    ) => ["candidate_erasures", command, actor, "42501"] as [Table, Command, Actor, Expected])
  ),
];

function trailRows(
  table: Table,
  owner: string[],
  other: string[],
): [Table, Command, Actor, Expected][] {
  return [
    [table, "select", "owner", sees(...owner)],
    [table, "select", "other recruiter", sees(...other)],
    [table, "select", "anon", sees()],
    [table, "select", "candidate", sees()],
    [table, "select", "other candidate", sees()],
    [table, "insert", "owner", "ok"],
    [table, "insert", "other recruiter", "42501"],
    [table, "insert", "anon", "42501"],
    [table, "insert", "candidate", "42501"],
    [table, "insert", "other candidate", "42501"],
    ...(["update", "delete"] as const).flatMap((command) =>
      (["owner", "other recruiter", "anon", "candidate", "other candidate"] as const).map((
        actor,
      ) => [table, command, actor, "42501"] as [Table, Command, Actor, Expected])
    ),
  ];
}

// Cases beyond the matrix: references across tenants and interviews, and odd credentials.

const insertInto = (table: Table, overrides: Record<string, unknown>): Statement => (tx) => {
  const row = { ...NEW_ROW[table](), ...overrides };
  return tx`insert into ${tx(qualified(table))} ${tx(row)}`;
};
const updateRow = (table: Table, id: string, changes: Record<string, unknown>): Statement => (tx) =>
  tx`update ${tx(qualified(table))} set ${tx(changes)} where id = ${id}`;
const selectAll = (table: Table): Statement => (tx) => tx`select id from ${tx(qualified(table))}`;

const r = rows;
const EXTRA: [string, Identity, Table, Statement, Expected][] = [
  [
    "a candidate gives its self-identification for the interview it takes",
    ACTORS["other candidate"],
    "self_identifications",
    insertInto("self_identifications", {
      interview_id: r.interviews.A2,
      sex: "decline",
      race_ethnicity: "decline",
    }),
    "ok",
  ],
  [
    "a candidate cannot give a self-identification for another interview",
    ACTORS.candidate,
    "self_identifications",
    insertInto("self_identifications", { interview_id: r.interviews.A2 }),
    "42501",
  ],
  [
    "a recruiter answers a request on its own interview",
    ACTORS.owner,
    "candidate_requests",
    updateRow("candidate_requests", r.candidate_requests.A, {
      status: "answered",
      answer: "Here is how it was assessed.",
      answered_by: A,
      answered_at: new Date(),
    }),
    "ok",
  ],
  // A candidate's status: rejected, offered and hired only by a decision.
  [
    "a recruiter cannot reject a candidate without a decision",
    ACTORS.owner,
    "candidates",
    updateRow("candidates", r.candidates.A, { status: "rejected" }),
    "P0409",
  ],
  [
    "a rejected candidate moves out of rejected only by a decision",
    ACTORS["other recruiter"],
    "candidates",
    async (tx) => {
      await insertInto("interview_decisions", {
        owner_id: B,
        interview_id: r.interviews.B,
        candidate_id: r.candidates.B,
        decided_by: B,
      })(tx);
      // Rejected by that decision; back to screening takes a decision that says so.
      return await tx`update public.candidates set status = 'screening' where id = ${r.candidates.B}`;
    },
    "P0409",
  ],
  [
    "a new candidate cannot start as hired",
    ACTORS.owner,
    "candidates",
    insertInto("candidates", { status: "hired" }),
    "P0409",
  ],
  [
    "a recruiter cannot decide on another recruiter's interview",
    ACTORS["other recruiter"],
    "interview_decisions",
    insertInto("interview_decisions", { owner_id: B, decided_by: B }),
    "23502",
  ],
  [
    "a version must follow the report's current one",
    ACTORS.owner,
    "interview_report_versions",
    insertInto("interview_report_versions", { version: 5 }),
    "40001",
  ],
  // The trail: a candidate records its own moves on its own interview, nothing else.
  [
    "a candidate records a question served in the interview it takes",
    ACTORS.candidate,
    "interview_events",
    insertInto("interview_events", { kind: "question_served", actor: "candidate", actor_id: null }),
    "ok",
  ],
  [
    "a candidate cannot record a move in another interview",
    ACTORS.candidate,
    "interview_events",
    insertInto("interview_events", {
      interview_id: r.interviews.A2,
      kind: "question_served",
      actor: "candidate",
      actor_id: null,
    }),
    "42501",
  ],
  [
    "a recruiter cannot record a candidate's move",
    ACTORS.owner,
    "interview_events",
    insertInto("interview_events", { kind: "answer_received" }),
    "42501",
  ],
  [
    "a recruiter cannot record an event in another recruiter's interview",
    ACTORS["other recruiter"],
    "interview_events",
    insertInto("interview_events", { owner_id: B, candidate_id: r.candidates.B, actor_id: B }),
    "23503",
  ],
  [
    "a recruiter cannot record an AI call in another recruiter's interview",
    ACTORS["other recruiter"],
    "ai_events",
    insertInto("ai_events", { owner_id: B, candidate_id: r.candidates.B }),
    "23503",
  ],
  [
    "a candidate cannot record an AI call outside the transaction that starts its interview",
    ACTORS.candidate,
    "ai_events",
    insertInto("ai_events", { task: "questions" }),
    "42501",
  ],
  [
    "a candidate records its questions' AI call in the transaction that starts its interview",
    ACTORS["other candidate"],
    "ai_events",
    async (tx) => {
      await tx`update public.interviews set status = 'in_progress', started_at = now(),
        deadline_at = now() + interval '45 minutes' where id = ${r.interviews.A2}`;
      return await insertInto("ai_events", { task: "questions", interview_id: r.interviews.A2 })(
        tx,
      );
    },
    "ok",
  ],
  // A recruiter's own owner_id does not let it point at another recruiter's rows (composite
  // foreign keys), and the same statement aimed at its own parents succeeds.
  [
    "a recruiter cannot add a CV to another recruiter's candidate",
    ACTORS["other recruiter"],
    "cvs",
    insertInto("cvs", { owner_id: B, candidate_id: r.candidates.A, storage_path: `${B}/x` }),
    "23503",
  ],
  [
    "a recruiter can add a CV to its own candidate",
    ACTORS["other recruiter"],
    "cvs",
    insertInto("cvs", { owner_id: B, candidate_id: r.candidates.B, storage_path: `${B}/x` }),
    "ok",
  ],
  [
    "a recruiter cannot issue a ticket for another recruiter's candidate",
    ACTORS["other recruiter"],
    "interview_tickets",
    insertInto("interview_tickets", {
      owner_id: B,
      candidate_id: r.candidates.A,
      job_description_id: r.job_descriptions.B,
    }),
    "23503",
  ],
  [
    "a recruiter cannot issue a ticket for another recruiter's job",
    ACTORS["other recruiter"],
    "interview_tickets",
    insertInto("interview_tickets", {
      owner_id: B,
      candidate_id: r.candidates.B,
      job_description_id: r.job_descriptions.A,
    }),
    "23503",
  ],
  [
    "a recruiter can issue a ticket for its own candidate and job",
    ACTORS["other recruiter"],
    "interview_tickets",
    insertInto("interview_tickets", {
      owner_id: B,
      candidate_id: r.candidates.B,
      job_description_id: r.job_descriptions.B,
    }),
    "ok",
  ],
  [
    "a recruiter cannot create an interview for another recruiter's candidate",
    ACTORS["other recruiter"],
    "interviews",
    insertInto("interviews", {
      owner_id: B,
      candidate_id: r.candidates.A,
      job_description_id: r.job_descriptions.B,
    }),
    "23503",
  ],
  [
    "a recruiter cannot create an interview for another recruiter's job",
    ACTORS["other recruiter"],
    "interviews",
    insertInto("interviews", {
      owner_id: B,
      candidate_id: r.candidates.B,
      job_description_id: r.job_descriptions["A-used"],
    }),
    "23503",
  ],
  [
    "a recruiter cannot create an interview from another recruiter's ticket",
    ACTORS["other recruiter"],
    "interviews",
    insertInto("interviews", {
      owner_id: B,
      candidate_id: r.candidates.B,
      job_description_id: r.job_descriptions.B,
      ticket_id: r.interview_tickets.A,
    }),
    "23503",
  ],
  [
    "a recruiter can create an interview for its own candidate, job and ticket",
    ACTORS["other recruiter"],
    "interviews",
    insertInto("interviews", {
      owner_id: B,
      candidate_id: r.candidates.B,
      job_description_id: r.job_descriptions.B,
      ticket_id: r.interview_tickets.B,
    }),
    "ok",
  ],
  [
    "a recruiter cannot add a question to another recruiter's interview",
    ACTORS["other recruiter"],
    "interview_questions",
    insertInto("interview_questions", { owner_id: B, interview_id: r.interviews.A }),
    "23503",
  ],
  [
    "a recruiter can add a question to its own interview",
    ACTORS["other recruiter"],
    "interview_questions",
    insertInto("interview_questions", { owner_id: B, interview_id: r.interviews.B }),
    "ok",
  ],
  [
    "a recruiter cannot report on another recruiter's interview",
    ACTORS["other recruiter"],
    "interview_reports",
    insertInto("interview_reports", { owner_id: B, interview_id: r.interviews.A2 }),
    "23503",
  ],
  [
    "a recruiter cannot move its own CV to another recruiter's candidate",
    ACTORS["other recruiter"],
    "cvs",
    updateRow("cvs", r.cvs.B, { candidate_id: r.candidates.A }),
    "23503",
  ],
  [
    "a recruiter cannot move its own interview to another recruiter's job",
    ACTORS["other recruiter"],
    "interviews",
    updateRow("interviews", r.interviews.B, { job_description_id: r.job_descriptions.A }),
    "23503",
  ],
  [
    "a recruiter cannot hand its candidate to another recruiter",
    ACTORS.owner,
    "candidates",
    updateRow("candidates", r.candidates.A, { owner_id: B }),
    "42501",
  ],
  [
    "a recruiter cannot create a row in another recruiter's name",
    ACTORS.owner,
    "job_descriptions",
    insertInto("job_descriptions", { owner_id: B }),
    "42501",
  ],

  // A candidate credential reaches its own interview and nothing beside it.
  [
    "a candidate cannot answer another interview's question under its own interview",
    ACTORS.candidate,
    "interview_responses",
    insertInto("interview_responses", { question_id: r.interview_questions["A2-open"] }),
    "23503",
  ],
  [
    "a candidate cannot answer for another interview",
    ACTORS.candidate,
    "interview_responses",
    insertInto("interview_responses", {
      interview_id: r.interviews.A2,
      question_id: r.interview_questions["A2-open"],
    }),
    "42501",
  ],
  [
    "a candidate cannot add a question to its interview in another recruiter's name",
    ACTORS.candidate,
    "interview_questions",
    insertInto("interview_questions", { owner_id: B }),
    // Refused by the candidate guard before the foreign key is even checked.
    "42501",
  ],
  [
    "a candidate cannot hand its interview to another recruiter",
    ACTORS.candidate,
    "interviews",
    updateRow("interviews", r.interviews.A, { owner_id: B }),
    "42501",
  ],
  [
    "a candidate cannot move its interview's question to another interview",
    ACTORS.candidate,
    "interview_questions",
    updateRow("interview_questions", r.interview_questions.A, { interview_id: r.interviews.A2 }),
    "0 rows",
  ],
  [
    "a candidate credential for another recruiter's interview sees nothing of A's",
    candidateFor(r.interviews.B),
    "interview_questions",
    selectAll("interview_questions"),
    sees("B"),
  ],

  // The credential exactly as the interviews function signs it (`sub` is the interview's id).
  [
    "a candidate credential with sub = its interview id sees that interview only",
    {
      role: "authenticated",
      claims: {
        sub: r.interviews.A,
        role: "authenticated",
        aud: "interview",
        interview_id: r.interviews.A,
      },
    },
    "interviews",
    selectAll("interviews"),
    sees("A"),
  ],
  [
    "a candidate credential with sub = its interview id answers its own interview",
    {
      role: "authenticated",
      claims: {
        sub: r.interviews.A,
        role: "authenticated",
        aud: "interview",
        interview_id: r.interviews.A,
      },
    },
    "interview_responses",
    insertInto("interview_responses", {}),
    "ok",
  ],

  // Claims that almost make a credential do not.
  [
    "an interview_id claim without aud 'interview' opens no interview",
    {
      role: "authenticated",
      claims: {
        sub: uuid(),
        role: "authenticated",
        aud: "authenticated",
        interview_id: r.interviews.A,
      },
    },
    "interviews",
    selectAll("interviews"),
    sees(),
  ],
  [
    "a recruiter's token carrying an interview_id claim opens no one else's interview",
    {
      role: "authenticated",
      claims: { sub: B, role: "authenticated", aud: "authenticated", interview_id: r.interviews.A },
    },
    "interviews",
    selectAll("interviews"),
    sees("B"),
  ],
  [
    "the anon role with the owner's sub sees nothing",
    { role: "anon", claims: { sub: A, role: "anon" } },
    "candidates",
    selectAll("candidates"),
    sees(),
  ],
  [
    "the anon role with the owner's sub cannot write",
    { role: "anon", claims: { sub: A, role: "anon" } },
    "candidates",
    insertInto("candidates", {}),
    "42501",
  ],
  [
    "authenticated without claims sees nothing",
    { role: "authenticated", claims: null },
    "interviews",
    selectAll("interviews"),
    sees(),
  ],
  [
    "authenticated without claims cannot write",
    { role: "authenticated", claims: null },
    "interview_questions",
    insertInto("interview_questions", {}),
    "42501",
  ],
];

// The runner -----------------------------------------------------------------------------------

/** Every fixture row of all nine tables, as the superuser sees them. */
const SNAPSHOT = `select jsonb_build_object(${
  TABLES.map((table) =>
    `'${table}', (select coalesce(jsonb_agg(to_jsonb(t) order by t.id), '[]')
      from ${qualified(table)} t where t.${table === "users" ? "id" : "owner_id"} in ($1, $2))`
  ).join(",\n")
}) as snapshot`;
type Snapshot = Record<Table, Record<string, unknown>[]>;
const snapshot = async (db: Pick<postgres.Sql, "unsafe">): Promise<Snapshot> =>
  (await db.unsafe(SNAPSHOT, [A, B]))[0].snapshot;

/** Thrown to end a case's transaction with a rollback once its checks ran. */
class RolledBack extends Error {}

/** Runs `work` in a transaction on the superuser connection, then rolls it back. */
async function rolledBack(work: (tx: Tx) => Promise<void>) {
  try {
    await sql.begin(async (tx) => {
      await work(tx);
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
}

interface Case {
  identity: Identity;
  table: Table;
  statement: Statement;
  expected: Expected;
  /** For "ok": checks, as superuser in the same transaction, that the write took effect. */
  verify?: (tx: Tx, before: Snapshot, after: Snapshot) => Promise<void>;
}

async function runCase({ identity, table, statement, expected, verify }: Case) {
  await rolledBack(async (tx) => {
    const before = await snapshot(tx);
    const claims = identity.claims ? JSON.stringify(identity.claims) : "";
    await tx`select set_config('role', ${identity.role}, true),
      set_config('request.jwt.claims', ${claims}, true)`;
    // The switch took: the statement runs as the role the case names.
    const [{ role }] = await tx`select current_user as role`;
    assertEquals(role, identity.role);

    let result: postgres.RowList<postgres.Row[]> | undefined;
    let error: (Error & { code?: string }) | undefined;
    try {
      result = await tx.savepoint((sp) => statement(sp));
    } catch (caught) {
      error = caught as Error & { code?: string };
    }
    await tx`reset role`;
    await tx`select set_config('request.jwt.claims', '', true)`;
    const [{ superuser }] = await tx`select rolsuper as superuser from pg_roles
      where rolname = current_user`;
    assertEquals(superuser, true, "the checks run as superuser");
    const after = await snapshot(tx);

    if (typeof expected === "object") {
      assertEquals(error, undefined, `select failed: ${error?.message}`);
      const seen = (result ?? []).map((row) => labelOf.get(row.id) ?? "a row not in the fixture");
      assertEquals(seen.sort(), [...expected.sees].sort(), `rows of ${table} seen`);
      assertEquals(after, before, "a select changes nothing");
    } else if (expected === "ok") {
      assertEquals(error, undefined, `the write was refused: ${error?.code} ${error?.message}`);
      assertEquals(result?.count, 1, "one row written");
      assertNotEquals(after, before, "the write changed something");
      assert(verify, "an allowed write needs a check of its effect");
      await verify(tx, before, after);
    } else {
      if (expected === "0 rows") {
        assertEquals(error, undefined, `expected no error, got ${error?.code} ${error?.message}`);
        assertEquals(result?.count, 0, "no row affected");
      } else {
        assertEquals(error?.code, expected, `expected SQLSTATE ${expected}: ${error?.message}`);
      }
      assertEquals(after, before, "a refused write changes nothing");
    }
  });
}

function matrixCase(table: Table, command: Command, actor: Actor, expected: Expected): Case {
  const target = rows[table].A;
  const identity = ACTORS[actor];
  switch (command) {
    case "select":
      return { identity, table, expected, statement: selectAll(table) };
    case "insert": {
      const row = NEW_ROW[table]();
      return {
        identity,
        table,
        expected,
        // No `returning`: that would add the SELECT policy's check to the INSERT policy's.
        statement: (tx) => tx`insert into ${tx(qualified(table))} ${tx(row)}`,
        verify: async (tx) => {
          const [{ n }] = await tx`select count(*)::int as n from ${tx(qualified(table))}
            where id = ${row.id as string} and owner_id = ${A}`;
          assertEquals(n, 1, "the new row is stored, owned by A");
        },
      };
    }
    case "update": {
      const [column, value] = CHANGE[table];
      return {
        identity,
        table,
        expected,
        statement: updateRow(table, target, { [column]: value }),
        verify: async (tx) => {
          const [{ n }] = await tx`select count(*)::int as n from ${tx(qualified(table))}
            where id = ${target} and ${tx(column)} = ${value}`;
          assertEquals(n, 1, `${column} changed`);
        },
      };
    }
    case "delete":
      return {
        identity,
        table,
        expected,
        statement: (tx) => tx`delete from ${tx(qualified(table))} where id = ${target}`,
        verify: async (tx) => {
          const [{ n }] = await tx`select count(*)::int as n from ${tx(qualified(table))}
            where id = ${target}`;
          assertEquals(n, 0, "the row is gone");
        },
      };
  }
}

const describe = (expected: Expected) =>
  typeof expected === "object"
    ? `sees [${expected.sees.join(", ")}]`
    : expected === "ok"
    ? "allowed"
    : expected === "0 rows"
    ? "0 rows"
    : `refused (${expected})`;

// The tests ------------------------------------------------------------------------------------

test("rls: fixture", async () => {
  await createFixture();
  // Every table holds the rows the matrix expects, and the trigger made both profiles.
  const all = await snapshot(sql);
  for (const table of TABLES) {
    assertEquals(
      all[table].map((row) => row.id).sort(),
      Object.values(rows[table]).sort(),
      `fixture rows of ${table}`,
    );
  }
});

test("rls: the matrix covers every table, command and actor exactly once", () => {
  const keys = MATRIX.map(([table, command, actor]) => `${table}/${command}/${actor}`);
  assertEquals(new Set(keys).size, keys.length, "no duplicate rows");
  const commands: Command[] = ["select", "insert", "update", "delete"];
  for (const table of TABLES) {
    for (const command of commands) {
      for (const actor of Object.keys(ACTORS)) {
        assert(keys.includes(`${table}/${command}/${actor}`), `${table}/${command}/${actor}`);
      }
    }
  }
  assertEquals(keys.length, TABLES.length * commands.length * Object.keys(ACTORS).length);
});

for (const [table, command, actor, expected] of MATRIX) {
  test(`rls: ${table} · ${command} · ${actor} → ${describe(expected)}`, async () => {
    await runCase(matrixCase(table, command, actor, expected));
  });
}

for (const [name, identity, table, statement, expected] of EXTRA) {
  test(`rls: ${name}`, async () => {
    await runCase({
      identity,
      table,
      statement,
      expected,
      // An insert adds one row to its table; an update (an answer) changes one of its rows.
      verify: (_tx, before, after) => {
        const added = after[table].length === before[table].length + 1;
        const changed = after[table].length === before[table].length &&
          JSON.stringify(after[table]) !== JSON.stringify(before[table]);
        assert(added || changed, `one more row, or one changed, in ${table}`);
        return Promise.resolve();
      },
    });
  });
}

test("rls: teardown", async () => {
  await sql`delete from auth.users where id in (${A}, ${B})`;
  const [{ n }] = await sql`select count(*)::int as n from public.users where id in (${A}, ${B})`;
  assertEquals(n, 0);
  await sql.end();
});
