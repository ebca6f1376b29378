/**
 * A person decides, over HTTP: a report keeps every version (the AI's, a re-score, a person's
 * review with a reason for each change, the AI's original shown beside it), and a decision on an
 * interview is recorded with who made it, why, and the report version and AI recommendation it
 * was made against. A candidate's status moves to rejected, offered or hired, and out of them,
 * only through such a decision: not by editing the candidate, and not by any AI output.
 */
import { assert, assertEquals, assertMatch } from "./helpers/assert.ts";
import { asCaller } from "./helpers/as_caller.ts";
import { client } from "./helpers/http.ts";
import { type Data, ok, recruiting, takeInterview } from "./helpers/journey.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";

const stack = await startStack();
const call = client(stack.url);
const db = adminSql();

const recruiterClaims = (sub: string) => ({ sub, role: "authenticated", aud: "authenticated" });

test("versions: the AI's report, a person's review beside it, a re-score, and every version kept", async () => {
  const r = await recruiting(call);
  const taken = await takeInterview(call, r);
  const first = await ok(call(`/reports/${taken.reportId}`, { token: r.token }));
  assertEquals([first.version, first.source, first.provider], [1, "ai", "builtin"]);
  assertMatch(first.prompt_version, /^builtin-/);
  assert(first.rubric_version, "the rubric's version");
  assertEquals([first.reviewer, first.changes, first.ai_original], [null, [], null]);
  assertEquals(first.ai.provider, "builtin", "the report's `ai` block, as frontends read it");
  const competency = first.competencies[0].name;
  const aiCompetencyScore = first.competency_scores[competency];

  // A person's review: each changed value (other than the AI's) with its reason.
  const overall = first.overall_score === 88 ? 87 : 88;
  const recommendation = first.recommendation === "hire" ? "maybe" : "hire";
  const competencyScore = aiCompetencyScore === 90 ? 91 : 90;
  const review = {
    overall_score: { value: overall, reason: "The follow-up answers showed real depth." },
    recommendation: { value: recommendation, reason: "Strong on the core skill the team needs." },
    competency_scores: {
      [competency]: {
        value: competencyScore,
        reason: "Led a real partitioning migration with numbers.",
      },
    },
  };
  const reviewed = await call(`/reports/${taken.reportId}/review`, {
    token: r.token,
    json: review,
  });
  assertEquals(reviewed.status, 201, JSON.stringify(reviewed.body));
  const human = reviewed.body.data;
  assertEquals([human.version, human.source], [2, "human"]);
  assertEquals(human.reviewer, { id: r.userId, full_name: r.fullName });
  assertEquals([human.overall_score, human.recommendation], [overall, recommendation]);
  assertEquals(human.competency_scores[competency], competencyScore);
  // The AI's original stands beside every change.
  assertEquals(human.ai_original, {
    version: 1,
    overall_score: first.overall_score,
    recommendation: first.recommendation,
    competency_scores: first.competency_scores,
  });
  assertEquals(human.changes, [
    {
      field: "overall_score",
      competency: null,
      from: first.overall_score,
      to: overall,
      reason: review.overall_score.reason,
    },
    {
      field: "recommendation",
      competency: null,
      from: first.recommendation,
      to: recommendation,
      reason: review.recommendation.reason,
    },
    {
      field: "competency_scores",
      competency,
      from: aiCompetencyScore,
      to: competencyScore,
      reason: review.competency_scores[competency].reason,
    },
  ]);
  const changed = human.competencies.find((c: Data) => c.name === competency);
  assertEquals([changed.score, changed.review], [competencyScore, {
    ai_score: aiCompetencyScore,
    reason: review.competency_scores[competency].reason,
  }]);
  // The provenance of a human version is the AI version it rests on.
  assertEquals([human.provider, human.prompt_version], [first.provider, first.prompt_version]);
  assertEquals(await ok(call(`/reports/${taken.reportId}`, { token: r.token })), human);

  // A second review of the reviewed version keeps the earlier changes it does not undo.
  const again = await ok(call(`/reports/${taken.reportId}/review`, {
    token: r.token,
    json: { overall_score: { value: 85, reason: "On reflection, slightly lower." } },
  }));
  assertEquals(again.version, 3);
  assertEquals(again.changes.map((c: Data) => [c.field, c.from, c.to]), [
    ["overall_score", first.overall_score, 85],
    ["recommendation", first.recommendation, recommendation],
    ["competency_scores", aiCompetencyScore, competencyScore],
  ]);
  assertEquals(again.ai_original.version, 1);

  // A re-score: a new AI version from the current provider, prompt and rubric.
  const rescored = await call(`/reports/${taken.reportId}/rescore`, {
    method: "POST",
    token: r.token,
  });
  assertEquals(rescored.status, 201, JSON.stringify(rescored.body));
  const ai = rescored.body.data;
  assertEquals([ai.version, ai.source, ai.reviewer, ai.changes, ai.ai_original], [
    4,
    "ai",
    null,
    [],
    null,
  ]);
  // The built-in interviewer is deterministic: the same answers score the same.
  assertEquals([ai.overall_score, ai.competency_scores], [
    first.overall_score,
    first.competency_scores,
  ]);

  const versions = await call(`/reports/${taken.reportId}/versions`, { token: r.token });
  assertEquals(versions.status, 200);
  assertEquals(versions.body.data.total, 4);
  assertEquals(
    versions.body.data.items.map((v: Data) => [v.version, v.source, v.based_on_version]),
    [
      [4, "ai", null],
      [3, "human", 2],
      [2, "human", 1],
      [1, "ai", null],
    ],
  );
  const [v4, v3, v2, v1] = versions.body.data.items;
  assertEquals([v1.overall_score, v2.overall_score, v3.overall_score], [
    first.overall_score,
    88,
    85,
  ]);
  assertEquals(v2.reviewer, { id: r.userId, full_name: r.fullName });
  assertEquals(v4.competencies, ai.competencies);
  const paged = await call(`/reports/${taken.reportId}/versions?page=2&page_size=3`, {
    token: r.token,
  });
  assertEquals(paged.body.data.items.map((v: Data) => v.version), [1]);

  // Asking for the report again answers the current version, unchanged.
  const generated = await call("/reports", {
    token: r.token,
    json: { interview_id: taken.interviewId },
  });
  assertEquals([generated.status, generated.body.data.version], [200, 4]);

  // Every version is on the interview's trail, and the re-score's calls with it.
  const trail = (await ok(call(`/interviews/${taken.interviewId}/audit?page_size=100`, {
    token: r.token,
  }))).items;
  assertEquals(
    trail.filter((e: Data) => e.kind === "report_version_created").map((
      e: Data,
    ) => [e.data.version, e.data.source, e.actor]),
    [[1, "ai", "recruiter"], [2, "human", "recruiter"], [3, "human", "recruiter"], [
      4,
      "ai",
      "recruiter",
    ]],
  );
  const rescoreCalls = trail.filter((e: Data) =>
    e.kind === "ai_call" && e.ai.task === "report_evaluation"
  );
  assertEquals(rescoreCalls.length, taken.answers.size, "the re-score evaluated every answer");
  assert(rescoreCalls.every((e: Data) => e.ai.report_id === taken.reportId));
});

