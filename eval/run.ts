/**
 * `npm run eval`: the interviewer measured as a recruiter and a candidate meet it, through the
 * HTTP API. For every scenario in eval/scenarios/ (a job, a candidate with a CV, graded answers
 * by topic; see eval/scenario.ts) a recruiter posts the job, adds the candidate and the CV, and
 * sends a ticket per grade; the candidate answers every question of that interview with the grade
 * under test (strong, vague, off-topic, empty, thin, keyword stuffing, rubric recital, injected),
 * and every follow-up with a strong answer, as a candidate who is pushed would; the recruiter
 * reads each evaluation and the report. The same interviews run again under another name,
 * email, phone and pronouns.
 *
 * It prints, per scenario and in all: pairwise ranking accuracy (strong > vague > off-topic and
 * empty, on the same question), the mean score per grade, gaming caught (flagged, and the score
 * gained over the honest answer it dresses up), follow-ups after thin answers, claim-probing
 * questions per interview, questions with an unparsed fragment, and score changes when the name
 * is swapped; then each target, met or missed. Exit status 1 when a target is missed.
 *
 * EVAL_BASE=http://127.0.0.1:54321/functions/v1 runs it against a running stack (`npm run dev`);
 * otherwise it starts the functions itself over the database `npm run eval` prepares.
 * The scenarios are read from eval/scenarios/ (the roles the interviewer was tuned on),
 * eval/validation/ and eval/check/ (roles written by other hands afterwards, to see how it does
 * on roles it was not tuned for); each set's figures are printed apart, then all together.
 * EVAL_SCENARIOS=<folder>[,<folder>...] reads other folders instead (a held-out set).
 */
import { answerFor, baseGrade, expectedFlag, type Grade, GRADES } from "./answers.ts";
import type { Identity, Scenario } from "./scenario.ts";

const SWAPPED_GRADES: Grade[] = ["strong", "vague", "thin", "injected"];
const THIN_GRADES: Grade[] = ["thin", "empty"];
const PAIRS: [Grade, Grade][] = [
  ["strong", "vague"],
  ["strong", "off_topic"],
  ["strong", "empty"],
  ["vague", "off_topic"],
  ["vague", "empty"],
];

interface Answered {
  scenario: string;
  grade: Grade;
  identity: "original" | "swapped";
  question_id: string;
  main_index: number;
  score: number;
  flags: string[];
  followedUp: boolean;
}

interface InterviewRun {
  scenario: string;
  grade: Grade;
  identity: "original" | "swapped";
  answers: Answered[];
  questions: { text: string; source: string; claim: string | null }[];
  recommendation: string;
  overall: number;
}

// --- the stack --------------------------------------------------------------------------------

async function startLocalStack(): Promise<string> {
  const { parseConfig, setConfig } = await import("../shared/config.ts");
  const { randomToken } = await import("../shared/auth/tokens.ts");
  setConfig(parseConfig({
    ...Deno.env.toObject(),
    SUPABASE_JWT_SECRET: randomToken(48),
    LOCAL_DATA_DIR: await Deno.makeTempDir({ prefix: "interview-eval-" }),
    AUTH_BACKEND: "builtin",
    RATE_LIMIT_REGISTER_PER_ADDRESS: "100000",
    RATE_LIMIT_LOGIN_PER_ADDRESS: "100000",
  }));
  const { gateway } = await import("../local/gateway.ts");
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, gateway);
  return `http://127.0.0.1:${server.addr.port}/functions/v1`;
}

const base = Deno.env.get("EVAL_BASE") ?? await startLocalStack();

// deno-lint-ignore no-explicit-any -- the API's answers, checked where they are read
type Body = any;

async function call(
  path: string,
  options: { method?: string; token?: string; json?: unknown; form?: FormData } = {},
): Promise<Body> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.json !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(`${base}${path}`, {
    method: options.method ?? (options.json !== undefined || options.form ? "POST" : "GET"),
    headers,
    body: options.form ?? (options.json !== undefined ? JSON.stringify(options.json) : undefined),
  });
  const body = await response.json();
  if (!response.ok) {
    throw new Error(
      `${options.method ?? "GET"} ${path}: ${response.status} ${JSON.stringify(body)}`,
    );
  }
  return body.data;
}

