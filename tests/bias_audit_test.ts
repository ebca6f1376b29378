/**
 * Bias audit (20261204002400_self_identification.sql): a candidate's voluntary
 * self-identification is stored apart, never shown to a recruiter row by row, and never reaches
 * the AI or the scorer (what an OpenAI-compatible model was sent proves it); GET /reports/impact
 * answers the summary New York City's Local Law 144 asks for, checked against the same figures
 * computed here from the API's own answers.
 */
import { assert, assertEquals } from "./helpers/assert.ts";
import { asCaller } from "./helpers/as_caller.ts";
import { type Call, client, registerRecruiter } from "./helpers/http.ts";
import { type Data, EVASIVE, ok, recruiting, STRONG, takeInterview } from "./helpers/journey.ts";
import { startOpenAIStandIn } from "./helpers/openai_standin.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";
import { impactSummary } from "../shared/audit/impact.ts";
import { ImpactReport } from "../shared/schemas/self_identification.ts";

const stack = await startStack();
const call = client(stack.url);
const db = adminSql();

/** Values no prompt, rubric or answer contains: found anywhere, they leaked. */
const GIVEN = { sex: "nonbinary", race_ethnicity: "native_hawaiian_pacific_islander" };
const LEAKS = ["nonbinary", "native_hawaiian", "pacific_islander", "race_ethnicity", "self_ident"];

function leaked(value: unknown): string[] {
  const text = JSON.stringify(value).toLowerCase();
  return LEAKS.filter((word) => text.includes(word));
}

function identify(call: Call, id: string, token: string, body: unknown) {
  return call(`/interviews/${id}/self-identification`, { method: "PUT", token, json: body });
}

test("self-identification: the candidate's own, kept apart; a recruiter never reads it", async () => {
  const r = await recruiting(call, { questionCount: 1 });
  const taken = await takeInterview(call, r, {
    beforeAnswers: async (id, token) => {
      assertEquals(
        (await call(`/interviews/${id}/self-identification`, { token })).body.data,
        null,
      );
      const given = await identify(call, id, token, GIVEN);
      assertEquals(given.status, 200, JSON.stringify(given.body));
      assertEquals([given.body.data.sex, given.body.data.race_ethnicity], [
        GIVEN.sex,
        GIVEN.race_ethnicity,
      ]);
    },
  });
  const { interviewId: id, candidateToken: token } = taken;
  // Changeable while the credential lasts; "decline" is always an answer.
  const changed = await ok(
    identify(call, id, token, { sex: "decline", race_ethnicity: "decline" }),
  );
  assertEquals([changed.sex, changed.race_ethnicity], ["decline", "decline"]);
  await ok(identify(call, id, token, GIVEN));
  for (
    const body of [
      { sex: "other", race_ethnicity: "asian" },
      { sex: "female" },
      { sex: "female", race_ethnicity: "asian", candidate_id: taken.candidateId },
    ]
  ) {
    assertEquals((await identify(call, id, token, body)).status, 422, JSON.stringify(body));
  }
  assertEquals(
    (await identify(call, id, r.token, GIVEN)).status,
    401,
    "a recruiter cannot answer for a candidate",
  );

  // Nothing a recruiter reads carries it: the interview, its report, its trail, the candidate.
  const seen = await Promise.all([
    ok(call(`/interviews/${id}`, { token: r.token })),
    ok(call(`/reports/${taken.reportId}`, { token: r.token })),
    ok(call(`/interviews/${id}/audit?page_size=100`, { token: r.token })),
    ok(call(`/candidates/${taken.candidateId}`, { token: r.token })),
  ]);
  assertEquals(leaked(seen), []);
  // Nor what the AI was given, in the database's own record.
  const inputs = await db`select input, output from public.ai_events where interview_id = ${id}`;
  assert(inputs.length >= 3);
  assertEquals(leaked(inputs), []);

  // In the database: the recruiter, another recruiter and another candidate read nothing, and
  // write nothing; the candidate reads its own.
  const other = await registerRecruiter(call);
  const asRecruiter = (sub: string) => ({ sub, role: "authenticated", aud: "authenticated" });
  const asCandidate = (interview: string) => ({
    sub: interview,
    role: "authenticated",
    aud: "interview",
    interview_id: interview,
  });
  const another = await takeInterview(call, r, { report: false });
  const read = (claims: Record<string, unknown>) =>
    asCaller(
      db,
      "authenticated",
      claims,
      (tx) => tx`select sex, race_ethnicity from private.self_identifications`,
    ).then((rows) => typeof rows === "string" ? rows : [...(rows as Data[])]);
  assertEquals(await read(asRecruiter(r.userId)), [], "the recruiter reads nothing");
  assertEquals(await read(asRecruiter(other.user.id)), []);
  assertEquals(await read(asCandidate(another.interviewId)), []);
  assertEquals(await read(asCandidate(id)), [GIVEN]);
  const rewrite = await asCaller(
    db,
    "authenticated",
    asRecruiter(r.userId),
    (tx) => tx`update private.self_identifications set sex = 'male' where interview_id = ${id}`,
  );
  assertEquals((rewrite as { count: number }).count, 0);
  const forged = await asCaller(
    db,
    "authenticated",
    asRecruiter(r.userId),
    (tx) =>
      tx`insert into private.self_identifications (interview_id, owner_id, candidate_id, sex, race_ethnicity)
         values (${another.interviewId}, ${r.userId}, ${another.candidateId}, 'male', 'white')`,
  );
  assertEquals(forged, "42501");
  const anon = await asCaller(
    db,
    "anon",
    { role: "anon" },
    (tx) => tx`select * from private.self_identifications`,
  );
  assertEquals(anon, "42501", "not even visible to the Data API's anonymous role");
});

