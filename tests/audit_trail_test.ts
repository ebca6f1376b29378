/**
 * The audit trail (supabase/migrations/20261204002000_audit_trail.sql) over HTTP and in the
 * database: every call to the AI is recorded with its exact input (hash included), its output
 * or error, and who made it; the interview's other events are recorded in the transaction that
 * makes them; GET /interviews/:id/audit answers all of it in time order; and nobody rewrites or
 * removes a recorded event.
 */
import { assert, assertEquals, assertMatch } from "./helpers/assert.ts";
import { asCaller } from "./helpers/as_caller.ts";
import { bytesOf, CLASSIC_TEXT } from "./helpers/cv_fixtures.ts";
import { type Call, client, registerRecruiter, uniqueEmail } from "./helpers/http.ts";
import { startOpenAIStandIn } from "./helpers/openai_standin.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";
import { canonicalJson } from "../shared/ai/recorded.ts";
import { sha256Hex } from "../shared/auth/tokens.ts";

const stack = await startStack({ CV_STORAGE: "local" });
const call = client(stack.url);
const db = adminSql();

const STRONG =
  "At Acme Payments I led the move of our PostgreSQL orders table to partitions. I ran EXPLAIN ANALYZE on the slowest queries, found a sequential scan over 40 million rows, and added a covering index on (merchant_id, created_at) because every hot query filtered on both. p99 fell from 800 ms to 120 ms.";

async function ok(response: Promise<{ status: number; body: { data: unknown } }>) {
  const answer = await response;
  assert(answer.status === 200 || answer.status === 201, JSON.stringify(answer.body));
  // deno-lint-ignore no-explicit-any
  return answer.body.data as any;
}

/** A recruiter, a job, a candidate with a CV (name and contact details in it), and a ticket. */
async function invited(call: Call, questionCount = 2) {
  const recruiter = await registerRecruiter(call, { company_name: "Analytical Engines" });
  const token = recruiter.access_token;
  const job = await ok(call("/jobs", {
    token,
    json: {
      title: "Backend Engineer",
      description: "Build payment services on PostgreSQL.",
      skills: ["PostgreSQL", "TypeScript"],
      requirements: ["Experience with row-level security"],
      interview_settings: { question_count: questionCount, duration_minutes: 30 },
    },
  }));
  const email = uniqueEmail("jane.doe");
  const candidate = await ok(call("/candidates", {
    token,
    json: { full_name: "Jane Doe", email, phone: "+1 (555) 010-0199", location: "Reykjavik" },
  }));
  const form = new FormData();
  form.append("candidate_id", candidate.id);
  form.append("file", new Blob([bytesOf(CLASSIC_TEXT)]), "cv.txt");
  await ok(call("/cvs", { token, body: form }));
  const ticket = await ok(call("/tickets", {
    token,
    json: { candidate_id: candidate.id, job_description_id: job.id },
  }));
  return { recruiter, token, job, candidate, email, ticket };
}

// deno-lint-ignore no-explicit-any
type Event = any;

async function trailOf(call: Call, token: string, id: string): Promise<Event[]> {
  const items: Event[] = [];
  for (let page = 1;; page++) {
    const answer = await call(`/interviews/${id}/audit?page=${page}&page_size=100`, { token });
    assertEquals(answer.status, 200, JSON.stringify(answer.body));
    items.push(...answer.body.data.items);
    if (page >= answer.body.data.pages) return items;
  }
}