// --- the scenarios ----------------------------------------------------------------------------

/** The sets of scenarios, by name: each folder's files. */
async function loadScenarios(): Promise<Map<string, Scenario[]>> {
  const given = Deno.env.get("EVAL_SCENARIOS");
  const folders = given
    ? given.split(",").map((folder) =>
      new URL(`${folder.trim().replace(/\/?$/, "/")}`, `file://${Deno.cwd()}/`)
    )
    : ["./scenarios/", "./validation/", "./check/"].map((folder) =>
      new URL(folder, import.meta.url)
    );
  const sets = new Map<string, Scenario[]>();
  for (const folder of folders) {
    const files = [...Deno.readDirSync(folder)].map((entry) => entry.name)
      .filter((name) => name.endsWith(".ts")).sort();
    const scenarios: Scenario[] = [];
    for (const file of files) scenarios.push((await import(new URL(file, folder).href)).scenario);
    sets.set(folder.pathname.replace(/\/$/, "").split("/").pop()!, scenarios);
  }
  return sets;
}

function cvText(scenario: Scenario, identity: Identity): string {
  return scenario.cv.replaceAll("{name}", identity.full_name).replaceAll("{email}", identity.email)
    .replaceAll("{phone}", identity.phone).replaceAll("{pronouns}", identity.pronouns);
}

// --- one interview ----------------------------------------------------------------------------

async function interview(
  scenario: Scenario,
  all: Scenario[],
  recruiter: string,
  jobId: string,
  candidateId: string,
  grade: Grade,
  identity: "original" | "swapped",
): Promise<InterviewRun> {
  const ticket = await call("/tickets", {
    token: recruiter,
    json: { candidate_id: candidateId, job_description_id: jobId },
  });
  const credential = await call("/interviews/redeem", { json: { code: ticket.code } });
  const id = credential.interview_id;
  const token = credential.access_token;
  await call(`/interviews/${id}/start`, { method: "POST", token });

  const details = async () =>
    new Map<string, Body>(
      (await call(`/interviews/${id}`, { token: recruiter })).questions.map((
        question: Body,
      ) => [question.id, question]),
    );
  let known = await details();
  let mainIndex = -1;
  const followedUp = new Set<string>();
  for (let turn = 0; turn < 200; turn++) {
    const next = await call(`/interviews/${id}/next`, { token });
    const question = next.question;
    if (!question) break;
    if (!known.has(question.id)) known = await details();
    const detail = known.get(question.id);
    const asked = {
      id: question.id,
      text: question.text,
      competency: detail.competency,
      expected_points: detail.expected_points,
      claim: detail.claim,
    };
    let text: string;
    if (question.parent_question_id) {
      followedUp.add(question.parent_question_id);
      // Pushed, the candidate gives their real example.
      const parent = known.get(question.parent_question_id);
      text = answerFor("strong", {
        scenario,
        all,
        question: { ...asked, competency: parent.competency, claim: parent.claim },
        index: mainIndex + 1,
      });
    } else {
      mainIndex++;
      text = answerFor(grade, { scenario, all, question: asked, index: mainIndex });
    }
    await call(`/interviews/${id}/responses`, {
      token,
      json: { question_id: question.id, answer_text: text },
    });
  }
  await call(`/interviews/${id}/finish`, { method: "POST", token });
  const detail = await call(`/interviews/${id}`, { token: recruiter });
  const report = await call("/reports", { token: recruiter, json: { interview_id: id } });
  const mains = detail.questions.filter((question: Body) => !question.parent_question_id);
  return {
    scenario: scenario.id,
    grade,
    identity,
    answers: mains.map((question: Body, index: number) => ({
      scenario: scenario.id,
      grade,
      identity,
      question_id: question.id,
      main_index: index,
      score: question.answer?.score ?? 0,
      flags: question.answer?.evaluation?.flags ?? [],
      followedUp: followedUp.has(question.id),
    })),
    questions: detail.questions.map((question: Body) => ({
      text: question.text,
      source: question.source,
      claim: question.claim,
    })),
    recommendation: report.recommendation,
    overall: report.overall_score,
  };
}

