/**
 * Data rights over HTTP and in the database (20261204002500_data_rights.sql): the export is
 * everything held about a candidate, files included; the erasure leaves no row or file of the
 * candidate anywhere (every table of every schema the application uses is searched for the
 * candidate's ids, name and email, and the storage folder for their files), in one transaction
 * with the storage cleanup, and a tombstone without personal data; the retention purge erases
 * inactive candidates the same way and removes AI records older than their period.
 */
import { join } from "node:path";
import { assert, assertEquals, assertMatch } from "./helpers/assert.ts";
import { asCaller } from "./helpers/as_caller.ts";
import { bytesOf, CLASSIC_TEXT } from "./helpers/cv_fixtures.ts";
import { type Call, client, registerRecruiter, uniqueEmail } from "./helpers/http.ts";
import { ok, type Recruiting, recruiting, takeInterview } from "./helpers/journey.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";
import { filesOf } from "./helpers/workspace.ts";
import { config } from "../shared/config.ts";
import { CandidateExport } from "../shared/contracts/candidates.ts";
import { runRetention } from "../shared/rights/retention.ts";
import { type CvStore, cvStore } from "../shared/storage/cv_store.ts";
import { ServiceUnavailableError } from "../shared/http/errors.ts";

const stack = await startStack({ CV_STORAGE: "local" });
const call = client(stack.url);
const db = adminSql();
const storageRoot = join(config().localDataDir, "storage", "cvs");

/** A candidate with everything a candidate can have: a CV, an interview and all that follows. */
async function everything(call: Call, r: Recruiting, fullName: string) {
  const email = uniqueEmail("erase.me");
  const candidate = await ok(call("/candidates", {
    token: r.token,
    json: { full_name: fullName, email, phone: "+1 555 0199", notes: `Met ${fullName} at a fair.` },
  }));
  const form = new FormData();
  form.append("candidate_id", candidate.id);
  form.append("file", new Blob([bytesOf(CLASSIC_TEXT)]), "cv.txt");
  const cv = await ok(call("/cvs", { token: r.token, body: form }));
  const taken = await takeInterview(call, r, {
    candidateId: candidate.id,
    beforeAnswers: async (id, token) => {
      await ok(call(`/interviews/${id}/self-identification`, {
        method: "PUT",
        token,
        json: { sex: "female", race_ethnicity: "two_or_more" },
      }));
    },
  });
  await ok(call(`/reports/${taken.reportId}/review`, {
    token: r.token,
    json: { overall_score: { value: 71, reason: "Reviewed by a person." } },
  }));
  await ok(call(`/interviews/${taken.interviewId}/decision`, {
    token: r.token,
    json: { decision: "advance", reason: "Good depth." },
  }));
  const request = await ok(call(`/interviews/${taken.interviewId}/requests`, {
    token: taken.candidateToken,
    json: { kind: "explanation" },
  }));
  await ok(call(`/interviews/${taken.interviewId}/requests/${request.id}/answer`, {
    token: r.token,
    json: { message: "Here is how." },
  }));
  return { candidate, email, cv, taken };
}