test("the trail: every event and AI call of an interview, in time order, from the ticket to the report", async () => {
  const space = await invited(call);
  const redeemed = await ok(call("/interviews/redeem", { json: { code: space.ticket.code } }));
  const id = redeemed.interview_id;
  const candidate = redeemed.access_token;

  // The candidate is told before anything else happens.
  const notice = redeemed.notice;
  assertMatch(notice.ai_role, /AI interviewer/);
  assertMatch(notice.ai_role, /Analytical Engines/);
  assertMatch(notice.decision, /A person/);
  for (const competency of ["PostgreSQL", "TypeScript", "Experience with row-level security"]) {
    assert(notice.assessed.includes(competency), `the notice names ${competency}`);
  }
  assertMatch(notice.rights.explanation, new RegExp(`/interviews/${id}/requests`));
  assertMatch(notice.rights.human_review, /human_review/);

  await ok(call(`/interviews/${id}/start`, { method: "POST", token: candidate }));
  const answered: string[] = [];
  for (;;) {
    const next = await ok(call(`/interviews/${id}/next`, { token: candidate }));
    if (!next.question) break;
    const text = answered.length === 0 ? "I don't know." : STRONG;
    await ok(call(`/interviews/${id}/responses`, {
      token: candidate,
      json: { question_id: next.question.id, answer_text: text },
    }));
    answered.push(next.question.id);
  }
  await ok(call(`/interviews/${id}/finish`, { method: "POST", token: candidate }));
  const report = await ok(call("/reports", { token: space.token, json: { interview_id: id } }));

  const trail = await trailOf(call, space.token, id);
  const kinds = trail.map((event) => event.kind);
  // The order of what happened, each move before what it caused.
  assertEquals(kinds.slice(0, 6), [
    "ticket_issued",
    "ticket_redeemed",
    "notice_shown",
    "ai_call",
    "interview_started",
    "question_served",
  ]);
  assertEquals(kinds.filter((kind) => kind === "question_served").length, answered.length);
  assertEquals(kinds.filter((kind) => kind === "answer_received").length, answered.length);
  assertEquals(kinds.at(-1), "ai_call", "the report's prose is the last thing recorded");
  for (let i = 1; i < trail.length; i++) {
    assert(trail[i - 1].at <= trail[i].at, `in time order at ${i}: ${kinds[i - 1]}, ${kinds[i]}`);
  }
  assertEquals(trail.find((e) => e.kind === "notice_shown").data.version, notice.version);
  assertEquals(trail.find((e) => e.kind === "ticket_issued").actor, "recruiter");
  assertEquals(trail.find((e) => e.kind === "ticket_issued").actor_id, space.recruiter.user.id);
  assertEquals(trail.find((e) => e.kind === "answer_received").actor, "candidate");

  const calls = trail.filter((event) => event.kind === "ai_call").map((event) => event.ai);
  assertEquals(calls.map((c) => c.task), [
    "questions",
    ...answered.map(() => "answer_evaluation"),
    "report_prose",
  ]);
  for (const recorded of calls) {
    assertEquals(recorded.provider, "builtin");
    assertMatch(recorded.prompt_version, /^builtin-/);
    assert(recorded.latency_ms >= 0 && recorded.error === null && recorded.output !== null);
    // Anyone can recompute the hash from the stored input.
    assertEquals(recorded.input_sha256, sha256Hex(canonicalJson(recorded.input)));
    // Blind: the candidate's name and contact details are in the candidate row and the CV, never
    // in what the AI was given.
    const given = JSON.stringify(recorded.input).toLowerCase();
    for (
      const identity of ["jane doe", space.email, "jane.doe@example.com", "010-0199", "reykjavik"]
    ) {
      assert(!given.includes(identity.toLowerCase()), `${recorded.task} was given "${identity}"`);
    }
  }
  // The questions were made from the job and the CV (its skills), without its contact block.
  const questions = calls[0];
  assertEquals(questions.input.job.title, "Backend Engineer");
  assertEquals(questions.input.candidate.cv.contact, {
    name: null,
    email: null,
    phone: null,
    location: null,
  });
  assert(questions.input.candidate.cv.skills.length > 0, "the CV's skills were given");
  assertEquals(questions.output.length, 2);

  // Each evaluation is the one stored beside its answer, and names the answer it judged.
  const detail = await ok(call(`/interviews/${id}`, { token: space.token }));
  for (const evaluation of calls.filter((c) => c.task === "answer_evaluation")) {
    const question = detail.questions.find((q: Event) => q.id === evaluation.question_id);
    assertEquals(evaluation.response_id, question.answer.id);
    assertEquals(evaluation.input.answer_text, question.answer.answer_text);
    assertEquals(evaluation.input.question.text, question.text);
    assertEquals(evaluation.output.evaluation.score, question.answer.score);
    assertEquals(evaluation.output.evaluation.reason, question.answer.evaluation.reason);
  }
  // "I don't know." called for a follow-up: the call that decided it says so.
  assert(calls[1].output.follow_up !== null, "the follow-up decision is recorded");
  assertEquals(calls.at(-1).report_id, report.id);
  assertEquals(calls.at(-1).output.summary, report.summary);

  // The trail lives in the database, not in the answer only.
  const [{ n }] = await db`
    select count(*)::int as n from public.ai_events where interview_id = ${id}`;
  assertEquals(n, calls.length);
});

