/**
 * The AI: the built-in interviewer (questions from the job and the CV, scoring, reports) and the
 * OpenAI-compatible provider against a local stand-in of the chat-completions API. Needs no
 * database.
 */
import { assert, assertEquals, assertNotEquals, assertRejects } from "./helpers/assert.ts";
import { test } from "./helpers/stack.ts";
import {
  type OpenAIStandIn,
  PROVIDER_DETAIL,
  refusedUrl,
  startOpenAIStandIn,
} from "./helpers/openai_standin.ts";
import { BuiltinInterviewAI } from "../shared/ai/builtin.ts";
import { TIME_LIMITS } from "../shared/ai/builtin/questions.ts";
import { createInterviewAI, interviewAI } from "../shared/ai/index.ts";
import {
  OpenAICompatibleAI,
  type OpenAICompatibleSettings,
} from "../shared/ai/openai_compatible.ts";
import {
  type CandidateBrief,
  GeneratedQuestion,
  type JobBrief,
  type QuestionToScore,
  ReportDraft,
  type ScoredAnswer,
} from "../shared/ai/provider.ts";
import { recommendationFor } from "../shared/ai/report.ts";
import { ConfigError, parseConfig, setConfig } from "../shared/config.ts";
import { AppError } from "../shared/http/errors.ts";
import type { ParsedCv } from "../shared/schemas/cv.ts";

const ai = new BuiltinInterviewAI();

const job: JobBrief = {
  title: "Senior Backend Engineer",
  description:
    "We run a payments platform on PostgreSQL and Kafka, deployed on Kubernetes. You will own services end to end.",
  seniority: "senior",
  requirements: ["5+ years building backend services", "Experience running production databases"],
  skills: ["PostgreSQL", "TypeScript", "Redis"],
  focus_areas: ["system design", "mentoring"],
  difficulty: "medium",
};

const cv: ParsedCv = {
  contact: { name: "Ada Lovelace", email: "ada@example.com", phone: null, location: "London" },
  skills: ["Postgres", "Node.js", "Terraform", "GraphQL"],
  experience: [
    { title: "Software Developer", company: "Globex", start: "2016-03", end: "2019-12" },
    { title: "Backend Engineer", company: "Acme Payments", start: "2020-01", end: null },
  ].map((job) => ({ ...job, location: null, highlights: [], confidence: 0.9 })),
  education: ["BSc Computer Science"],
  languages: ["English"],
  total_years_experience: 8,
  confidence: { contact: 0.9, skills: 0.9, experience: 0.9, education: 0.8 },
  flags: [],
};
const ada: CandidateBrief = { full_name: "Ada Lovelace", cv };

const texts = (questions: GeneratedQuestion[]) => questions.map((q) => q.text).join("\n");

// ---------------------------------------------------------------- built-in: questions

test("builtin questions draw on the job's skills and the CV's employers, roles and skills", async () => {
  const questions = await ai.generateQuestions(job, ada, 10);
  const all = texts(questions);
  for (const skill of job.skills) assert(all.includes(skill), `no question on ${skill}:\n${all}`);
  // The current role first, in the CV's own words; the CV's spelling of a skill the job needs.
  assert(all.includes("as Backend Engineer at Acme Payments"), all);
  assert(all.includes("Your CV lists Postgres"), all);
  // A focus area the interviewer knows becomes technical questions on it.
  assert(questions.some((q) => q.competency === "system design" && q.category === "technical"));

  const more = texts(await ai.generateQuestions(job, ada, 50));
  assert(more.includes("at Globex"), more);
  assert(more.includes("from Globex to Acme Payments"), more);
  assert(/Your CV also mentions (Terraform|GraphQL)/.test(more), more);
  assert(more.includes('"5+ years building backend services"'), more);
  // Kafka is only in the description: still asked about.
  assert(more.includes("Kafka"), more);

  // Expected points are concrete and checkable, not generic virtues.
  const postgres = questions.find((q) =>
    q.category === "technical" && q.competency === "PostgreSQL"
  );
  assert(postgres, "a technical PostgreSQL question");
  assert(
    postgres.expected_points.some((p) => /index|transaction|isolation|lock|batch/i.test(p)),
    postgres.expected_points.join("; "),
  );
});