test("export: everything held about a candidate, as one document, with the CV file", async () => {
  const r = await recruiting(call, { questionCount: 1 });
  const { candidate, cv, taken } = await everything(call, r, "Ada Exported");
  const answer = await call(`/candidates/${candidate.id}/export`, { token: r.token });
  assertEquals(answer.status, 200, JSON.stringify(answer.body).slice(0, 300));
  const exported = CandidateExport.parse(answer.body.data);
  assertEquals(
    exported.candidate,
    await ok(call(`/candidates/${candidate.id}`, { token: r.token })),
  );

  // The CV: what was parsed, the text read from it, and the file itself, byte for byte.
  assertEquals(exported.cvs.length, 1);
  const [file] = exported.cvs;
  assertEquals(file.id, cv.id);
  assertEquals(file.parsed, cv.parsed);
  assertMatch(file.extracted_text ?? "", /JANE DOE/);
  const bytes = Uint8Array.from(atob(file.file!.content), (ch) => ch.charCodeAt(0));
  assertEquals(new TextDecoder().decode(bytes), CLASSIC_TEXT);
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  assertEquals(
    file.sha256,
    Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join(""),
  );

  // The interview and all that followed it.
  assertEquals(exported.tickets.length, 1);
  assertEquals(exported.interviews.length, 1);
  const [interview] = exported.interviews;
  const detail = await ok(call(`/interviews/${taken.interviewId}`, { token: r.token }));
  assertEquals(interview.questions, detail.questions);
  assert(interview.questions.every((q) => q.answer?.evaluation), "answers with evaluations");
  assertEquals(interview.report?.version, 2);
  assertEquals(interview.report_versions.map((v) => [v.version, v.source]), [
    [1, "ai"],
    [2, "human"],
  ]);
  assertEquals(interview.decisions, detail.decisions);
  assertEquals(interview.requests.length, 1);
  assert(interview.requests[0].answer?.explanation, "the explanation given");

  // The trail: every event and every AI record about the candidate.
  const [counts] = await db`
    select (select count(*)::int from public.interview_events where candidate_id = ${candidate.id}) as events,
           (select count(*)::int from public.ai_events where candidate_id = ${candidate.id}) as calls`;
  assertEquals(exported.trail.filter((e) => e.kind !== "ai_call").length, counts.events);
  assertEquals(exported.trail.filter((e) => e.kind === "ai_call").length, counts.calls);
  assert(exported.trail.some((e) => e.ai?.task === "questions"), "what made the questions");
  assertEquals(exported.trail.filter((e) => e.kind === "ticket_issued").length, 1);

  // Not the self-identification: no recruiter reads it, and the document says so.
  assert(!JSON.stringify(exported).includes("two_or_more"), "the self-identification stays apart");
  assertMatch(exported.not_included[0].what, /self-identification/);

  const intruder = await registerRecruiter(call);
  const foreign = await call(`/candidates/${candidate.id}/export`, {
    token: intruder.access_token,
  });
  assertEquals(foreign.status, 404);
});

/** Every table the application keeps, in every schema it uses. */
async function tables(): Promise<string[]> {
  const rows = await db`
    select format('%I.%I', schemaname, tablename) as name from pg_catalog.pg_tables
    where schemaname in ('public', 'private', 'auth')
    order by 1`;
  return rows.map((row) => row.name as string);
}

/** Per table, the rows whose text holds any of `markers` (ids, name, email). */
async function rowsHolding(markers: string[]): Promise<Record<string, number>> {
  const patterns = markers.map((marker) => `%${marker.toLowerCase()}%`);
  const found: Record<string, number> = {};
  for (const table of await tables()) {
    const [{ n }] = await db.unsafe(
      `select count(*)::int as n from ${table} t where lower(t::text) like any($1::text[])`,
      [patterns],
    );
    if (n > 0) found[table] = n;
  }
  return found;
}

/** Every id of every row about a candidate, with their name and email. */
async function markersOf(candidateId: string, fullName: string, email: string) {
  const ids = await db`
    select id::text from public.cvs where candidate_id = ${candidateId}
    union select id::text from public.interview_tickets where candidate_id = ${candidateId}
    union select id::text from public.interviews where candidate_id = ${candidateId}
    union select q.id::text from public.interview_questions q
      join public.interviews i on i.id = q.interview_id where i.candidate_id = ${candidateId}
    union select r.id::text from public.interview_responses r
      join public.interviews i on i.id = r.interview_id where i.candidate_id = ${candidateId}
    union select r.id::text from public.interview_reports r
      join public.interviews i on i.id = r.interview_id where i.candidate_id = ${candidateId}
    union select v.id::text from public.interview_report_versions v
      join public.interview_reports r on r.id = v.report_id
      join public.interviews i on i.id = r.interview_id where i.candidate_id = ${candidateId}
    union select id::text from public.interview_decisions where candidate_id = ${candidateId}
    union select id::text from public.candidate_requests where candidate_id = ${candidateId}`;
  return [candidateId, fullName, email, ...ids.map((row) => row.id as string)];
}

