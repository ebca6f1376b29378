/**
 * CV_PARSER=ai: the structure of an uploaded CV from the AI provider's model (here the local
 * OpenAI stand-in), over HTTP on real Postgres. The model is asked with a JSON schema; whatever
 * it answers that the CV's text does not hold (an invented employer, dates, a skill, a bullet)
 * is dropped; a model that fails leaves the heuristics' parse.
 */
import { assert, assertEquals } from "./helpers/assert.ts";
import { bytesOf } from "./helpers/cv_fixtures.ts";
import { recruiterWithCandidate, uploaded } from "./helpers/cv_upload.ts";
import { client } from "./helpers/http.ts";
import { startOpenAIStandIn } from "./helpers/openai_standin.ts";
import { adminSql, afterAll, startStack, test } from "./helpers/stack.ts";
import { canonicalJson } from "../shared/ai/recorded.ts";
import { sha256Hex } from "../shared/auth/tokens.ts";
import { CV_PROMPT_VERSION } from "../shared/cv/model_parse.ts";

const standIn = startOpenAIStandIn();
afterAll(() => standIn.stop());
const stack = await startStack({
  CV_STORAGE: "local",
  AI_PROVIDER: "openai",
  AI_BASE_URL: standIn.url,
  AI_MODEL: standIn.model,
  AI_API_KEY: standIn.apiKey,
  AI_TIMEOUT_MS: "2000",
  CV_PARSER: "ai",
});
const call = client(stack.url);

// A CV whose one job the heuristics cannot tell apart: no title words, no legal form.
const CV = `Robin Vale
robin.vale@example.com
+44 20 7946 0958

Experience
Storm Chaser\tNimbus Collective\tMarch 2018 – Present
Tracked supercells across Oklahoma for the research desk.
Filed daily reports.

Skills
Meteorology, Python, Radar analysis
`;

const honest = {
  name: "Robin Vale",
  experience: [{
    title: "Storm Chaser",
    company: "Nimbus Collective",
    location: null,
    dates: "March 2018 – Present",
    highlights: [
      "Tracked supercells across Oklahoma for the research desk.",
      "Filed daily reports.",
    ],
  }],
  skills: ["Meteorology", "Python", "Radar analysis"],
  education: [],
  languages: [],
};

test("cv model: the model's structure is used, asked for with a JSON schema", async () => {
  standIn.script({ kind: "ok", content: honest });
  const before = standIn.requests.length;
  const r = await recruiterWithCandidate(call);
  const cv = await uploaded(call, r, bytesOf(CV), "robin.txt");
  assertEquals(cv.parsed.experience, [{
    title: "Storm Chaser",
    company: "Nimbus Collective",
    location: null,
    start: "2018-03",
    end: null,
    highlights: honest.experience[0].highlights,
    confidence: 0.85,
  }]);
  assertEquals(cv.parsed.skills, ["Meteorology", "Python", "Radar analysis"]);
  const request = standIn.requests[before].body;
  assertEquals(request.model, standIn.model);
  const format = request.response_format as { type: string; json_schema: { strict: boolean } };
  assertEquals([format.type, format.json_schema.strict], ["json_schema", true]);
  const user = request.messages?.find((m) => m.role === "user")?.content ?? "";
  assert(user.includes("Nimbus Collective"), "the model reads the CV's text");
  assert(user.includes("Storm Chaser\tNimbus Collective"), "in reading order, fields kept apart");
});

test("cv model: what the text does not hold is dropped: employers, dates, skills, bullets", async () => {
  standIn.script({
    kind: "ok",
    content: {
      ...honest,
      experience: [
        {
          ...honest.experience[0],
          highlights: [...honest.experience[0].highlights, "Won a Nobel prize."],
        },
        // An employer the CV never names.
        {
          title: "Storm Chaser",
          company: "Hooli",
          location: null,
          dates: "2010 – 2014",
          highlights: [],
        },
        // Dates the CV never writes.
        {
          title: "Storm Chaser",
          company: "Nimbus Collective",
          location: null,
          dates: "2001 – 2003",
          highlights: [],
        },
      ],
      skills: ["Meteorology", "Quantum computing"],
    },
  });
  const r = await recruiterWithCandidate(call);
  const cv = await uploaded(call, r, bytesOf(CV), "robin.txt");
  assertEquals(cv.parsed.experience.length, 1);
  assertEquals(cv.parsed.experience[0].company, "Nimbus Collective");
  assertEquals(cv.parsed.experience[0].highlights, honest.experience[0].highlights);
  assertEquals(cv.parsed.skills, ["Meteorology"]);
});

test("cv model: a failing model (error status, malformed reply) leaves the heuristics' parse", async () => {
  const r = await recruiterWithCandidate(call);
  standIn.script({ kind: "status", status: 500 });
  const failed = await uploaded(call, r, bytesOf(CV), "robin.txt");
  standIn.script({ kind: "malformed" });
  const malformed = await uploaded(call, r, bytesOf(CV), "robin.txt");
  for (const cv of [failed, malformed]) {
    assertEquals(cv.parse_status, "parsed");
    assertEquals(
      cv.parsed.experience.map((entry: { start: string }) => entry.start),
      ["2018-03"],
      "the heuristics found the job",
    );
    assertEquals(cv.parsed.skills, ["Meteorology", "Python", "Radar analysis"]);
    // No title words, no legal form: the heuristics' split is a guess, and says so.
    assert(cv.parsed.experience[0].confidence < 0.6, `${cv.parsed.experience[0].confidence}`);
  }
});

test("cv model: every call is on the candidate's trail, and the model never learns who they are", async () => {
  standIn.script({ kind: "ok", content: honest });
  const before = standIn.requests.length;
  const r = await recruiterWithCandidate(call);
  const cv = await uploaded(call, r, bytesOf(CV), "robin.txt");
  const sent = standIn.requests[before].body.messages?.find((m) => m.role === "user")?.content;
  assert(sent, "the model was asked");
  for (const identity of ["Robin", "Vale", "example.com", "7946"]) {
    assert(!sent.includes(identity), `the model was sent ${identity}`);
  }
  for (const placeholder of ["[name]", "[email]", "[phone]"]) assert(sent.includes(placeholder));
  assertEquals(cv.parsed.contact.name, "Robin Vale", "the heuristics still read the contact block");
  assertEquals(cv.parsed.experience[0].company, "Nimbus Collective");

  // Parsed again with a model that fails: recorded too, with the failure.
  standIn.script({ kind: "status", status: 500 });
  const again = await call(`/cvs/${cv.id}/parse`, { method: "POST", token: r.token });
  assertEquals(again.status, 200, JSON.stringify(again.body));

  const db = adminSql();
  try {
    const calls = await db`
      select task, provider, model, prompt_version, input, input_sha256, output, error,
             owner_id, candidate_id, interview_id
      from public.ai_events where cv_id = ${cv.id} order by seq`;
    assertEquals(calls.length, 2);
    const [read, failed] = calls;
    assertEquals(
      [read.task, read.provider, read.model, read.prompt_version],
      ["cv_extraction", "openai-compatible", standIn.model, CV_PROMPT_VERSION],
    );
    assertEquals(read.input, { cv: sent });
    assertEquals(read.input_sha256, sha256Hex(canonicalJson(read.input)));
    assertEquals([read.output, read.error], [honest, null]);
    assertEquals(
      [read.owner_id, read.candidate_id, read.interview_id],
      [r.userId, r.candidateId, null],
    );
    assertEquals([failed.output, failed.error], [null, "Error"]);
  } finally {
    await db.end();
  }
});