test("builtin questions: the count is respected, none repeated, categories mixed", async () => {
  const bare: JobBrief = {
    title: "Office Manager",
    description: "Keeps the office running.",
    seniority: "mid",
    requirements: [],
    skills: [],
    focus_areas: [],
    difficulty: "easy",
  };
  const nobody: CandidateBrief = { full_name: "No CV", cv: null };
  for (const [brief, candidate] of [[job, ada], [bare, nobody]] as const) {
    for (const count of [1, 2, 5, 8, 13, 50]) {
      const questions = await ai.generateQuestions(brief, candidate, count);
      assertEquals(questions.length, count);
      const unique = new Set(questions.map((q) => q.text.toLowerCase()));
      assertEquals(unique.size, count, `duplicates among ${count} for ${brief.title}`);
      for (const question of questions) GeneratedQuestion.parse(question);
      if (count >= 5) {
        const categories = new Set(questions.map((q) => q.category));
        assertEquals(categories.size, 4, `${count}: ${[...categories]}`);
      }
    }
  }
  await assertRejects(() => ai.generateQuestions(job, ada, 0));
  await assertRejects(() => ai.generateQuestions(job, ada, 51));
});

test("builtin questions: the job's difficulty changes wording depth, points and time limits", async () => {
  const at = (difficulty: JobBrief["difficulty"]) =>
    ai.generateQuestions({ ...job, difficulty }, ada, 10);
  const easy = await at("easy");
  const hard = await at("hard");
  for (const [i, question] of hard.entries()) {
    assertEquals(question.difficulty, "hard");
    assertEquals(easy[i].difficulty, "easy");
    assertEquals(question.time_limit_seconds, TIME_LIMITS[question.category].hard);
    assert(question.time_limit_seconds > easy[i].time_limit_seconds);
    assert(question.expected_points.length > easy[i].expected_points.length);
    assert(question.text.length > easy[i].text.length, `${easy[i].text}\n${question.text}`);
  }
  assert(texts(hard).includes("failure modes") || texts(hard).includes("edge cases"));
});

test("builtin questions are deterministic: same input, same questions; another CV, others", async () => {
  const first = await ai.generateQuestions(job, ada, 12);
  assertEquals(await ai.generateQuestions(structuredClone(job), structuredClone(ada), 12), first);
  // More questions keep the first ones.
  assertEquals((await ai.generateQuestions(job, ada, 16)).slice(0, 12), first);

  const grace: CandidateBrief = {
    full_name: "Grace Hopper",
    cv: {
      ...cv,
      skills: ["MySQL", "Go", "Kubernetes"],
      experience: [{
        title: "Platform Lead",
        company: "Initech",
        start: "2018",
        end: null,
        location: null,
        highlights: [],
        confidence: 0.9,
      }],
    },
  };
  const other = await ai.generateQuestions(job, grace, 12);
  assertNotEquals(other, first);
  const all = texts(other);
  assert(all.includes("as Platform Lead at Initech"), all);
  assert(!all.includes("Acme"), all);
  // Without a CV the interview still opens on experience, in general terms.
  const none = await ai.generateQuestions(job, { full_name: "X", cv: null }, 6);
  assertEquals(none[0].category, "experience");
  assert(!texts(none).includes("Your CV"));
});

// ---------------------------------------------------------------- built-in: scoring

const slowQuery: QuestionToScore = {
  text:
    "A query in a PostgreSQL database that used to take milliseconds now takes seconds. How do you find the cause and fix it? Include the trade-offs you weighed.",
  category: "technical",
  difficulty: "medium",
  competency: "PostgreSQL",
  expected_points: [
    "reading the query plan (EXPLAIN ANALYZE) to see where the time goes",
    "adding or changing indexes that match the query's filters and sort order",
    "rewriting the query or adjusting the schema (e.g. avoiding N+1 queries)",
    "a measured result: timings before and after the fix",
  ],
};

const STRONG =
  "At Acme I owned the orders service. When the order history query went from 40 ms to 3 s, I ran EXPLAIN ANALYZE and saw a sequential scan over 80 million rows because the planner no longer used our index after a new filter on status. I added a composite index on (customer_id, status, created_at) with CREATE INDEX CONCURRENTLY so writes were not blocked, and rewrote the query to use keyset pagination instead of OFFSET. p95 latency dropped from 3.1 s to 35 ms. The trade-off was about 4 GB of extra storage and slightly slower inserts, which I measured at under 2%.";
const VAGUE =
  "I would check what is slow and try to optimize it. Usually I look at the database performance and fix the problem, then make sure everything works fine again.";

