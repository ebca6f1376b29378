/**
 * The candidate is told and can ask, over HTTP: the notice on redeeming; a request for an
 * explanation or a human review with the interview's credential; the recruiter sees open
 * requests on the interview and answers each once; the candidate reads the answer. An
 * explanation comes from this interview's report alone: per competency, what was asked, what
 * counted (the candidate's own words) and what was missing, and nothing of anyone else's.
 */
import { assert, assertEquals, assertMatch } from "./helpers/assert.ts";
import { asCaller } from "./helpers/as_caller.ts";
import { client } from "./helpers/http.ts";
import { type Data, ok, recruiting, STRONG, takeInterview } from "./helpers/journey.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";

const stack = await startStack();
const call = client(stack.url);
const db = adminSql();

/** Another candidate's answer, in the same job: it must never reach this one's explanation. */
const OTHER_ANSWER =
  "At Zephyrcorp I sharded the Quillbase ledger across 17 nodes myself, because the single primary hit 95% CPU; replication lag fell from 9 s to 200 ms.";

test("requests: the candidate asks, the recruiter sees and answers, the candidate reads the explanation", async () => {
  const r = await recruiting(call);
  // Someone else interviews for the same job first, with answers of their own.
  await takeInterview(call, r, { answer: () => OTHER_ANSWER });
  const taken = await takeInterview(call, r);
  const { interviewId: id, candidateToken: token } = taken;

  const asked = await call(`/interviews/${id}/requests`, {
    token,
    json: { kind: "explanation", message: "Why was my second answer weak?" },
  });
  assertEquals(asked.status, 201, JSON.stringify(asked.body));
  const request = asked.body.data;
  assertEquals([request.kind, request.status, request.answer], ["explanation", "open", null]);
  assertEquals(request.message, "Why was my second answer weak?");
  const twice = await call(`/interviews/${id}/requests`, { token, json: { kind: "explanation" } });
  assertEquals([twice.status, twice.body.error.code], [409, "REQUEST_OPEN"]);
  const review = await ok(call(`/interviews/${id}/requests`, {
    token,
    json: { kind: "human_review", message: "I think the AI misread my first answer." },
  }));

  // The recruiter sees both, open, on the interview.
  const detail = await ok(call(`/interviews/${id}`, { token: r.token }));
  assertEquals(detail.open_requests, 2);
  assertEquals(detail.requests.map((q: Data) => [q.kind, q.status]).sort(), [
    ["explanation", "open"],
    ["human_review", "open"],
  ]);
  assertEquals(detail.requests[0].candidate_id, taken.candidateId);

  const answered = await call(`/interviews/${id}/requests/${request.id}/answer`, {
    token: r.token,
    json: { message: "Here is how your interview was assessed." },
  });
  assertEquals(answered.status, 200, JSON.stringify(answered.body));
  const answer = answered.body.data.answer;
  assertEquals(answered.body.data.status, "answered");
  assertEquals(answered.body.data.answered_by, r.userId);
  assertEquals(answer.message, "Here is how your interview was assessed.");
  const report = await ok(call(`/reports/${taken.reportId}`, { token: r.token }));
  const explanation = answer.explanation;
  assertEquals(answer.report_version, report.version);
  assertEquals([explanation.report_version, explanation.overall_score], [
    report.version,
    report.overall_score,
  ]);
  assertMatch(explanation.how_answers_are_scored, /your own answer/);
  assertMatch(explanation.decision, /A person/);
  // Per competency: what was asked, what counted, what was missing; from this report alone.
  const questions = new Map<string, string>(
    detail.questions.map((q: Data) => [q.id, q.text] as [string, string]),
  );
  assertEquals(
    explanation.competencies.map((c: Data) => [c.name, c.score]),
    report.competencies.map((c: Data) => [c.name, c.score]),
  );
  for (const competency of explanation.competencies) {
    assert(competency.asked.length > 0, `${competency.name}: what was asked`);
    for (const text of competency.asked) {
      assert([...questions.values()].includes(text), "a question of this interview");
    }
    const source = report.competencies.find((c: Data) => c.name === competency.name);
    assertEquals(competency.missing, source.missing);
    for (const { point, your_words } of competency.counted) {
      assert(
        [...taken.answers.values()].some((text) => text.includes(your_words)),
        `"${your_words}" is the candidate's own`,
      );
      assert(source.evidence.some((e: Data) => e.point === point && e.quote === your_words));
    }
  }
  assert(
    explanation.competencies.some((c: Data) => c.counted.length > 0),
    "the strong answer counted for something",
  );
  const written = JSON.stringify(explanation);
  for (const foreign of ["Zephyrcorp", "Quillbase", "sharded", "percentile", "rank"]) {
    assert(!written.includes(foreign), `nothing of anyone else's: ${foreign}`);
  }

  const again = await call(`/interviews/${id}/requests/${request.id}/answer`, {
    token: r.token,
    json: { message: "Once more." },
  });
  assertEquals([again.status, again.body.error.code], [409, "REQUEST_ANSWERED"]);
  const reviewed = await ok(call(`/interviews/${id}/requests/${review.id}/answer`, {
    token: r.token,
    json: { message: "I re-read your answers; the scores stand, and a person decides." },
  }));
  assertEquals(reviewed.answer.explanation, null);

  // The candidate reads the answers, newest first.
  const mine = await ok(call(`/interviews/${id}/requests`, { token }));
  assertEquals(mine.total, 2);
  assertEquals(mine.items.map((q: Data) => q.id), [review.id, request.id]);
  assertEquals(mine.items[1].answer.explanation, explanation);
  assert(!("answered_by" in mine.items[1]), "the candidate's view is its own request");
  // Answered, a kind can be asked again.
  assertEquals(
    (await call(`/interviews/${id}/requests`, { token, json: { kind: "explanation" } })).status,
    201,
  );

  // On the trail: the candidate opened, the recruiter answered.
  const trail = (await ok(call(`/interviews/${id}/audit?page_size=100`, { token: r.token })))
    .items.filter((e: Data) => e.kind.startsWith("request_"));
  assertEquals(trail.map((e: Data) => [e.kind, e.actor, e.data.kind]), [
    ["request_opened", "candidate", "explanation"],
    ["request_opened", "candidate", "human_review"],
    ["request_answered", "recruiter", "explanation"],
    ["request_answered", "recruiter", "human_review"],
    ["request_opened", "candidate", "explanation"],
  ]);
});