test("versions: a review without a reason, of a competency the report lacks, or changing nothing is 422", async () => {
  const r = await recruiting(call, { questionCount: 1 });
  const taken = await takeInterview(call, r);
  const report = await ok(call(`/reports/${taken.reportId}`, { token: r.token }));
  const refusals: [unknown, string][] = [
    [{}, ""],
    [{ overall_score: { value: 50 } }, "overall_score.reason"],
    [{ overall_score: { value: 50, reason: "  " } }, "overall_score.reason"],
    [{ overall_score: { value: 101, reason: "Too high." } }, "overall_score.value"],
    [{ recommendation: { value: "superb", reason: "Why not." } }, "recommendation.value"],
    [{ competency_scores: {} }, "competency_scores"],
    [
      { competency_scores: { "No such skill": { value: 5, reason: "Made up." } } },
      "competency_scores.No such skill",
    ],
    [
      { overall_score: { value: report.overall_score, reason: "The same." } },
      "overall_score.value",
    ],
    [{ summary: "Rewritten" }, ""],
  ];
  for (const [body, path] of refusals) {
    const answer = await call(`/reports/${taken.reportId}/review`, { token: r.token, json: body });
    assertEquals(answer.status, 422, JSON.stringify(body));
    assert(
      answer.body.error.details.some((d: Data) => d.path === path),
      `${JSON.stringify(body)}: ${JSON.stringify(answer.body.error.details)}`,
    );
  }
  const [{ n }] = await db`
    select count(*)::int as n from public.interview_report_versions where report_id = ${taken.reportId}`;
  assertEquals(n, 1, "a refused review leaves no version");
});

test("versions: two reviews at once both land, one after the other", async () => {
  const r = await recruiting(call, { questionCount: 1 });
  const taken = await takeInterview(call, r);
  const answers = await Promise.all(
    [60, 70, 80].map((value) =>
      call(`/reports/${taken.reportId}/review`, {
        token: r.token,
        json: { overall_score: { value, reason: `Set to ${value}.` } },
      })
    ),
  );
  assertEquals(answers.map((a) => a.status), [201, 201, 201]);
  assertEquals(answers.map((a) => a.body.data.version).sort(), [2, 3, 4]);
});

