/**
 * A failure in the middle of every multi-row write leaves the database as it was before the
 * request: registration (auth.users, its profile, the session, the refresh token), a CV upload
 * (the row, then the file, then COMMIT), redeeming a ticket (its use, then the interview),
 * starting an interview (its state, then its questions), generating a report (the report,
 * then each answer's score), a decision (the decision, the candidate's status, its trail event)
 * and an erasure (the tombstone, then every row about the candidate).
 *
 * Each failure is a temporary trigger that raises a serialization failure (40001, as a busy
 * database would) at one step, for this test's rows only (other test files run at the same
 * time), and is dropped afterwards. The request answers 503 DATABASE_BUSY in the envelope; the
 * recruiter's rows and files are byte for byte what they were; and once the trigger is gone the
 * same request succeeds, so nothing half-written was left in its way.
 *
 * (The attempt itself is counted by the per-address registration limit, which lives in its own
 * table and counts attempts, not accounts.)
 */
import { join } from "node:path";
import { assert, assertEquals } from "./helpers/assert.ts";
import { bytesOf, CLASSIC_TEXT } from "./helpers/cv_fixtures.ts";
import { type ApiResponse, client } from "./helpers/http.ts";
import { adminSql, afterAll, startStack, test } from "./helpers/stack.ts";
import { createWorkspace, snapshotOf, type Workspace } from "./helpers/workspace.ts";
import { config } from "../shared/config.ts";

const stack = await startStack({ CV_STORAGE: "local" });
const call = client(stack.url);
const db = adminSql();
const storageRoot = join(config().localDataDir, "storage", "cvs");
const RUN = crypto.randomUUID().slice(0, 8);
const DOMAIN = `atomic-${RUN}.example.com`;
afterAll(() => db`delete from auth.users where email like ${`%@${DOMAIN}`}`);

/**
 * Runs `during` while a trigger on `table` raises 40001 whenever `condition` (SQL over `new`)
 * holds. `timing` is BEFORE, AFTER, or "COMMIT" (a deferred constraint trigger, checked when
 * the transaction commits).
 */
async function failing<T>(
  table: string,
  event: "insert" | "update",
  condition: string,
  timing: "before" | "after" | "commit",
  during: () => Promise<T>,
): Promise<T> {
  const name = `atomic_${RUN}_${table.replace(/\W/g, "_")}_${event}`;
  await db.unsafe(`
    create function public.${name}() returns trigger
    language plpgsql security definer set search_path = '' as $$
    begin
      if ${condition} then
        raise exception 'injected failure' using errcode = '40001';
      end if;
      return new;
    end $$;
    ${
    timing === "commit"
      ? `create constraint trigger ${name} after ${event} on ${table}
         deferrable initially deferred for each row execute function public.${name}();`
      : `create trigger ${name} ${timing} ${event} on ${table}
         for each row execute function public.${name}();`
  }`);
  try {
    return await during();
  } finally {
    await db.unsafe(`drop trigger ${name} on ${table}; drop function public.${name}();`);
  }
}

function assertBusy(response: ApiResponse, label: string) {
  assertEquals(response.status, 503, `${label}: ${JSON.stringify(response.body)}`);
  assertEquals(response.body.success, false);
  assertEquals(response.body.error.code, "DATABASE_BUSY");
  assertEquals(typeof response.body.request_id, "string");
}

/** The user and its profile; its sessions and refresh tokens cannot outlive it (foreign keys). */
async function nothingOf(email: string) {
  const [users] = await db`select count(*)::int as n from auth.users where email = ${email}`;
  const [profiles] = await db`select count(*)::int as n from public.users where email = ${email}`;
  return { users: users.n, profiles: profiles.n };
}

for (
  const [step, table, timing] of [
    ["its profile", "public.users", "before"],
    ["its session", "auth.sessions", "before"],
    ["its refresh token", "auth.refresh_tokens", "before"],
    ["COMMIT", "auth.refresh_tokens", "commit"],
  ] as const
) {
  test(`atomicity: registration failing at ${step} leaves no user, profile, session or token`, async () => {
    const email = `reg.${crypto.randomUUID().slice(0, 8)}@${DOMAIN}`;
    const condition = table === "public.users"
      ? `new.email like '%@${DOMAIN}'`
      : `exists (select from auth.users u where u.id::text = new.user_id::text and u.email like '%@${DOMAIN}')`;
    const body = { email, password: "correct horse battery", full_name: "Atomic Ada" };
    const refused = await failing(
      table,
      "insert",
      condition,
      timing,
      () => call("/auth/register", { json: body }),
    );
    assertBusy(refused, step);
    assertEquals(await nothingOf(email), { users: 0, profiles: 0 });
    const registered = await call("/auth/register", { json: body });
    assertEquals(registered.status, 201, "the same registration succeeds once the fault is gone");
  });
}

let space: Workspace;

test("atomicity: fixture (a recruiter with a job, a candidate and tickets)", async () => {
  space = await createWorkspace(call);
});

async function unchangedBy(label: string, request: () => Promise<ApiResponse>) {
  const before = await snapshotOf(db, space.userId, { storageRoot });
  const response = await request();
  assertBusy(response, label);
  assertEquals(
    await snapshotOf(db, space.userId, { storageRoot }),
    before,
    `${label} left something`,
  );
}

function upload(fileName: string) {
  const form = new FormData();
  form.append("candidate_id", space.candidateId);
  form.append("file", new Blob([bytesOf(CLASSIC_TEXT)]), fileName);
  return call("/cvs", { token: space.token, body: form });
}

