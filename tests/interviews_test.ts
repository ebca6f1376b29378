/**
 * Interviews end to end over HTTP: the candidate's session with its state machine, from a
 * redeemed ticket to the report, and the recruiter's view. Tickets themselves are
 * tests/tickets_test.ts's, reports tests/reports_test.ts's.
 */
import { assert, assertEquals, assertMatch } from "./helpers/assert.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";
import { client, registerRecruiter } from "./helpers/http.ts";
import { issueTicket, type Recruiter, redeem, workspace } from "./helpers/tickets.ts";

const stack = await startStack();
const call = client(stack.url);
const db = adminSql();

test("the whole journey: ticket, redeem, start, answer every question, finish, report", async () => {
  const space = await workspace(call);
  const ticket = await issueTicket(call, space);
  assertMatch(ticket.code, /^[A-Za-z0-9_-]{43}$/);
  assertEquals(ticket.url, `http://localhost:3000/interview#code=${ticket.code}`);
  assertEquals(ticket.status, "active");
  assertEquals([ticket.max_uses, ticket.uses], [1, 0]);
  const days = (Date.parse(ticket.expires_at) - Date.now()) / 86_400_000;
  assert(days > 6.99 && days <= 7, `expires in 7 days (${days})`);
  const [stored] = await db`select code_hash from public.interview_tickets where id = ${ticket.id}`;
  assert(
    stored.code_hash !== ticket.code && /^[0-9a-f]{64}$/.test(stored.code_hash),
    "only the hash is stored",
  );

  const credential = await redeem(call, ticket.code);
  const id = credential.interview_id;
  const candidate = credential.access_token;

  const early = await call(`/interviews/${id}/next`, { token: candidate });
  assertEquals(early.status, 409);
  assertEquals(early.body.error.code, "INTERVIEW_NOT_STARTED");

  const started = await call(`/interviews/${id}/start`, { method: "POST", token: candidate });
  assertEquals(started.status, 200);
  assertEquals(started.body.data.status, "in_progress");
  assertEquals([started.body.data.answered, started.body.data.total], [0, 4]);
  const minutes =
    (Date.parse(started.body.data.deadline_at) - Date.parse(started.body.data.started_at)) / 60_000;
  assertEquals(minutes, 30);

  const seen = new Set<string>();
  const answers = [
    "At Acme I led the migration of our PostgreSQL cluster to partitioned tables. I profiled the slow queries with EXPLAIN ANALYZE and added covering indexes, because the planner was scanning 40 million rows; p99 latency fell from 800 ms to 120 ms.",
    "I don't know.",
  ];
  const texts = new Map<string, string>();
  let mains = 0;
  let followUps = 0;
  let lastAnswered: string | null = null;
  for (let i = 0; i < 20; i++) {
    const next = await call(`/interviews/${id}/next`, { token: candidate });
    assertEquals(next.status, 200);
    const question = next.body.data.question;
    if (!question) break;
    assert(!("expected_points" in question), "the candidate never sees what a good answer covers");
    assert(!("rubric" in question) && !("competency" in question), "nor the rubric");
    assert(!seen.has(question.text), "no question repeats");
    seen.add(question.text);
    if (question.parent_question_id) {
      // A follow-up comes right after the answer that called for it, before the next main one.
      assertEquals(question.parent_question_id, lastAnswered);
      followUps++;
    } else {
      mains++;
      assertEquals(question.position, mains);
    }
    const text = question.parent_question_id ? answers[0] : answers[mains % 2 === 1 ? 0 : 1];
    texts.set(question.id, text);
    const answered = await call(`/interviews/${id}/responses`, {
      token: candidate,
      json: { question_id: question.id, answer_text: text, duration_seconds: 60 + i },
    });
    assertEquals(answered.status, 201);
    const recorded = answered.body.data;
    assertEquals(recorded.answer.question_id, question.id);
    for (const hidden of ["score", "evaluation", "flags", "reason"]) {
      assert(!(hidden in recorded.answer), `the candidate never sees the ${hidden}`);
    }
    assertEquals(recorded.interview.answered, mains + followUps);
    lastAnswered = question.id;
  }
  assertEquals(mains, 4);
  assert(followUps >= 2, `"I don't know" gets a follow-up (${followUps})`);
  const done = await call(`/interviews/${id}/next`, { token: candidate });
  assertEquals([done.body.data.interview.answered, done.body.data.interview.total], [
    4 + followUps,
    4 + followUps,
  ]);

  const finished = await call(`/interviews/${id}/finish`, { method: "POST", token: candidate });
  assertEquals(finished.status, 200);
  assertEquals(finished.body.data.status, "completed");

  const detail = await call(`/interviews/${id}`, { token: space.token });
  assertEquals(detail.status, 200);
  const questions = detail.body.data.questions;
  assertEquals(questions.length, 4 + followUps);
  for (const question of questions) {
    assert(question.expected_points.length >= 2);
    assertEquals(question.source === "follow_up", question.parent_question_id !== null);
    const answer = question.answer;
    assertEquals(answer.answer_text, texts.get(question.id));
    assert(answer.evaluated_at !== null && answer.score !== null, "evaluated when it arrived");
    assertEquals(answer.evaluation.provider, "builtin");
    assert(answer.evaluation.reason.length > 0);
    for (const { quote } of answer.evaluation.covered) {
      assert(answer.answer_text.includes(quote), `a quote is the candidate's own words: ${quote}`);
    }
  }
  const [specific, evasive] = answers.map((text) =>
    Math.max(
      ...questions.filter((question: { answer: { answer_text: string } }) =>
        question.answer.answer_text === text
      ).map((question: { answer: { score: number } }) => question.answer.score),
    )
  );
  assert(
    evasive < specific,
    `an evasive answer scores below a specific one (${evasive}, ${specific})`,
  );

  const report = await call("/reports", { token: space.token, json: { interview_id: id } });
  assertEquals(report.status, 201);
  const data = report.body.data;
  assert(data.overall_score >= 0 && data.overall_score <= 100);
  assert(["strong_hire", "hire", "maybe", "no_hire"].includes(data.recommendation));
  assert(data.summary.length > 0);
  assertEquals(data.job, { id: space.job.id, title: "Senior Backend Engineer" });
  assertEquals(data.ai.provider, "builtin");
  assert(data.ai.prompt_version && data.ai.rubric_version);
  assertMatch(data.notice, /human decision/);
  assertEquals(
    Object.keys(data.competency_scores).sort(),
    data.competencies.map((c: { name: string }) => c.name).sort(),
  );
  for (const competency of data.competencies) {
    assert(competency.reason.length > 0);
    for (const evidence of competency.evidence) {
      assert(
        texts.get(evidence.question_id)?.includes(evidence.quote),
        "evidence quotes an answer",
      );
    }
  }

  const again = await call("/reports", { token: space.token, json: { interview_id: id } });
  assertEquals(again.status, 200, "asking again returns the same report");
  assertEquals(again.body.data, data);
  assertEquals((await call(`/reports/${data.id}`, { token: space.token })).body.data, data);
  const listed = await call(`/reports?interview_id=${id}`, { token: space.token });
  assertEquals(listed.body.data.items, [data]);
});