test("builtin scoring: specific and on-point beats vague beats evasive", async () => {
  const score = async (answer: string) => (await ai.scoreAnswer(slowQuery, answer, 60)).score;
  const strong = await score(STRONG);
  const vague = await score(VAGUE);
  assert(strong >= 70, `strong ${strong}`);
  assert(vague < strong - 30, `vague ${vague} vs strong ${strong}`);
  for (
    const evasive of [
      "I don't know.",
      "pass",
      "",
      "   ",
      "No idea, sorry, I have never done this.",
      "Add an index.",
      // The question handed back.
      "A query in a PostgreSQL database used to take milliseconds and now it takes seconds, so I would find the cause and fix it.",
    ]
  ) {
    const value = await score(evasive);
    assert(value <= 15, `${JSON.stringify(evasive)} scored ${value}`);
    assert(value < vague, `${JSON.stringify(evasive)} scored ${value}, vague ${vague}`);
  }
  assertEquals(await score(""), 0);
});

test("builtin scoring follows coverage by concept, specificity and ownership", async () => {
  const result = await ai.scoreAnswer(slowQuery, STRONG, null);
  // Covered and missing split the expected points.
  assertEquals(
    [...result.covered, ...result.missing].sort(),
    [...slowQuery.expected_points].sort(),
  );
  assert(result.covered.includes(slowQuery.expected_points[0]), "EXPLAIN ANALYZE → query plan");
  assert(result.covered.includes(slowQuery.expected_points[3]), "figures → measured result");
  assert(result.feedback.startsWith(`Covers ${result.covered.length} of 4`), result.feedback);
  // Deterministic.
  assertEquals(await ai.scoreAnswer(slowQuery, STRONG, 5), result);

  // Paraphrase: no expected words, the same ideas.
  const consistency: QuestionToScore = {
    text:
      "Two requests change the same rows in PostgreSQL at the same time. How do you keep the data consistent?",
    category: "technical",
    difficulty: "easy",
    competency: "PostgreSQL",
    expected_points: [
      "wrapping related changes in a transaction",
      "choosing an isolation level (read committed, repeatable read, serializable)",
      "row locks (SELECT ... FOR UPDATE) or optimistic concurrency with a version column",
    ],
  };
  const paraphrase = await ai.scoreAnswer(
    consistency,
    "I put both updates inside a single BEGIN ... COMMIT block running at SERIALIZABLE, and I retry when Postgres reports a serialization failure. For the hot counters I used an optimistic scheme: each row carries a version number and the UPDATE only applies if it still matches.",
    null,
  );
  assertEquals(paraphrase.covered, consistency.expected_points, paraphrase.feedback);

  // The candidate's own part counts: the same story told as "we" scores lower than as "I".
  const mine =
    "I ran EXPLAIN ANALYZE, found a sequential scan, added a composite index on customer_id and created_at, and rewrote the query without N+1 calls. I measured the query going from 2 s to 50 ms.";
  const ours = mine.replaceAll("I ", "we ").replace("we ran", "We ran");
  const own = (await ai.scoreAnswer(slowQuery, mine, null)).score;
  const team = (await ai.scoreAnswer(slowQuery, ours, null)).score;
  assert(own > team, `I ${own} vs we ${team}`);
  assert((await ai.scoreAnswer(slowQuery, ours, null)).feedback.includes("what the team did"));

  // Figures count: the same answer without them scores lower.
  const noFigures = mine.replace(" I measured the query going from 2 s to 50 ms.", "");
  assert((await ai.scoreAnswer(slowQuery, noFigures, null)).score < own);

  // A detailed answer to another question stays low.
  const offTopic = await ai.scoreAnswer(
    slowQuery,
    "At Globex I led the migration of our React frontend to Next.js, which cut page load by 45% for 2 million users. I designed the component library and mentored 3 engineers.",
    null,
  );
  assert(offTopic.score < 30, `off topic ${offTopic.score}`);
  // Keyword lists are not answers.
  const keywords = await ai.scoreAnswer(
    slowQuery,
    "EXPLAIN ANALYZE index indexes composite btree query plan rewrite schema N+1 timing before after measured result",
    null,
  );
  assert(keywords.score < 50, `keywords ${keywords.score}`);
});

// ---------------------------------------------------------------- built-in: reports