test("the trail is paginated and 404 for an interview the recruiter cannot see", async () => {
  const space = await invited(call, 1);
  const { interview_id: id } = await ok(
    call("/interviews/redeem", { json: { code: space.ticket.code } }),
  );
  const first = await call(`/interviews/${id}/audit?page=1&page_size=2`, { token: space.token });
  assertEquals(first.status, 200);
  assertEquals(first.body.data.total, 3);
  assertEquals(first.body.data.items.map((e: Event) => e.kind), [
    "ticket_issued",
    "ticket_redeemed",
  ]);
  const second = await call(`/interviews/${id}/audit?page=2&page_size=2`, { token: space.token });
  assertEquals(second.body.data.items.map((e: Event) => e.kind), ["notice_shown"]);
  const intruder = await registerRecruiter(call);
  const refused = await call(`/interviews/${id}/audit`, { token: intruder.access_token });
  assertEquals([refused.status, refused.body.error.code], [404, "NOT_FOUND"]);
  const nobody = await call(`/interviews/${crypto.randomUUID()}/audit`, { token: space.token });
  assertEquals(nobody.status, 404);
});

// The database refuses to change the trail ------------------------------------------------------

const claimsOf = {
  recruiter: (sub: string) => ({ sub, role: "authenticated", aud: "authenticated" }),
  candidate: (interviewId: string) => ({
    sub: interviewId,
    role: "authenticated",
    aud: "interview",
    interview_id: interviewId,
  }),
};

test("nobody rewrites or removes the trail: owner, another recruiter, the candidate, the service role", async () => {
  const space = await invited(call, 1);
  const { interview_id: id, access_token } = await ok(
    call("/interviews/redeem", { json: { code: space.ticket.code } }),
  );
  await ok(call(`/interviews/${id}/start`, { method: "POST", token: access_token }));
  const other = await registerRecruiter(call);
  const before = await db`
    select (select md5(string_agg(t::text, '|' order by t.seq)) from public.interview_events t
            where candidate_id = ${space.candidate.id}) as events,
           (select md5(string_agg(t::text, '|' order by t.seq)) from public.ai_events t
            where interview_id = ${id}) as calls`;

  const actors: [string, "authenticated" | "service_role", Record<string, unknown>][] = [
    ["the owner", "authenticated", claimsOf.recruiter(space.recruiter.user.id)],
    ["another recruiter", "authenticated", claimsOf.recruiter(other.user.id)],
    ["the candidate", "authenticated", claimsOf.candidate(id)],
    // Bypasses row-level security and holds the privileges: the trigger refuses it.
    ["the service role", "service_role", { role: "service_role" }],
  ];
  for (const table of ["interview_events", "ai_events"]) {
    const statements: [string, (tx: typeof db) => Promise<unknown>][] = [
      [
        "update",
        (tx) =>
          tx`update ${tx(`public.${table}`)} set created_at = now() - interval '1 year'
             where candidate_id = ${space.candidate.id}`,
      ],
      [
        "delete",
        (tx) => tx`delete from ${tx(`public.${table}`)} where candidate_id = ${space.candidate.id}`,
      ],
      ["truncate", (tx) => tx`truncate ${tx(`public.${table}`)}`],
    ];
    for (const [actor, role, claims] of actors) {
      for (const [command, statement] of statements) {
        const outcome = await asCaller(db, role as "authenticated", claims, statement);
        assertEquals(outcome, "42501", `${actor}: ${command} on ${table}`);
      }
    }
  }
  // Not even the database's owner updates a recorded event, nor truncates the trail.
  const asOwner = async (statement: (tx: typeof db) => Promise<unknown>) => {
    try {
      await db.begin(async (tx) => {
        await statement(tx as unknown as typeof db);
        throw new Error("rolled back");
      });
    } catch (error) {
      return (error as { code?: string }).code ?? (error as Error).message;
    }
  };
  assertEquals(
    await asOwner((tx) => tx`update public.ai_events set output = '{}' where interview_id = ${id}`),
    "42501",
  );
  assertEquals(await asOwner((tx) => tx`truncate public.interview_events cascade`), "42501");
  // An interview with a trail is not deleted alone (it goes with its candidate).
  assertEquals(
    await asCaller(
      db,
      "authenticated",
      claimsOf.recruiter(space.recruiter.user.id),
      (tx) => tx`delete from public.interviews where id = ${id}`,
    ),
    "23503",
  );
  const after = await db`
    select (select md5(string_agg(t::text, '|' order by t.seq)) from public.interview_events t
            where candidate_id = ${space.candidate.id}) as events,
           (select md5(string_agg(t::text, '|' order by t.seq)) from public.ai_events t
            where interview_id = ${id}) as calls`;
  assertEquals(after, before);
});