async function runScenario(scenario: Scenario, all: Scenario[]): Promise<InterviewRun[]> {
  const email = `eval-${crypto.randomUUID().slice(0, 8)}@example.com`;
  const recruiter = (await call("/auth/register", {
    json: { email, password: "evaluation password", full_name: "Eval Recruiter" },
  })).access_token;
  const job = await call("/jobs", { token: recruiter, json: { ...scenario.job, status: "open" } });
  const runs: InterviewRun[] = [];
  for (const identity of ["original", "swapped"] as const) {
    const person = identity === "original" ? scenario.candidate : scenario.swapped;
    const candidate = await call("/candidates", {
      token: recruiter,
      json: { full_name: person.full_name, email: person.email, phone: person.phone },
    });
    const form = new FormData();
    form.append("candidate_id", candidate.id);
    form.append(
      "file",
      new File([cvText(scenario, person)], "cv.txt", { type: "text/plain" }),
    );
    await call("/cvs", { token: recruiter, form });
    const grades = identity === "original" ? [...GRADES] : SWAPPED_GRADES;
    for (const grade of grades) {
      runs.push(await interview(scenario, all, recruiter, job.id, candidate.id, grade, identity));
    }
  }
  return runs;
}

// --- the figures ------------------------------------------------------------------------------

/** A question text with a piece of the CV or the job left half-read. */
function fragments(scenario: Scenario, text: string, source: string): string[] {
  const found: string[] = [];
  // What the question says in its own words; quotes are checked against their source below.
  const own = text.replace(/“[^”]*”/g, "“…”");
  if (/\b(?:at|in|with|and|of|for|to|as|the|a|an|from|by)\s*[.,;:?!]/i.test(own)) {
    found.push("a word left hanging before punctuation");
  }
  if (/\s[.,;:]|[.,;:]{2,}|\s{2,}|\(\s*\)|“\s*”/.test(own)) found.push("stray punctuation");
  const count = (char: string) => text.split(char).length - 1;
  if (count("(") !== count(")") || count("“") !== count("”")) found.push("unbalanced brackets");
  const haystack = normalize(
    `${cvText(scenario, scenario.candidate)}\n${
      scenario.job.requirements.join("\n")
    }\n${scenario.job.description}`,
  );
  // A follow-up quotes the candidate's answer; any other question quotes the CV or the job.
  for (const [, quoted] of source === "follow_up" ? [] : text.matchAll(/“([^”]+)”/g)) {
    if (!haystack.includes(normalize(quoted))) {
      found.push(`quotes what is not written: “${quoted}”`);
    }
  }
  if (source === "cv" || source === "cv_claim") {
    for (
      const [, name] of text.matchAll(
        /\bat ((?:[A-Z][\w&.'-]*)(?:\s+(?:[A-Z&][\w&.'-]*|\d[\w-]*|of|and|&))*)/g,
      )
    ) {
      const plain = name.replace(/[.,]$/, "");
      if (!scenario.truth.employers.some((employer) => normalize(employer) === normalize(plain))) {
        found.push(`names an employer the CV does not have: ${plain}`);
      }
    }
  }
  return found;
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").replace(/[.]+$/, "").trim();
}