function scored(question: QuestionToScore, answer: string, score: number): ScoredAnswer {
  const covered = question.expected_points.slice(0, Math.round(score / 34));
  return {
    question,
    answer_text: answer,
    duration_seconds: 60,
    score: {
      score,
      covered,
      missing: question.expected_points.filter((p) => !covered.includes(p)),
      feedback: "",
    },
  };
}

const behavioural: QuestionToScore = {
  text: "Tell me about a time you disagreed with a colleague.",
  category: "behavioral",
  difficulty: "medium",
  competency: "Collaboration",
  expected_points: ["the disagreement", "how it was resolved", "the outcome"],
};

test("builtin summarize: weighted overall, mean per competency, unanswered is 0, deterministic", async () => {
  const answers = [
    scored(slowQuery, STRONG, 90),
    scored({ ...slowQuery, text: "Another PostgreSQL question." }, "Some answer.", 70),
    scored(behavioural, "A story.", 60),
    // Unanswered: whatever score it carries counts as 0.
    scored({ ...behavioural, text: "Another behavioural question." }, "  ", 50),
  ];
  const report = await ai.summarize(job, ada, answers);
  ReportDraft.parse(report);
  assertEquals(report.competency_scores, { Collaboration: 30, PostgreSQL: 80 });
  // Technical answers weigh 1.25: (90 + 70) * 1.25 + 60 + 0 = 260 over 4.5.
  assertEquals(report.overall_score, Math.round((260 / 4.5) * 10) / 10);
  assertEquals(report.recommendation, "maybe");
  assert(report.strengths[0].startsWith("PostgreSQL (80/100)"), report.strengths.join("\n"));
  assert(report.weaknesses.some((w) => w.startsWith("Collaboration (30/100): did not cover")));
  assert(report.weaknesses.includes("Left 1 of 4 questions unanswered"), report.weaknesses.join());
  assert(report.summary.includes("Ada Lovelace answered 3 of 4 questions"), report.summary);
  assert(report.summary.includes("Recommendation: maybe"), report.summary);

  // The same interview, in any order, gets the same report.
  assertEquals(await ai.summarize(job, ada, structuredClone(answers).reverse()), report);
});

test("recommendations follow the thresholds", async () => {
  const cases: [number, string][] = [
    [100, "strong_hire"],
    [80, "strong_hire"],
    [79.9, "hire"],
    [65, "hire"],
    [64.9, "maybe"],
    [45, "maybe"],
    [44.9, "no_hire"],
    [0, "no_hire"],
  ];
  for (const [score, expected] of cases) assertEquals(recommendationFor(score), expected);

  const questions = await ai.generateQuestions(job, ada, 6);
  const all = async (answer: (q: GeneratedQuestion) => string) => {
    const answers: ScoredAnswer[] = [];
    for (const question of questions) {
      const text = answer(question);
      answers.push({
        question,
        answer_text: text,
        duration_seconds: null,
        score: await ai.scoreAnswer(question, text, null),
      });
    }
    return await ai.summarize(job, ada, answers);
  };
  const silent = await all(() => "");
  assertEquals(silent.overall_score, 0);
  assertEquals(silent.recommendation, "no_hire");
  const evasive = await all(() => "I don't know, sorry.");
  assertEquals(evasive.recommendation, "no_hire");
  // Answers that state every expected point, with figures and the candidate's own part.
  const thorough = await all((q) =>
    `I led this work myself at Acme Payments using PostgreSQL and Redis. ${
      q.expected_points.map((p) => `I made sure of ${p}, which I measured: 40% fewer errors.`)
        .join(" ")
    }`
  );
  assert(thorough.overall_score >= 65, `thorough ${thorough.overall_score}`);
  assert(["hire", "strong_hire"].includes(thorough.recommendation));
  assert(thorough.overall_score > evasive.overall_score);
});

// ---------------------------------------------------------------- OpenAI-compatible

interface Harness {
  standIn: OpenAIStandIn;
  provider: OpenAICompatibleAI;
  sleeps: number[];
  logs: string[];
}

function harness(overrides: Partial<OpenAICompatibleSettings> = {}): Harness {
  const standIn = startOpenAIStandIn();
  const sleeps: number[] = [];
  const logs: string[] = [];
  const provider = new OpenAICompatibleAI({
    baseUrl: standIn.url,
    model: standIn.model,
    apiKey: standIn.apiKey,
    timeoutMs: 2_000,
    maxRetries: 2,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    log: (message) => logs.push(message),
    ...overrides,
  });
  return { standIn, provider, sleeps, logs };
}