test("an event is stamped by the database: its time, and the actor the caller is", async () => {
  const space = await invited(call, 1);
  const { interview_id: id } = await ok(
    call("/interviews/redeem", { json: { code: space.ticket.code } }),
  );
  const [row] = await asCaller(
    db,
    "authenticated",
    claimsOf.candidate(id),
    async (tx) => {
      // Claims to be the recruiter, about another candidate, a year ago.
      await tx`insert into public.interview_events
           (owner_id, candidate_id, interview_id, kind, actor, actor_id, created_at)
         values (${space.recruiter.user.id}, ${crypto.randomUUID()}, ${id}, 'question_served',
           'recruiter', ${space.recruiter.user.id}, now() - interval '1 year')`;
      // Read back as the superuser (a candidate reads no trail).
      await tx`reset role`;
      return await tx`
        select actor, actor_id, candidate_id, created_at > now() - interval '1 minute' as now
        from public.interview_events where interview_id = ${id} and kind = 'question_served'`;
    },
  ) as { actor: string; actor_id: string | null; candidate_id: string; now: boolean }[];
  assertEquals(row, {
    actor: "candidate",
    actor_id: null,
    candidate_id: space.candidate.id,
    now: true,
  });
});

// Failed calls -----------------------------------------------------------------------------------

test("openai-compatible: an evaluation that times out is an event with its error; the report's evaluation is another", async () => {
  const standIn = startOpenAIStandIn();
  const remote = await startStack({
    CV_STORAGE: "local",
    AI_BASE_URL: standIn.url,
    AI_MODEL: standIn.model,
    AI_API_KEY: standIn.apiKey,
    AI_TIMEOUT_MS: "300",
    AI_MAX_RETRIES: "0",
  });
  try {
    const remoteCall = client(remote.url);
    const space = await invited(remoteCall, 1);
    const { interview_id: id, access_token: candidate } = await ok(
      remoteCall("/interviews/redeem", { json: { code: space.ticket.code } }),
    );
    await ok(remoteCall(`/interviews/${id}/start`, { method: "POST", token: candidate }));
    const question = (await ok(remoteCall(`/interviews/${id}/next`, { token: candidate })))
      .question;
    standIn.script({ kind: "slow", ms: 2_000 });
    const answer = await ok(remoteCall(`/interviews/${id}/responses`, {
      token: candidate,
      json: { question_id: question.id, answer_text: STRONG },
    }));
    await ok(remoteCall(`/interviews/${id}/finish`, { method: "POST", token: candidate }));
    // The report's call fails too: refused, and the failed call is on the record.
    standIn.script({ kind: "status", status: 500 });
    const refused = await remoteCall("/reports", {
      token: space.token,
      json: { interview_id: id },
    });
    assertEquals([refused.status, refused.body.error.code], [503, "AI_UNAVAILABLE"]);
    await ok(remoteCall("/reports", { token: space.token, json: { interview_id: id } }));

    const calls = (await trailOf(remoteCall, space.token, id))
      .filter((event) => event.kind === "ai_call").map((event) => event.ai);
    assertEquals(calls.map((c) => [c.task, c.error === null]), [
      ["questions", true],
      ["answer_evaluation", false],
      ["report_evaluation", false],
      ["report_evaluation", true],
      ["report_prose", true],
    ]);
    const failed = calls[1];
    assertEquals([failed.provider, failed.model], ["openai-compatible", standIn.model]);
    assertMatch(failed.prompt_version, /^openai-/);
    assertEquals(failed.output, null);
    assertMatch(failed.error, /^AI_UNAVAILABLE/);
    assertEquals(failed.response_id, answer.answer.id);
    assert(failed.latency_ms >= 250, `the timeout is in the latency (${failed.latency_ms} ms)`);
    assert(!failed.error.includes("PROVIDER"), "the provider's own text is never recorded");
    // The model was sent what the record says it was given: the answer, in the prompt.
    const evaluationRequest = standIn.requests.find((r) =>
      JSON.stringify(r.body.messages).includes("merchant_id, created_at")
    );
    assert(evaluationRequest, "the answer reached the model");
    // The report evaluated the same question and answer again, and that evaluation is the one
    // stored beside the answer.
    assertEquals(calls[3].input.question, failed.input.question);
    assertEquals(calls[3].input.answer_text, failed.input.answer_text);
    const [stored] = await db`
      select score from public.interview_responses where id = ${answer.answer.id}`;
    assertEquals(calls[3].output.score, Number(stored.score));
  } finally {
    await remote.stop();
    await standIn.stop();
  }
});