test("requests: an explanation needs the report; a request's id is its interview's only", async () => {
  const r = await recruiting(call, { questionCount: 1 });
  const taken = await takeInterview(call, r, { report: false });
  const other = await takeInterview(call, r, { report: false });
  const request = await ok(call(`/interviews/${taken.interviewId}/requests`, {
    token: taken.candidateToken,
    json: { kind: "explanation" },
  }));
  const early = await call(`/interviews/${taken.interviewId}/requests/${request.id}/answer`, {
    token: r.token,
    json: { message: "Soon." },
  });
  assertEquals([early.status, early.body.error.code], [409, "REPORT_REQUIRED"]);
  // The same request under another interview of the same recruiter does not exist.
  const elsewhere = await call(`/interviews/${other.interviewId}/requests/${request.id}/answer`, {
    token: r.token,
    json: { message: "Wrong interview." },
  });
  assertEquals(elsewhere.status, 404);
  for (const body of [{ kind: "appeal" }, { kind: "explanation", status: "answered" }, {}]) {
    const refused = await call(`/interviews/${taken.interviewId}/requests`, {
      token: taken.candidateToken,
      json: body,
    });
    assertEquals(refused.status, 422, JSON.stringify(body));
  }
  const empty = await call(`/interviews/${taken.interviewId}/requests/${request.id}/answer`, {
    token: r.token,
    json: { message: "" },
  });
  assertEquals(empty.status, 422);
  await ok(call("/reports", { token: r.token, json: { interview_id: taken.interviewId } }));
  const now = await ok(call(`/interviews/${taken.interviewId}/requests/${request.id}/answer`, {
    token: r.token,
    json: { message: "Here it is." },
  }));
  assertEquals(now.answer.report_version, 1);
});

test("requests: in the database, a candidate asks and reads, a recruiter answers once, no one rewrites or removes", async () => {
  const r = await recruiting(call, { questionCount: 1 });
  const taken = await takeInterview(call, r, { answer: () => STRONG });
  const request = await ok(call(`/interviews/${taken.interviewId}/requests`, {
    token: taken.candidateToken,
    json: { kind: "human_review", message: "Please look again." },
  }));
  const candidate = {
    sub: taken.interviewId,
    role: "authenticated",
    aud: "interview",
    interview_id: taken.interviewId,
  };
  const owner = { sub: r.userId, role: "authenticated", aud: "authenticated" };
  const outcomes = {
    "the candidate answers its own request": await asCaller(
      db,
      "authenticated",
      candidate,
      (tx) =>
        tx`update public.candidate_requests set status = 'answered', answer = 'Granted.',
             answered_by = ${taken.interviewId}, answered_at = now() where id = ${request.id}`,
    ).then((result) => (result as { count?: number }).count ?? result),
    "the recruiter rewrites what was asked": await asCaller(
      db,
      "authenticated",
      owner,
      (tx) =>
        tx`update public.candidate_requests set message = 'Nothing to see.', status = 'answered',
             answer = 'Fine.', answered_by = ${r.userId}, answered_at = now()
           where id = ${request.id}`,
    ),
    "the recruiter removes it": await asCaller(
      db,
      "authenticated",
      owner,
      (tx) => tx`delete from public.candidate_requests where id = ${request.id}`,
    ),
    "the candidate asks in another's name": await asCaller(
      db,
      "authenticated",
      candidate,
      (tx) =>
        tx`insert into public.candidate_requests (owner_id, interview_id, candidate_id, kind, status, answer, answered_by, answered_at)
           values (${r.userId}, ${taken.interviewId}, ${taken.candidateId}, 'explanation', 'answered', 'Self-answered', ${r.userId}, now())
           returning status, answer`,
    ).then((result) => typeof result === "string" ? result : [...(result as Data[])]),
  };
  assertEquals(outcomes, {
    "the candidate answers its own request": 0,
    "the recruiter rewrites what was asked": "42501",
    "the recruiter removes it": "42501",
    // Stamped as asked: open, with no answer, whatever it claimed.
    "the candidate asks in another's name": [{ status: "open", answer: null }],
  });
  const [row] =
    await db`select status, message from public.candidate_requests where id = ${request.id}`;
  assertEquals(row, { status: "open", message: "Please look again." });
});