/** The refusal every failure ends in: 503 AI_UNAVAILABLE, saying nothing of the provider. */
async function assertUnavailable(h: Harness, call: () => Promise<unknown>) {
  const error = await assertRejects(call);
  assert(error instanceof AppError, `not an AppError: ${error}`);
  assertEquals(error.status, 503);
  assertEquals(error.code, "AI_UNAVAILABLE");
  for (const text of [error.message, JSON.stringify(error), ...h.logs]) {
    assert(!text.includes(h.standIn.apiKey), `the key leaked: ${text}`);
    assert(!text.includes(h.standIn.apiKey.slice(-4)), `part of the key leaked: ${text}`);
    assert(!text.includes(PROVIDER_DETAIL), `provider text leaked: ${text}`);
  }
}

test("openai-compatible: valid replies come through validated, with the right request", async () => {
  const h = harness();
  try {
    const questions = await h.provider.generateQuestions(job, ada, 5);
    assertEquals(questions.length, 5);
    for (const question of questions) GeneratedQuestion.parse(question);
    assert(questions[0].text.includes("PostgreSQL"));
    assertEquals(h.provider.provider, "openai-compatible");
    assertEquals(h.provider.model, h.standIn.model);

    assertEquals(h.standIn.requests.length, 1);
    const [request] = h.standIn.requests;
    assertEquals(request.path, "/v1/chat/completions");
    assertEquals(request.authorization, `Bearer ${h.standIn.apiKey}`);
    assertEquals(request.contentType, "application/json");
    assertEquals(request.body.model, h.standIn.model);
    assertEquals(request.body.response_format, { type: "json_object" });
    const [system, user] = request.body.messages!;
    assertEquals([system.role, user.role], ["system", "user"]);
    assert(system.content.includes("JSON Schema") && system.content.includes("expected_points"));
    assert(system.content.includes("Write exactly 5 questions"));
    const data = JSON.parse(user.content);
    assertEquals(data.job.skills, job.skills);
    assertEquals(data.cv.experience, cv.experience);
    // Contact details stay home.
    assert(!user.content.includes("ada@example.com"));

    // Scoring: the model's echo of the points is mapped back onto the question's own points.
    const score = await h.provider.scoreAnswer(slowQuery, STRONG, 120);
    assertEquals(score.score, 72);
    assertEquals(score.covered, [slowQuery.expected_points[0]]);
    assertEquals(score.missing, slowQuery.expected_points.slice(1));
    const scoring = JSON.parse(h.standIn.requests[1].body.messages![1].content);
    assertEquals(scoring.answer, STRONG);
    assertEquals(scoring.expected_points, slowQuery.expected_points);

    // An empty answer costs no call.
    assertEquals((await h.provider.scoreAnswer(slowQuery, "  ", 3)).score, 0);
    assertEquals(h.standIn.requests.length, 2);

    // The report's numbers are computed, its prose is the model's.
    const answers = [scored(slowQuery, STRONG, 90), scored(behavioural, "A story.", 40)];
    const report = await h.provider.summarize(job, ada, answers);
    ReportDraft.parse(report);
    assertEquals(report.competency_scores, { Collaboration: 40, PostgreSQL: 90 });
    assertEquals(report.overall_score, Math.round(((90 * 1.25 + 40) / 2.25) * 10) / 10);
    assertEquals(report.recommendation, "hire");
    assertEquals(report.strengths, ["PostgreSQL: covered query plans and indexes"]);

    // A reply wrapped in a Markdown fence is still read.
    h.standIn.script({ kind: "fenced" });
    assertEquals((await h.provider.scoreAnswer(slowQuery, STRONG, null)).score, 72);
    assertEquals(h.sleeps, []);
    // The key is not in the provider's printable form.
    assert(!JSON.stringify(h.provider).includes(h.standIn.apiKey));
    assert(!Deno.inspect(h.provider).includes(h.standIn.apiKey));
  } finally {
    await h.standIn.stop();
  }
});