test("impact: the Local Law 144 summary per category and intersection, from aggregates only", async () => {
  const r = await recruiting(call, { questionCount: 1 });
  // Who is who, what they answered and what was decided: [sex, race, strong?, decision].
  const people: [string | null, string | null, boolean, "advance" | "reject" | null][] = [
    ["female", "asian", true, "advance"],
    ["female", "asian", true, "advance"],
    ["female", "white", true, "reject"],
    ["female", "white", false, "reject"],
    ["female", "black_african_american", true, "advance"],
    ["female", "hispanic_latino", false, null],
    ["male", "white", true, "advance"],
    ["male", "white", false, "reject"],
    ["male", "asian", false, "reject"],
    ["male", "black_african_american", false, "reject"],
    ["nonbinary", "two_or_more", true, "reject"],
    ["decline", "decline", true, "advance"],
    [null, null, false, "reject"],
  ];
  const outcomes: { sex: string; race: string; score: number; selected: boolean }[] = [];
  let repeat: { candidateId: string } | null = null;
  for (const [sex, race, strong, decision] of people) {
    const taken = await takeInterview(call, r, {
      answer: () => strong ? STRONG : EVASIVE,
      beforeAnswers: async (id, token) => {
        if (sex) await ok(identify(call, id, token, { sex, race_ethnicity: race }));
      },
    });
    repeat ??= taken;
    if (decision) {
      await ok(call(`/interviews/${taken.interviewId}/decision`, {
        token: r.token,
        json: { decision, reason: `Decided: ${decision}.` },
      }));
    }
    const report = await ok(call(`/reports/${taken.reportId}`, { token: r.token }));
    outcomes.push({
      sex: sex && sex !== "decline" ? sex : "unknown",
      race: race && race !== "decline" ? race : "unknown",
      score: report.overall_score,
      selected: decision === "advance",
    });
  }
  // The first person interviews again, later: counted once, by the latest interview.
  await takeInterview(call, r, {
    candidateId: repeat!.candidateId,
    answer: () => EVASIVE,
    beforeAnswers: async (id, token) => {
      await ok(identify(call, id, token, { sex: "female", race_ethnicity: "asian" }));
    },
  }).then(async (again) => {
    const report = await ok(call(`/reports/${again.reportId}`, { token: r.token }));
    outcomes[0] = { sex: "female", race: "asian", score: report.overall_score, selected: false };
  });

  const answer = await call(`/reports/impact?job_description_id=${r.jobId}`, { token: r.token });
  assertEquals(answer.status, 200, JSON.stringify(answer.body));
  const summary = answer.body.data;
  // The answer is what the contract (and so the OpenAPI document) says it is.
  ImpactReport.parse(summary);

  // The same figures, computed here from what the API answered for each person.
  const scores = outcomes.map((o) => o.score).sort((a, b) => a - b);
  const middle = scores.length / 2;
  const median = scores.length % 2
    ? scores[Math.floor(middle)]
    : (scores[middle - 1] + scores[middle]) / 2;
  assertEquals(summary.assessed, people.length);
  assertEquals(summary.median_overall_score, median);
  const expectFor = (key: (o: typeof outcomes[number]) => string | null) => {
    const groups = new Map<string, typeof outcomes>();
    for (const o of outcomes) {
      const k = key(o);
      if (k === null) continue;
      groups.set(k, [...(groups.get(k) ?? []), o]);
    }
    const rows = [...groups].map(([category, members]) => ({
      category,
      assessed: members.length,
      selection_rate: members.filter((m) => m.selected).length / members.length,
      scoring_rate: members.filter((m) => m.score > median).length / members.length,
    }));
    const bestSelection = Math.max(...rows.map((row) => row.selection_rate));
    const bestScoring = Math.max(...rows.map((row) => row.scoring_rate));
    const round = (n: number) => Math.round(n * 10_000) / 10_000;
    return rows.map((row) => ({
      category: row.category,
      assessed: row.assessed,
      selection_rate: round(row.selection_rate),
      selection_impact_ratio: bestSelection > 0 ? round(row.selection_rate / bestSelection) : null,
      scoring_rate: round(row.scoring_rate),
      scoring_impact_ratio: bestScoring > 0 ? round(row.scoring_rate / bestScoring) : null,
    })).sort((a, b) => a.category < b.category ? -1 : 1);
  };
  const pick = (list: Data[]) =>
    list.map((c) => ({
      category: c.category,
      assessed: c.assessed,
      selection_rate: c.selection_rate,
      selection_impact_ratio: c.selection_impact_ratio,
      scoring_rate: c.scoring_rate,
      scoring_impact_ratio: c.scoring_impact_ratio,
    })).sort((a, b) => a.category < b.category ? -1 : 1);
  const known = (value: string) => value === "unknown" ? null : value;
  assertEquals(pick(summary.sex), expectFor((o) => known(o.sex)));
  assertEquals(pick(summary.race_ethnicity), expectFor((o) => known(o.race)));
  assertEquals(
    pick(summary.intersections),
    expectFor((o) => known(o.sex) && known(o.race) ? `${o.sex} / ${o.race}` : null),
  );
  assertEquals(summary.unknown, { sex: 2, race_ethnicity: 2, intersection: 2 });
  // The fixture is uneven on purpose: some category is selected and scored less than another.
  for (const ratio of ["selection_impact_ratio", "scoring_impact_ratio"]) {
    assert(summary.sex.some((c: Data) => c.excluded === false && c[ratio] < 1), ratio);
    assert(summary.sex.some((c: Data) => c[ratio] === 1), ratio);
  }
  assertEquals(summary.excluded_categories, [], "no category is under 2 % of 13 people");
  // Aggregates only: nothing in the answer names a person, an interview or a score of one.
  const text = JSON.stringify(summary);
  for (const id of [repeat!.candidateId]) assert(!text.includes(id));
  assert(!("items" in summary));

  // A window with too few people would show individuals: refused.
  const narrow = await call(
    `/reports/impact?job_description_id=${r.jobId}&from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z`,
    { token: r.token },
  );
  assertEquals([narrow.status, narrow.body.error.code], [409, "SAMPLE_TOO_SMALL"]);
  const backwards = await call(
    `/reports/impact?job_description_id=${r.jobId}&from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z`,
    { token: r.token },
  );
  assertEquals([backwards.status, backwards.body.error.details[0].path], [422, "to"]);
  assertEquals((await call("/reports/impact", { token: r.token })).status, 422);
  const intruder = await registerRecruiter(call);
  const foreign = await call(`/reports/impact?job_description_id=${r.jobId}`, {
    token: intruder.access_token,
  });
  assertEquals(foreign.status, 404);
});