test("versions: the database keeps them: a report's content changes only by a new version", async () => {
  const r = await recruiting(call, { questionCount: 1 });
  const taken = await takeInterview(call, r);
  const owner = recruiterClaims(r.userId);
  const attempts: [string, (tx: typeof db) => Promise<unknown>][] = [
    [
      "rewrite the report",
      (tx) =>
        tx`update public.interview_reports set overall_score = 99 where id = ${taken.reportId}`,
    ],
    [
      "delete the report",
      (tx) => tx`delete from public.interview_reports where id = ${taken.reportId} returning id`,
    ],
    [
      "rewrite a version",
      (tx) =>
        tx`update public.interview_report_versions set overall_score = 99 where report_id = ${taken.reportId}`,
    ],
    [
      "delete a version",
      (tx) => tx`delete from public.interview_report_versions where report_id = ${taken.reportId}`,
    ],
  ];
  for (const [label, statement] of attempts) {
    const outcome = await asCaller(db, "authenticated", owner, statement);
    assert(
      outcome === "42501" || (Array.isArray(outcome) && outcome.length === 0),
      `${label}: ${JSON.stringify(outcome)}`,
    );
  }
  const service = await asCaller(
    db,
    "service_role",
    { role: "service_role" },
    (tx) => tx`delete from public.interview_reports where id = ${taken.reportId}`,
  );
  assertEquals(service, "42501", "not even the service role removes a report");
  const [row] = await db`
    select current_version, overall_score::float8 as score from public.interview_reports
    where id = ${taken.reportId}`;
  const report = await ok(call(`/reports/${taken.reportId}`, { token: r.token }));
  assertEquals([row.current_version, row.score], [1, report.overall_score]);
});

// Decisions ----------------------------------------------------------------------------------------

test("decisions: a person decides with a reason; it records who, when, and the report it was made against", async () => {
  const r = await recruiting(call);
  const taken = await takeInterview(call, r);
  const report = await ok(call(`/reports/${taken.reportId}`, { token: r.token }));
  // No AI output changed the candidate: the report was written, the candidate is as added.
  const candidate = () => ok(call(`/candidates/${taken.candidateId}`, { token: r.token }));
  assertEquals((await candidate()).status, "new");

  const rejected = await call(`/interviews/${taken.interviewId}/decision`, {
    token: r.token,
    json: { decision: "reject", reason: "Not enough depth in the core skill for this role." },
  });
  assertEquals(rejected.status, 201, JSON.stringify(rejected.body));
  const decision = rejected.body.data;
  assertEquals(decision.decision, "reject");
  assertEquals(decision.reason, "Not enough depth in the core skill for this role.");
  assertEquals(decision.decided_by, { id: r.userId, full_name: r.fullName });
  assert(Math.abs(Date.parse(decision.decided_at) - Date.now()) < 60_000, "decided now");
  assertEquals(decision.report, {
    id: taken.reportId,
    version: 1,
    source: "ai",
    overall_score: report.overall_score,
    recommendation: report.recommendation,
    ai_recommendation: report.recommendation,
  });
  assertEquals([decision.previous_status, decision.candidate_status], ["new", "rejected"]);
  assertEquals((await candidate()).status, "rejected");

  // A person's review changes the recommendation; a decision made on the old version is refused.
  const other = report.recommendation === "hire" ? "maybe" : "hire";
  await ok(call(`/reports/${taken.reportId}/review`, {
    token: r.token,
    json: { recommendation: { value: other, reason: "The interviewer was too strict." } },
  }));
  const stale = await call(`/interviews/${taken.interviewId}/decision`, {
    token: r.token,
    json: { decision: "advance", reason: "Reconsidered.", report_version: 1 },
  });
  assertEquals([stale.status, stale.body.error.code], [409, "REPORT_CHANGED"]);
  const advanced = await ok(call(`/interviews/${taken.interviewId}/decision`, {
    token: r.token,
    json: { decision: "advance", reason: "Reconsidered after review.", report_version: 2 },
  }));
  assertEquals(advanced.report.version, 2);
  assertEquals(advanced.report.source, "human");
  assertEquals([advanced.report.recommendation, advanced.report.ai_recommendation], [
    other,
    report.recommendation,
  ]);
  assertEquals([advanced.previous_status, advanced.candidate_status], [
    "rejected",
    "interviewing",
  ]);

  const offered = await ok(call(`/interviews/${taken.interviewId}/decision`, {
    token: r.token,
    json: { decision: "advance", reason: "Offer approved.", candidate_status: "offered" },
  }));
  assertEquals(offered.candidate_status, "offered");
  const held = await ok(call(`/interviews/${taken.interviewId}/decision`, {
    token: r.token,
    json: { decision: "hold", reason: "Waiting for the budget sign-off." },
  }));
  assertEquals(held.candidate_status, "offered", "a hold leaves an offer as it is");

  // The interview shows the current decision and the whole history, newest first.
  const detail = await ok(call(`/interviews/${taken.interviewId}`, { token: r.token }));
  assertEquals(detail.decision, held);
  assertEquals(detail.decisions.map((d: Data) => d.id), [
    held.id,
    offered.id,
    advanced.id,
    decision.id,
  ]);
  // And its trail.
  const trail = (await ok(call(`/interviews/${taken.interviewId}/audit?page_size=100`, {
    token: r.token,
  }))).items.filter((e: Data) => e.kind === "decision_recorded");
  assertEquals(trail.map((e: Data) => [e.data.decision_id, e.data.decision, e.actor_id]), [
    [decision.id, "reject", r.userId],
    [advanced.id, "advance", r.userId],
    [offered.id, "advance", r.userId],
    [held.id, "hold", r.userId],
  ]);
});

