/**
 * The row-level security matrix's fixture: two recruiters, A (the owner) and B (another
 * recruiter), each with a full set of rows in every table, labelled so a case can say which rows
 * it expects to see. Each recruiter is signed in (a live auth.sessions row), so the matrix's
 * recruiters pass private.assume_caller's session check as a real token's would.
 */
import type postgres from "postgres";

export const TABLES = [
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
export type Table = typeof TABLES[number];

/** Where a table lives: the self-identifications apart, in `private`. */
export const qualified = (table: Table) =>
  table === "self_identifications" ? `private.${table}` : `public.${table}`;

export const uuid = () => crypto.randomUUID();
/** 64 hex digits, the shape of a SHA-256 column. */
export const hex64 = () => (uuid() + uuid()).replaceAll("-", "");

export const A = uuid();
export const B = uuid();

/** The session each recruiter is signed in with. */
export const SESSIONS: Record<string, string> = { [A]: uuid(), [B]: uuid() };

/** Every fixture row's id, by table and label. */
export const rows = {
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

export const labelOf = new Map<string, string>(
  Object.values(rows).flatMap((byLabel) =>
    Object.entries(byLabel).map(([label, id]) => [id, label] as [string, string])
  ),
);

export async function createFixture(db: postgres.Sql) {
  const r = rows;
  await db.begin(async (tx) => {
    await tx`
      insert into auth.users (id, aud, role, email, raw_user_meta_data, created_at, updated_at)
      values
        (${A}, 'authenticated', 'authenticated', ${`rls.a.${A}@example.com`},
         '{"full_name": "Recruiter A"}', now(), now()),
        (${B}, 'authenticated', 'authenticated', ${`rls.b.${B}@example.com`},
         '{"full_name": "Recruiter B"}', now(), now())`;
    await tx`insert into auth.sessions (id, user_id, created_at, updated_at) values
      (${SESSIONS[A]}, ${A}, now(), now()), (${SESSIONS[B]}, ${B}, now(), now())`;
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
  const recorded = await db`
    select id, interview_id, kind from public.interview_events
    where owner_id in (${A}, ${B}) and id not in ${db(Object.values(r.interview_events))}`;
  for (const event of recorded) {
    const label = `${labelOf.get(event.interview_id)}-${event.kind}`;
    r.interview_events[label] = event.id;
    labelOf.set(event.id, label);
  }
}