test("erasure: no row or file of the candidate anywhere, table by table and in storage; a tombstone without personal data", async () => {
  const r = await recruiting(call, { questionCount: 1 });
  const name = "Zelda Quintessa-Erased";
  const victim = await everything(call, r, name);
  const bystander = await everything(call, r, "Otto Untouched-Bystander");
  const markers = await markersOf(victim.candidate.id, name, victim.email);
  assert(markers.length >= 10, `ids to look for: ${markers.length}`);
  const before = await rowsHolding(markers);
  // The search finds the candidate in every table that held something of theirs.
  for (
    const table of [
      "public.candidates",
      "public.cvs",
      "public.interview_tickets",
      "public.interviews",
      "public.interview_questions",
      "public.interview_responses",
      "public.interview_reports",
      "public.interview_report_versions",
      "public.interview_decisions",
      "public.candidate_requests",
      "public.interview_events",
      "public.ai_events",
      "private.self_identifications",
    ]
  ) assert(before[table] > 0, `${table} held the candidate before: ${JSON.stringify(before)}`);
  assertEquals((await filesOf(storageRoot, r.userId)).includes(victim.cv.id), true);
  const bystanderMarkers = await markersOf(
    bystander.candidate.id,
    "Otto Untouched-Bystander",
    bystander.email,
  );
  const bystanderBefore = await rowsHolding(bystanderMarkers);

  // A store that cannot remove the file keeps everything: erasure is all or nothing.
  const real = cvStore();
  const failing: CvStore = {
    put: (...args) => real.put(...args),
    get: (path) => real.get(path),
    remove: () =>
      Promise.reject(new ServiceUnavailableError("Storage is down.", "STORAGE_UNAVAILABLE")),
  };
  cvStore.replace(failing);
  try {
    const refused = await call(`/candidates/${victim.candidate.id}`, {
      method: "DELETE",
      token: r.token,
    });
    assertEquals([refused.status, refused.body.error.code], [503, "STORAGE_UNAVAILABLE"]);
  } finally {
    cvStore.replace(real);
  }
  assertEquals(await rowsHolding(markers), before, "a failed erasure leaves every row");

  const erased = await call(`/candidates/${victim.candidate.id}`, {
    method: "DELETE",
    token: r.token,
  });
  assertEquals(erased.status, 200, JSON.stringify(erased.body));
  const { erasure } = erased.body.data;
  assertEquals([erasure.reason, erasure.erased_by, erasure.files], ["request", r.userId, 1]);
  // The tombstone counts what went, table by table, and says nothing about whom.
  for (const [table, n] of Object.entries(erasure.rows as Record<string, number>)) {
    assert(n >= 0, table);
  }
  assertEquals(erasure.rows.candidates, 1);
  assertEquals(erasure.rows.interview_report_versions, 2);
  assertEquals(erasure.rows.self_identifications, 1);
  assert(
    erasure.rows.ai_events >= 3 && erasure.rows.interview_events >= 8,
    JSON.stringify(erasure),
  );

  // Nothing left: no table of any schema holds an id, the name or the email of the candidate,
  // the tombstone included.
  assertEquals(await rowsHolding(markers), {});
  assertEquals((await filesOf(storageRoot, r.userId)).includes(victim.cv.id), false);
  const [tombstone] = await db`select t::text as text from public.candidate_erasures t
    where id = ${erasure.id}`;
  assert(!markers.some((m) => tombstone.text.toLowerCase().includes(m.toLowerCase())));
  // The bystander keeps everything.
  assertEquals(await rowsHolding(bystanderMarkers), bystanderBefore);
  assert((await filesOf(storageRoot, r.userId)).includes(bystander.cv.id));
  assertEquals((await call(`/candidates/${victim.candidate.id}`, { token: r.token })).status, 404);
});