test("every refused state move is 409, and a question is answered once", async () => {
  const space = await workspace(call, 2);
  const { interview_id: id, access_token: token } = await redeem(
    call,
    (await issueTicket(call, space)).code,
  );
  const finishEarly = await call(`/interviews/${id}/finish`, { method: "POST", token });
  assertEquals([finishEarly.status, finishEarly.body.error.code], [409, "INTERVIEW_NOT_STARTED"]);
  const answerEarly = await call(`/interviews/${id}/responses`, {
    token,
    json: { question_id: crypto.randomUUID(), answer_text: "early" },
  });
  assertEquals([answerEarly.status, answerEarly.body.error.code], [409, "INTERVIEW_NOT_STARTED"]);

  assertEquals((await call(`/interviews/${id}/start`, { method: "POST", token })).status, 200);
  const startTwice = await call(`/interviews/${id}/start`, { method: "POST", token });
  assertEquals([startTwice.status, startTwice.body.error.code], [409, "INTERVIEW_ALREADY_STARTED"]);

  const question = (await call(`/interviews/${id}/next`, { token })).body.data.question;
  const answer = { question_id: question.id, answer_text: "First answer." };
  assertEquals((await call(`/interviews/${id}/responses`, { token, json: answer })).status, 201);
  const twice = await call(`/interviews/${id}/responses`, {
    token,
    json: { ...answer, answer_text: "Second." },
  });
  assertEquals([twice.status, twice.body.error.code], [409, "ALREADY_ANSWERED"]);
  const [kept] =
    await db`select answer_text from public.interview_responses where question_id = ${question.id}`;
  assertEquals(kept.answer_text, "First answer.");

  assertEquals((await call(`/interviews/${id}/finish`, { method: "POST", token })).status, 200);
  const finishTwice = await call(`/interviews/${id}/finish`, { method: "POST", token });
  assertEquals([finishTwice.status, finishTwice.body.error.code], [409, "INTERVIEW_FINISHED"]);
  const afterFinish = await call(`/interviews/${id}/responses`, {
    token,
    json: { question_id: question.id, answer_text: "late" },
  });
  assertEquals(afterFinish.status, 409);
  const next = await call(`/interviews/${id}/next`, { token });
  assertEquals([next.body.data.question, next.body.data.interview.status], [null, "completed"]);
});