const mean = (values: number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
const round = (value: number, digits = 1) => Number.isNaN(value) ? "-" : value.toFixed(digits);

function summarize(label: string, runs: InterviewRun[], all: Scenario[]) {
  const originals = runs.filter((run) => run.identity === "original");
  const byQuestion = new Map<string, Partial<Record<Grade, Answered>>>();
  for (const run of originals) {
    for (const answer of run.answers) {
      const key = `${answer.scenario}#${answer.main_index}`;
      const entry = byQuestion.get(key) ?? {};
      entry[answer.grade] = answer;
      byQuestion.set(key, entry);
    }
  }
  let pairs = 0;
  let ordered = 0;
  for (const entry of byQuestion.values()) {
    for (const [high, low] of PAIRS) {
      if (!entry[high] || !entry[low]) continue;
      pairs++;
      if (entry[high]!.score > entry[low]!.score) ordered++;
    }
  }
  const scores = (grade: Grade) =>
    originals.flatMap((run) => run.grade === grade ? run.answers.map((a) => a.score) : []);
  const gaming = (["stuffing", "recital", "injected", "injected_strong"] as Grade[]).map(
    (grade) => {
      const answers = originals.flatMap((run) => run.grade === grade ? run.answers : []);
      const flag = expectedFlag(grade)!;
      const gains = answers.map((answer) => {
        const honest = byQuestion.get(`${answer.scenario}#${answer.main_index}`)
          ?.[baseGrade(grade)!];
        return honest ? answer.score - honest.score : 0;
      });
      return {
        grade,
        flagged: answers.filter((answer) => answer.flags.includes(flag)).length,
        total: answers.length,
        gained: gains.filter((gain) => gain > 0).length,
        maxGain: Math.max(0, ...gains),
        meanGain: mean(gains),
      };
    },
  );
  const honest = originals.flatMap((run) =>
    run.grade === "strong" || run.grade === "vague" ? run.answers : []
  );
  const falseFlags =
    honest.filter((answer) => answer.flags.some((flag) => flag !== "off_topic")).length;
  const thin = originals.flatMap((run) => THIN_GRADES.includes(run.grade) ? run.answers : []);
  const probed = thin.filter((answer) => answer.followedUp).length;
  const claims = originals.map((run) =>
    run.questions.filter((question) => question.source === "cv_claim").length
  );
  const scenarioOf = new Map(all.map((scenario) => [scenario.id, scenario]));
  const distinctQuestions = new Map<string, { scenario: Scenario; text: string; source: string }>();
  for (const run of runs) {
    for (const question of run.questions) {
      distinctQuestions.set(`${run.scenario}#${question.text}`, {
        scenario: scenarioOf.get(run.scenario)!,
        text: question.text,
        source: question.source,
      });
    }
  }
  const broken = [...distinctQuestions.values()]
    .map((question) => ({
      ...question,
      problems: fragments(question.scenario, question.text, question.source),
    }))
    .filter((question) => question.problems.length > 0);
  let swapped = 0;
  let compared = 0;
  let maxSwap = 0;
  for (const run of runs.filter((item) => item.identity === "swapped")) {
    const original = originals.find((item) =>
      item.scenario === run.scenario && item.grade === run.grade
    );
    if (!original) continue;
    run.answers.forEach((answer, index) => {
      const other = original.answers[index];
      if (!other) return;
      compared++;
      const diff = Math.abs(answer.score - other.score);
      if (diff > 0) swapped++;
      maxSwap = Math.max(maxSwap, diff);
    });
  }
  const recommendations = (grade: Grade) => {
    const counts: Record<string, number> = {};
    for (const run of originals.filter((item) => item.grade === grade)) {
      counts[run.recommendation] = (counts[run.recommendation] ?? 0) + 1;
    }
    return Object.entries(counts).map(([name, n]) => `${name} ${n}`).join(", ");
  };
  return {
    label,
    ranking: pairs ? ordered / pairs : NaN,
    pairs,
    means: Object.fromEntries(GRADES.map((grade) => [grade, mean(scores(grade))])),
    gaming,
    falseFlags,
    honest: honest.length,
    probed,
    thin: thin.length,
    claimsPerInterview: mean(claims),
    claimsMin: Math.min(...claims),
    broken,
    questions: distinctQuestions.size,
    swapped,
    compared,
    maxSwap,
    strongReports: recommendations("strong"),
    vagueReports: recommendations("vague"),
  };
}

// --- main -------------------------------------------------------------------------------------

const sets = await loadScenarios();
const scenarios = [...sets.values()].flat();
if (scenarios.length === 0) throw new Error("No scenarios found.");
const started = performance.now();
const runs: InterviewRun[] = [];
const runsBySet = new Map<string, InterviewRun[]>();
for (const [set, members] of sets) {
  for (const scenario of members) {
    const mine = await runScenario(scenario, scenarios);
    runs.push(...mine);
    runsBySet.set(set, [...runsBySet.get(set) ?? [], ...mine]);
    const s = summarize(scenario.id, mine, scenarios);
    console.log(
      `${scenario.id.padEnd(24)} ranking ${round(s.ranking, 3)}  strong ${
        round(s.means.strong)
      }  vague ${round(s.means.vague)}  off-topic ${round(s.means.off_topic)}  empty ${
        round(s.means.empty)
      }  follow-ups ${s.probed}/${s.thin}  claims/interview ${
        round(s.claimsPerInterview)
      }  fragments ${s.broken.length}  name swap ${s.swapped}/${s.compared}`,
    );
  }
}
if (sets.size > 1) {
  console.log("");
  for (const [set, members] of sets) {
    const s = summarize(set, runsBySet.get(set) ?? [], scenarios);
    console.log(
      `set ${set.padEnd(12)} ${members.length} roles: ranking ${round(s.ranking, 3)}, strong ${
        round(s.means.strong)
      }, vague ${round(s.means.vague)}, off-topic ${round(s.means.off_topic)}, gaming flagged ${
        s.gaming.reduce((n, item) => n + item.flagged, 0)
      }/${
        s.gaming.reduce((n, item) => n + item.total, 0)
      }, follow-ups ${s.probed}/${s.thin}, fragments ${s.broken.length}`,
    );
  }
}
const total = summarize("all", runs, scenarios);
const seconds = (performance.now() - started) / 1000;

console.log(
  `\nAll ${scenarios.length} scenarios, ${runs.length} interviews, ${seconds.toFixed(0)} s:`,
);
console.log(`  pairwise ranking accuracy   ${round(total.ranking, 3)} (${total.pairs} pairs)`);
console.log(
  `  mean score per grade        ${
    GRADES.map((grade) => `${grade} ${round(total.means[grade])}`).join(", ")
  }`,
);
for (const item of total.gaming) {
  console.log(
    `  ${
      item.grade.padEnd(26)
    }  flagged ${item.flagged}/${item.total}, scored above the honest answer ${item.gained} times (max +${
      round(item.maxGain)
    }, mean ${round(item.meanGain)})`,
  );
}
console.log(`  flags on honest answers     ${total.falseFlags}/${total.honest}`);
console.log(
  `  follow-up after thin        ${total.probed}/${total.thin} (${
    round((100 * total.probed) / total.thin, 0)
  } %)`,
);
console.log(
  `  claim questions/interview   ${round(total.claimsPerInterview)} (fewest ${total.claimsMin})`,
);
console.log(`  questions with a fragment   ${total.broken.length} of ${total.questions}`);
for (const question of total.broken.slice(0, 10)) {
  console.log(
    `    ${question.scenario.id}: ${question.problems.join("; ")}: ${question.text.slice(0, 160)}`,
  );
}
console.log(
  `  scores moved by the name    ${total.swapped} of ${total.compared} (max ${
    round(total.maxSwap)
  })`,
);
console.log(`  all-strong interviews       ${total.strongReports}`);
console.log(`  vague, then strong when probed ${total.vagueReports}`);

const targets: [string, boolean][] = [
  ["ranking accuracy >= 0.95", total.ranking >= 0.95],
  ["strong answers >= 70 on average", total.means.strong >= 70],
  ["vague answers <= 40 on average", total.means.vague <= 40],
  [
    "every stuffing, recital and injection flagged",
    total.gaming.every((item) => item.flagged === item.total),
  ],
  ["no score gained by gaming", total.gaming.every((item) => item.gained === 0)],
  ["a follow-up after >= 90 % of thin answers", total.probed >= 0.9 * total.thin],
  ["every interview with a CV has claim-probing questions", total.claimsMin > 0],
  ["no fragment in any question", total.broken.length === 0],
  ["no score moved by the name", total.swapped === 0],
];
console.log("\nTargets:");
for (const [name, met] of targets) console.log(`  ${met ? "met   " : "MISSED"}  ${name}`);
const summary = `eval: ranking ${round(total.ranking, 3)}, strong ${
  round(total.means.strong)
}, vague ${round(total.means.vague)}, gaming flagged ${
  total.gaming.reduce((n, item) => n + item.flagged, 0)
}/${total.gaming.reduce((n, item) => n + item.total, 0)}, gained ${
  total.gaming.reduce((n, item) => n + item.gained, 0)
}, follow-ups ${total.probed}/${total.thin}, claims/interview ${
  round(total.claimsPerInterview)
}, fragments ${total.broken.length}, name swap ${total.swapped}`;
console.log(`\n${summary}`);
Deno.exit(targets.every(([, met]) => met) ? 0 : 1);