test("decisions: a reason is required, and only an advance offers or hires", async () => {
  const r = await recruiting(call, { questionCount: 1 });
  const taken = await takeInterview(call, r, { report: false });
  const refusals: [unknown, string][] = [
    [{ decision: "reject" }, "reason"],
    [{ decision: "reject", reason: " " }, "reason"],
    [{ decision: "maybe", reason: "Hmm." }, "decision"],
    [{ decision: "reject", reason: "No.", candidate_status: "hired" }, "candidate_status"],
    [{ decision: "advance", reason: "Yes.", candidate_status: "rejected" }, "candidate_status"],
    [{ decision: "advance", reason: "Yes.", decided_by: crypto.randomUUID() }, "decided_by"],
  ];
  for (const [body, path] of refusals) {
    const answer = await call(`/interviews/${taken.interviewId}/decision`, {
      token: r.token,
      json: body,
    });
    assertEquals(answer.status, 422, JSON.stringify(body));
    assert(
      answer.body.error.details.some((d: Data) => d.path === path),
      JSON.stringify(answer.body),
    );
  }
  // Without a report, a decision is still a person's: made against no report.
  const decided = await ok(call(`/interviews/${taken.interviewId}/decision`, {
    token: r.token,
    json: { decision: "advance", reason: "Strong references.", candidate_status: "hired" },
  }));
  assertEquals([decided.report, decided.candidate_status], [null, "hired"]);
  const nobody = await call(`/interviews/${crypto.randomUUID()}/decision`, {
    token: r.token,
    json: { decision: "reject", reason: "No." },
  });
  assertEquals(nobody.status, 404);
  const candidateSide = await call(`/interviews/${taken.interviewId}/decision`, {
    token: taken.candidateToken,
    json: { decision: "advance", reason: "I would hire me." },
  });
  assertEquals(candidateSide.status, 401, "a candidate's credential decides nothing");
});

test("decisions: editing a candidate never rejects, offers or hires, nor undoes a decision", async () => {
  const r = await recruiting(call, { questionCount: 1 });
  const taken = await takeInterview(call, r, { report: false });
  const patch = (status: string) =>
    call(`/candidates/${taken.candidateId}`, { method: "PATCH", token: r.token, json: { status } });
  for (const status of ["rejected", "offered", "hired"]) {
    const answer = await patch(status);
    assertEquals(answer.status, 422, `PATCH status ${status}`);
    assertEquals(answer.body.error.details[0].path, "status");
  }
  const created = await call("/candidates", {
    token: r.token,
    json: { full_name: "Hired Already", email: "hired.already@example.com", status: "hired" },
  });
  assertEquals(created.status, 422);
  assertEquals((await patch("screening")).status, 200, "the pipeline's own statuses are edited");
  await ok(call(`/interviews/${taken.interviewId}/decision`, {
    token: r.token,
    json: { decision: "reject", reason: "Did not finish the interview." },
  }));
  const undo = await patch("screening");
  assertEquals([undo.status, undo.body.error.code], [409, "DECISION_REQUIRED"]);
  const candidate = await ok(call(`/candidates/${taken.candidateId}`, { token: r.token }));
  assertEquals(candidate.status, "rejected");

  // In the database itself, whatever the code: no status of a decision without one.
  const owner = recruiterClaims(r.userId);
  for (
    const statement of [
      (tx: typeof db) =>
        tx`update public.candidates set status = 'interviewing' where id = ${taken.candidateId}`,
      (tx: typeof db) =>
        tx`update public.candidates set status = 'hired' where id = ${taken.candidateId}`,
    ]
  ) {
    assertEquals(await asCaller(db, "authenticated", owner, statement), "P0409");
  }
  // The service level (where AI outputs are written) is held to the same rule.
  const serviceLevel = await db`update public.candidates set status = 'offered'
    where id = ${taken.candidateId}`.then(() => "changed", (error) => error.code);
  assertEquals(serviceLevel, "P0409");
});