test("impact: a category under 2 % of those assessed is shown, and left out of the ratios", () => {
  const row = (sex: string | null, race: string | null, assessed: number, selected: number) => ({
    sex,
    race_ethnicity: race,
    by_sex: sex !== null,
    by_race: race !== null,
    assessed,
    selected,
    above_median: Math.floor(selected / 2),
    median: 50,
  });
  const summary = impactSummary([
    row(null, null, 100, 40),
    row("female", null, 60, 30),
    row("male", null, 39, 10),
    row("nonbinary", null, 1, 0),
    row(null, "white", 100, 40),
  ], { jobId: crypto.randomUUID(), from: new Date(0), to: new Date() });
  const nonbinary = summary.sex.find((c) => c.category === "nonbinary")!;
  assertEquals([nonbinary.excluded, nonbinary.assessed, nonbinary.selection_impact_ratio], [
    true,
    1,
    null,
  ]);
  assertEquals(summary.excluded_categories, ["nonbinary"]);
  const female = summary.sex.find((c) => c.category === "female")!;
  const male = summary.sex.find((c) => c.category === "male")!;
  assertEquals([female.selection_rate, female.selection_impact_ratio], [0.5, 1]);
  assertEquals([male.selection_rate, male.selection_impact_ratio], [0.2564, 0.5128]);
});