test("retention: inactive candidates are erased the same way, AI records go after their period, the rest stays", async () => {
  const r = await recruiting(call, { questionCount: 1 });
  const old = await everything(call, r, "Ingrid Longgone");
  const active = await everything(call, r, "Ravi Stillhere");
  const markers = await markersOf(old.candidate.id, "Ingrid Longgone", old.email);
  // Time passes for the old candidate: every trace of activity 400 days ago (written behind
  // the triggers, which would refuse to rewrite the trail). The active one's AI records from
  // the interview are 200 days old; those of a later re-score are new.
  await db.begin(async (tx) => {
    await tx`set local session_replication_role = replica`;
    await tx`update public.candidates set created_at = now() - interval '400 days',
      updated_at = now() - interval '400 days' where id = ${old.candidate.id}`;
    await tx`update public.cvs set created_at = now() - interval '400 days',
      updated_at = now() - interval '400 days' where candidate_id = ${old.candidate.id}`;
    await tx`update public.interviews set created_at = now() - interval '400 days',
      updated_at = now() - interval '400 days' where candidate_id = ${old.candidate.id}`;
    await tx`update public.interview_events set created_at = now() - interval '400 days'
      where candidate_id = ${old.candidate.id}`;
    await tx`update public.ai_events set created_at = now() - interval '200 days'
      where candidate_id = ${active.candidate.id}`;
  });
  await ok(call(`/reports/${active.taken.reportId}/rescore`, { method: "POST", token: r.token }));
  const [activeBefore] = await db`
    select (select count(*)::int from public.ai_events where candidate_id = ${active.candidate.id}
              and created_at < now() - interval '183 days') as old_calls,
           (select count(*)::int from public.ai_events where candidate_id = ${active.candidate.id}
              and created_at > now() - interval '1 day') as new_calls,
           (select count(*)::int from public.interview_events where candidate_id = ${active.candidate.id}) as events`;
  assert(activeBefore.old_calls >= 3 && activeBefore.new_calls >= 2, JSON.stringify(activeBefore));

  const result = await runRetention({ candidateDays: 365, aiLogDays: 183 });
  assert(result.candidates_erased >= 1, JSON.stringify(result));
  assert(result.ai_events_removed >= activeBefore.old_calls, JSON.stringify(result));
  assert(result.files_removed >= 1, JSON.stringify(result));

  // The old candidate: gone everywhere, files included, with a tombstone of the purge's.
  assertEquals(await rowsHolding(markers), {});
  assertEquals((await filesOf(storageRoot, r.userId)).includes(old.cv.id), false);
  const [tombstone] = await db`
    select reason, erased_by, files from public.candidate_erasures
    where owner_id = ${r.userId} order by erased_at desc limit 1`;
  assertEquals(tombstone, { reason: "retention", erased_by: null, files: 1 });
  const [{ queued }] = await db`select count(*)::int as queued from private.pending_file_removals`;
  assertEquals(queued, 0, "every queued file was removed");
  // The active candidate: kept, with its recent AI records and its whole trail of events.
  assertEquals((await call(`/candidates/${active.candidate.id}`, { token: r.token })).status, 200);
  const [activeAfter] = await db`
    select (select count(*)::int from public.ai_events where candidate_id = ${active.candidate.id}
              and created_at < now() - interval '183 days') as old_calls,
           (select count(*)::int from public.ai_events where candidate_id = ${active.candidate.id}
              and created_at > now() - interval '1 day') as new_calls,
           (select count(*)::int from public.interview_events where candidate_id = ${active.candidate.id}) as events`;
  assertEquals(activeAfter, { ...activeBefore, old_calls: 0 });
  assert((await filesOf(storageRoot, r.userId)).includes(active.cv.id));
});

test("retention: one SQL function, for pg_cron; the application's roles cannot run it or read its tables", async () => {
  // As pg_cron runs it: no arguments, the periods from private.retention_settings.
  const [{ result }] = await db`select private.apply_retention() as result`;
  assertEquals([result.candidate_days, result.ai_log_days], [365, 183]);
  // Never less than six months of AI records, whatever is asked.
  const [{ shorter }] = await db`select private.apply_retention(365, 30) as shorter`;
  assertEquals(shorter.ai_log_days, 183);
  const recruiter = await registerRecruiter(call);
  const claims = { sub: recruiter.user.id, role: "authenticated", aud: "authenticated" };
  for (
    const statement of [
      (tx: typeof db) => tx`select private.apply_retention(1, 183)`,
      (tx: typeof db) => tx`select * from private.pending_file_removals`,
      (tx: typeof db) => tx`select * from private.retention_settings`,
      (tx: typeof db) => tx`update private.retention_settings set candidate_days = 1`,
      (tx: typeof db) =>
        tx`insert into public.candidate_erasures (owner_id, reason, rows, files)
           values (${recruiter.user.id}, 'request', '{}', 0)`,
      (tx: typeof db) => tx`delete from public.candidate_erasures`,
    ]
  ) {
    assertEquals(await asCaller(db, "authenticated", claims, statement), "42501");
  }
  // Where pg_cron exists the migration scheduled the purge daily; the embedded server has none.
  const [{ cron }] = await db`
    select exists (select from pg_catalog.pg_extension where extname = 'pg_cron') as cron`;
  if (cron) {
    const jobs = await db.unsafe(
      "select schedule, command from cron.job where jobname = 'interview-platform-retention'",
    );
    assertEquals(jobs.map((job) => job.command), ["select private.apply_retention()"]);
  }
});