test("openai-compatible: malformed JSON, off-schema replies, too few questions are retried", async () => {
  const h = harness();
  try {
    h.standIn.script({ kind: "malformed" });
    assertEquals((await h.provider.generateQuestions(job, ada, 3)).length, 3);
    assertEquals(h.standIn.requests.length, 2);
    assertEquals(h.sleeps, [500]);

    h.standIn.script({ kind: "off-schema" }, { kind: "malformed" });
    assertEquals((await h.provider.scoreAnswer(slowQuery, STRONG, null)).score, 72);
    assertEquals(h.standIn.requests.length, 5);
    assertEquals(h.sleeps, [500, 500, 1000]);

    // Fewer distinct questions than asked for is a reply to retry, not a short interview.
    const question = (text: string) => ({
      text,
      category: "technical",
      difficulty: "medium",
      competency: "PostgreSQL",
      expected_points: ["indexes and query plans", "a measured result"],
      time_limit_seconds: 300,
    });
    const same = ["How do indexes work in PostgreSQL?", "how do indexes work in postgresql"];
    h.standIn.script({ kind: "ok", content: { questions: same.map(question) } });
    assertEquals((await h.provider.generateQuestions(job, ada, 2)).length, 2);
    assert(h.logs.some((line) => line.includes("1 distinct questions of 2")), h.logs.join("\n"));

    // Off the schema every time: three tries, then 503.
    h.standIn.fallback = { kind: "off-schema" };
    const before = h.standIn.requests.length;
    await assertUnavailable(h, () => h.provider.generateQuestions(job, ada, 3));
    assertEquals(h.standIn.requests.length - before, 3);
    assert(h.logs.some((line) => line.includes("off the schema")), h.logs.join("\n"));
  } finally {
    await h.standIn.stop();
  }
});

test("openai-compatible: a reply slower than the timeout is retried, then refused", async () => {
  const h = harness({ timeoutMs: 150, maxRetries: 1 });
  try {
    h.standIn.script({ kind: "slow", ms: 1_000 });
    assertEquals((await h.provider.scoreAnswer(slowQuery, STRONG, null)).score, 72);
    assertEquals(h.standIn.requests.length, 2);

    h.standIn.fallback = { kind: "slow", ms: 1_000 };
    const started = performance.now();
    await assertUnavailable(h, () => h.provider.scoreAnswer(slowQuery, STRONG, null));
    const elapsed = performance.now() - started;
    assert(elapsed < 900, `gave up after ${elapsed} ms`);
    assertEquals(h.standIn.requests.length, 4);
    assert(h.logs.some((line) => line.includes("no reply within 150 ms")), h.logs.join("\n"));
  } finally {
    await h.standIn.stop();
  }
});

test("openai-compatible: 5xx and 429 are retried with backoff and Retry-After", async () => {
  const h = harness();
  try {
    h.standIn.script({ kind: "status", status: 500 }, { kind: "status", status: 503 });
    assertEquals((await h.provider.scoreAnswer(slowQuery, STRONG, null)).score, 72);
    assertEquals(h.sleeps, [500, 1000]);

    // Retry-After longer than the backoff is honoured.
    h.standIn.script({ kind: "status", status: 429, retryAfter: "3" });
    assertEquals((await h.provider.scoreAnswer(slowQuery, STRONG, null)).score, 72);
    assertEquals(h.sleeps, [500, 1000, 3000]);

    // Failing every time: three tries, then 503 with nothing of the provider's text.
    h.standIn.fallback = { kind: "status", status: 502 };
    const before = h.standIn.requests.length;
    await assertUnavailable(h, () => h.provider.summarize(job, ada, []));
    assertEquals(h.standIn.requests.length - before, 3);

    // Told to come back in two minutes: no point waiting, refused at once.
    h.standIn.fallback = { kind: "status", status: 429, retryAfter: "120" };
    const asked = h.standIn.requests.length;
    await assertUnavailable(h, () => h.provider.scoreAnswer(slowQuery, STRONG, null));
    assertEquals(h.standIn.requests.length - asked, 1);
  } finally {
    await h.standIn.stop();
  }
});

test("openai-compatible: a wrong key or model is refused without retries or leaks", async () => {
  const h = harness();
  try {
    const wrongKey = new OpenAICompatibleAI({
      baseUrl: h.standIn.url,
      model: h.standIn.model,
      apiKey: "sk-wrong-key-0000",
      sleep: () => Promise.resolve(),
      log: (message) => h.logs.push(message),
    });
    const error = await assertRejects(() => wrongKey.scoreAnswer(slowQuery, STRONG, null));
    assert(error instanceof AppError && error.code === "AI_UNAVAILABLE");
    assert(!error.message.includes("0000") && !h.logs.join().includes("0000"));
    assertEquals(h.standIn.requests.length, 0);

    const wrongModel = new OpenAICompatibleAI({
      baseUrl: h.standIn.url,
      model: "no-such-model",
      apiKey: h.standIn.apiKey,
      log: (message) => h.logs.push(message),
    });
    await assertUnavailable(h, () => wrongModel.scoreAnswer(slowQuery, STRONG, null));
    assertEquals(h.standIn.requests.length, 1);
    assert(h.logs.some((line) => line.includes("HTTP 404")));
  } finally {
    await h.standIn.stop();
  }
});