test("atomicity: a CV upload failing at its row, or at COMMIT after its file is written, keeps nothing", async () => {
  const marker = `atomic-${RUN}.txt`;
  for (const timing of ["after", "commit"] as const) {
    await failing(
      "public.cvs",
      "insert",
      `new.file_name = '${marker}'`,
      timing,
      () => unchangedBy(`upload (${timing})`, () => upload(marker)),
    );
  }
  assertEquals((await upload(marker)).status, 201);
});

test("atomicity: a redemption failing at its interview leaves the ticket unused", async () => {
  const ticket = (await call("/tickets", {
    token: space.token,
    json: { candidate_id: space.candidateId, job_description_id: space.jobId },
  })).body.data;
  await failing(
    "public.interviews",
    "insert",
    `new.ticket_id = '${ticket.id}'`,
    "before",
    () => unchangedBy("redeem", () => call("/interviews/redeem", { json: { code: ticket.code } })),
  );
  const [row] = await db`select uses, status from public.interview_tickets where id = ${ticket.id}`;
  assertEquals(row, { uses: 0, status: "active" });
  assertEquals((await call("/interviews/redeem", { json: { code: ticket.code } })).status, 201);
});

async function redeemed() {
  const ticket = (await call("/tickets", {
    token: space.token,
    json: { candidate_id: space.candidateId, job_description_id: space.jobId },
  })).body.data;
  return (await call("/interviews/redeem", { json: { code: ticket.code } })).body.data as {
    interview_id: string;
    access_token: string;
  };
}

test("atomicity: starting an interview failing at its second question leaves it pending, without questions", async () => {
  const { interview_id: id, access_token: token } = await redeemed();
  const start = () => call(`/interviews/${id}/start`, { method: "POST", token });
  await failing(
    "public.interview_questions",
    "insert",
    `new.interview_id = '${id}' and new.position = 2`,
    "before",
    () => unchangedBy("start", start),
  );
  const [row] = await db`select status, started_at from public.interviews where id = ${id}`;
  assertEquals(row, { status: "pending", started_at: null });
  assertEquals((await start()).status, 200);
});

test("atomicity: a report failing at its second evaluation leaves no report and no evaluation", async () => {
  const { interview_id: id, access_token: token } = await redeemed();
  assertEquals((await call(`/interviews/${id}/start`, { method: "POST", token })).status, 200);
  for (let i = 0; i < 2; i++) {
    const next = (await call(`/interviews/${id}/next`, { token })).body.data.question;
    const answered = await call(`/interviews/${id}/responses`, {
      token,
      json: {
        question_id: next.id,
        answer_text: `Answer ${i}: I designed the schema and indexes.`,
      },
    });
    assertEquals(answered.status, 201);
  }
  assertEquals((await call(`/interviews/${id}/finish`, { method: "POST", token })).status, 200);
  // As when the AI was down while the candidate answered: the report evaluates the answers.
  await db`
    update public.interview_responses
    set score = null, score_details = null, flags = '{}', evaluated_at = null
    where interview_id = ${id}`;
  const responses = await db`
    select r.id from public.interview_responses r
    join public.interview_questions q on q.id = r.question_id
    where r.interview_id = ${id} order by q.position`;
  assertEquals(responses.length, 2);
  const generate = () => call("/reports", { token: space.token, json: { interview_id: id } });
  // The report row is written first, then the evaluations: the second one fails.
  await failing(
    "public.interview_responses",
    "update",
    `new.id = '${responses[1].id}'`,
    "before",
    () => unchangedBy("report", generate),
  );
  const [{ n }] =
    await db`select count(*)::int as n from public.interview_reports where interview_id = ${id}`;
  assertEquals(n, 0);
  const scores =
    await db`select score, evaluated_at from public.interview_responses where interview_id = ${id}`;
  assert(
    scores.every((row) => row.score === null && row.evaluated_at === null),
    "no answer kept an evaluation",
  );
  const report = await generate();
  assertEquals(report.status, 201);
  const scored =
    await db`select score, evaluated_at from public.interview_responses where interview_id = ${id}`;
  assert(scored.every((row) => row.score !== null && row.evaluated_at !== null));
});

test("atomicity: a decision failing at its trail event leaves no decision and the candidate's status as it was", async () => {
  const { interview_id: id } = await redeemed();
  const decide = () =>
    call(`/interviews/${id}/decision`, {
      token: space.token,
      json: { decision: "reject", reason: "Not this time." },
    });
  // The decision, then the candidate's status, then its event: the event fails.
  await failing(
    "public.interview_events",
    "insert",
    `new.interview_id = '${id}' and new.kind = 'decision_recorded'`,
    "before",
    () => unchangedBy("decision", decide),
  );
  const [{ n }] =
    await db`select count(*)::int as n from public.interview_decisions where interview_id = ${id}`;
  assertEquals(n, 0);
  assertEquals((await decide()).status, 201);
});

test("atomicity: an erasure failing at its tombstone erases nothing", async () => {
  const candidate = (await call("/candidates", {
    token: space.token,
    json: { full_name: "Atomic Erasure", email: `erase.${RUN}@${DOMAIN}` },
  })).body.data;
  const erase = () => call(`/candidates/${candidate.id}`, { method: "DELETE", token: space.token });
  await failing(
    "public.candidate_erasures",
    "insert",
    `new.owner_id = '${space.userId}'`,
    "before",
    () => unchangedBy("erasure", erase),
  );
  assertEquals((await call(`/candidates/${candidate.id}`, { token: space.token })).status, 200);
  assertEquals((await erase()).status, 200);
});