test("openai-compatible: nothing the model is sent carries the self-identification", async () => {
  const standIn = startOpenAIStandIn();
  const remote = await startStack({
    AI_BASE_URL: standIn.url,
    AI_MODEL: standIn.model,
    AI_API_KEY: standIn.apiKey,
    AI_MAX_RETRIES: "0",
  });
  try {
    const remoteCall = client(remote.url);
    const r = await recruiting(remoteCall, { questionCount: 2 });
    const taken = await takeInterview(remoteCall, r, {
      // Given before the questions are made and before every answer is evaluated.
      beforeAnswers: async (id, token) => {
        await ok(identify(remoteCall, id, token, GIVEN));
      },
    });
    await ok(remoteCall(`/reports/${taken.reportId}/rescore`, { method: "POST", token: r.token }));
    const bodies = standIn.requests.map((request) => request.body);
    const tasks = bodies.map((body) => (body.response_format as Data)?.json_schema?.name ?? "?");
    assert(tasks.includes("questions"), `the questions were asked of the model: ${tasks}`);
    // Answers with something to judge go to the model (an evasive one is judged by the guards
    // alone), when they arrive and again at the re-score.
    const judged = [...taken.answers.values()].filter((text) => text !== EVASIVE).length;
    assertEquals(tasks.filter((task) => task === "evaluation").length, judged * 2, `${tasks}`);
    assert(tasks.includes("report"), "the report was written by the model");
    assertEquals(leaked(bodies), [], "the model was never sent the self-identification");
    const recorded = await db`
      select input from public.ai_events where interview_id = ${taken.interviewId}`;
    assertEquals(leaked(recorded), []);
  } finally {
    await remote.stop();
    await standIn.stop();
  }
});