test("openai-compatible: a refused connection is retried, then refused with 503", async () => {
  const h = harness({ baseUrl: refusedUrl() });
  try {
    await assertUnavailable(h, () => h.provider.generateQuestions(job, ada, 3));
    assertEquals(h.sleeps, [500, 1000]);
    assert(h.logs.every((line) => line.includes("could not connect")), h.logs.join("\n"));
  } finally {
    await h.standIn.stop();
  }
});

test("openai-compatible: Azure's api-key header, and a base URL with a query string", async () => {
  const standIn = startOpenAIStandIn({ azure: true });
  try {
    const provider = new OpenAICompatibleAI({
      baseUrl: `${standIn.url}/?api-version=2024-10-21`,
      model: standIn.model,
      apiKey: standIn.apiKey,
      apiKeyHeader: "api-key",
    });
    assertEquals((await provider.scoreAnswer(slowQuery, STRONG, null)).score, 72);
    const [request] = standIn.requests;
    assertEquals(request.path, "/v1/chat/completions");
    assertEquals(request.search, "?api-version=2024-10-21");
    assertEquals(request.apiKeyHeader, standIn.apiKey);
    assertEquals(request.authorization, null);
  } finally {
    await standIn.stop();
  }
});

// ---------------------------------------------------------------- configuration

test("the configured interviewer: builtin by default, openai when a base URL is set", async () => {
  const base = { SUPABASE_DB_URL: "postgres://localhost:54322/postgres" };
  const plain = parseConfig(base);
  assertEquals(plain.ai, { provider: "builtin" });
  setConfig(plain);
  const builtin = interviewAI();
  assertEquals(builtin.provider, "builtin");
  assertEquals(builtin.model, null);
  assert(interviewAI() === builtin, "created once");

  const standIn = startOpenAIStandIn();
  try {
    const configured = parseConfig({
      ...base,
      AI_BASE_URL: standIn.url,
      AI_MODEL: standIn.model,
      AI_API_KEY: standIn.apiKey,
    });
    assertEquals(configured.ai, {
      provider: "openai",
      baseUrl: standIn.url,
      model: standIn.model,
      apiKey: standIn.apiKey,
      apiKeyHeader: "authorization",
      timeoutMs: 20_000,
      maxRetries: 2,
    });
    setConfig(configured);
    const remote = interviewAI();
    assertEquals(remote.provider, "openai-compatible");
    assert(interviewAI() === remote, "created once");
    assertEquals((await remote.scoreAnswer(slowQuery, STRONG, null)).score, 72);

    // Ollama: no key at all.
    const ollama = parseConfig({ ...base, AI_BASE_URL: standIn.url, AI_MODEL: "llama3.1" });
    assertEquals(ollama.ai.provider === "openai" && ollama.ai.apiKey, undefined);
    assertEquals(createInterviewAI(ollama.ai).model, "llama3.1");
    // Asked for explicitly, the built-in one wins over a base URL.
    assertEquals(
      parseConfig({ ...base, AI_PROVIDER: "builtin", AI_BASE_URL: standIn.url }).ai,
      { provider: "builtin" },
    );
  } finally {
    await standIn.stop();
    setConfig(plain);
  }

  for (
    const env of [
      { AI_PROVIDER: "openai" },
      { AI_BASE_URL: "https://api.openai.com/v1" },
      { AI_BASE_URL: "ftp://example.com" },
      { AI_PROVIDER: "gpt" },
      { AI_TIMEOUT_MS: "0" },
      { AI_MAX_RETRIES: "-1" },
    ]
  ) {
    let caught: unknown;
    try {
      parseConfig({ ...base, ...env });
    } catch (error) {
      caught = error;
    }
    assert(caught instanceof ConfigError, `accepted ${JSON.stringify(env)}`);
    assert(/AI_/.test(caught.message), caught.message);
  }
});