test("an interview past its time limit is closed as expired", async () => {
  const space = await workspace(call, 2);
  const { interview_id: id, access_token: token } = await redeem(
    call,
    (await issueTicket(call, space)).code,
  );
  await call(`/interviews/${id}/start`, { method: "POST", token });
  const question = (await call(`/interviews/${id}/next`, { token })).body.data.question;
  await db`update public.interviews set started_at = now() - interval '2 hours', deadline_at = now() - interval '1 hour'
            where id = ${id}`;
  const late = await call(`/interviews/${id}/responses`, {
    token,
    json: { question_id: question.id, answer_text: "x" },
  });
  assertEquals([late.status, late.body.error.code], [409, "INTERVIEW_EXPIRED"]);
  const [row] =
    await db`select status, completed_at = deadline_at as closed_at_deadline from public.interviews where id = ${id}`;
  assertEquals(row, { status: "expired", closed_at_deadline: true });
  // An expired interview can still be reported on, from what was answered in time.
  const report = await call("/reports", { token: space.token, json: { interview_id: id } });
  assertEquals(report.status, 201);
  assertEquals(report.body.data.overall_score, 0);
});

test("a candidate credential reaches its own interview only; tokens do not cross sides", async () => {
  const space = await workspace(call, 2);
  const mine = await redeem(call, (await issueTicket(call, space)).code);
  const other = await redeem(call, (await issueTicket(call, space)).code);
  await call(`/interviews/${other.interview_id}/start`, {
    method: "POST",
    token: other.access_token,
  });
  const otherQuestion =
    (await call(`/interviews/${other.interview_id}/next`, { token: other.access_token })).body
      .data.question;

  for (const [method, route] of [["POST", "start"], ["GET", "next"], ["POST", "finish"]]) {
    const response = await call(`/interviews/${other.interview_id}/${route}`, {
      method,
      token: mine.access_token,
    });
    assertEquals(response.status, 404, `${method} ${route}`);
  }
  await call(`/interviews/${mine.interview_id}/start`, {
    method: "POST",
    token: mine.access_token,
  });
  const foreign = await call(`/interviews/${mine.interview_id}/responses`, {
    token: mine.access_token,
    json: { question_id: otherQuestion.id, answer_text: "Not my question." },
  });
  assertEquals(foreign.status, 404, "a question of another interview does not exist for this one");
  const [{ n }] =
    await db`select count(*)::int as n from public.interview_responses where question_id = ${otherQuestion.id}`;
  assertEquals(n, 0);

  assertEquals(
    (await call("/interviews", { token: mine.access_token })).status,
    401,
    "a credential is no recruiter",
  );
  assertEquals(
    (await call(`/interviews/${mine.interview_id}`, { token: mine.access_token })).status,
    401,
  );
  assertEquals((await call("/jobs", { token: mine.access_token })).status, 401);
  assertEquals((await call("/auth/me", { token: mine.access_token })).status, 401);
  const recruiterOnCandidateRoute = await call(`/interviews/${mine.interview_id}/next`, {
    token: space.token,
  });
  assertEquals(
    recruiterOnCandidateRoute.status,
    401,
    "a recruiter's token is no interview credential",
  );
});

test("another recruiter's tickets, interviews and reports are 404, and its ids are refused", async () => {
  const owner = await workspace(call, 1);
  const intruder: Recruiter = await registerRecruiter(call);
  const ticket = await issueTicket(call, owner);
  const { interview_id: id, access_token: token } = await redeem(call, ticket.code);
  await call(`/interviews/${id}/start`, { method: "POST", token });
  await call(`/interviews/${id}/finish`, { method: "POST", token });
  const report =
    (await call("/reports", { token: owner.token, json: { interview_id: id } })).body.data;

  const attempts = [
    call(`/tickets/${ticket.id}`, { token: intruder.access_token }),
    call(`/tickets/${ticket.id}/revoke`, { method: "POST", token: intruder.access_token }),
    call(`/interviews/${id}`, { token: intruder.access_token }),
    call(`/reports/${report.id}`, { token: intruder.access_token }),
    call("/reports", { token: intruder.access_token, json: { interview_id: id } }),
    call("/tickets", {
      token: intruder.access_token,
      json: { candidate_id: owner.candidate.id, job_description_id: owner.job.id },
    }),
  ];
  for (const response of await Promise.all(attempts)) assertEquals(response.status, 404);
  for (const list of ["/tickets", "/interviews", "/reports"]) {
    assertEquals((await call(list, { token: intruder.access_token })).body.data.total, 0, list);
  }
  const [row] = await db`select status from public.interview_tickets where id = ${ticket.id}`;
  assertEquals(row.status, "used");
});

test("recruiters list interviews by job, candidate and status", async () => {
  const space = await workspace(call, 1);
  const first = await redeem(call, (await issueTicket(call, space)).code);
  await redeem(call, (await issueTicket(call, space)).code);
  await call(`/interviews/${first.interview_id}/start`, {
    method: "POST",
    token: first.access_token,
  });
  const all = await call(`/interviews?candidate_id=${space.candidate.id}`, { token: space.token });
  assertEquals(all.body.data.total, 2);
  const running = await call(`/interviews?job_description_id=${space.job.id}&status=in_progress`, {
    token: space.token,
  });
  assertEquals(running.body.data.items.map((i: { id: string }) => i.id), [first.interview_id]);
  const tickets = await call(`/tickets?candidate_id=${space.candidate.id}&status=used`, {
    token: space.token,
  });
  assertEquals(tickets.body.data.total, 2);
});
