/**
 * The soak test (`npm run soak`): mixed traffic for a while against the local stack over real
 * PostgreSQL, then a report of what happened.
 *
 *   npm run soak                      # 5 minutes, 32 connections
 *   SOAK_SECONDS=60 npm run soak      # shorter, to try it out
 *
 * Run by scripts/with-database.mjs (`deno task soak`), which starts a throwaway PostgreSQL,
 * pushes the migrations and sets SUPABASE_DB_URL. This script starts the function server
 * (scripts/serve.ts) as a process of its own on a free loopback port, signs up a few recruiters,
 * then keeps SOAK_CONNECTIONS (32) clients busy for SOAK_SECONDS (300) with a weighted mix of
 * what a frontend does: reads and searches, creates, edits and deletes, CV uploads, sign-ins,
 * whole interviews (ticket, redeem, start, answer, finish, report), and requests that must be
 * refused (an unknown id, an invalid body, a bad token). Only loopback traffic; it stops by
 * itself, and stops the server, at the end or on Ctrl-C.
 *
 * It prints the answers by status and code, p50/p99 latency and the server's resident memory
 * (RSS) for every SOAK_WINDOW_SECONDS (30) window, and exits non-zero when any answer was not
 * what its request expects (a 5xx, a dropped connection, a 4xx where none belongs) or when the
 * server's memory grew: the last window's RSS more than 25% and 32 MB over the second window's.
 */
import { fileURLToPath } from "node:url";
import { escapeRegExp } from "../shared/cv/regexp.ts";
import { FUNCTIONS_PREFIX, functionsUrl } from "../shared/http/functions_url.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const SECONDS = Number(Deno.env.get("SOAK_SECONDS") ?? 300);
const CONNECTIONS = Number(Deno.env.get("SOAK_CONNECTIONS") ?? 32);
const WINDOW_SECONDS = Number(Deno.env.get("SOAK_WINDOW_SECONDS") ?? 30);
const RECRUITERS = 8;
const PASSWORD = "soak password 2026";
const databaseUrl = Deno.env.get("SUPABASE_DB_URL") ?? Deno.env.get("DATABASE_URL");
if (!databaseUrl) {
  console.error("Run it with `npm run soak` (scripts/with-database.mjs gives it a database).");
  Deno.exit(2);
}
for (
  const [name, value] of [["SOAK_SECONDS", SECONDS], ["SOAK_CONNECTIONS", CONNECTIONS], [
    "SOAK_WINDOW_SECONDS",
    WINDOW_SECONDS,
  ]] as const
) {
  if (!Number.isFinite(value) || value < 1 || value > 86_400) {
    console.error(`${name} must be a number from 1 to 86400`);
    Deno.exit(2);
  }
}

// The server -----------------------------------------------------------------------------------

const dataDir = await Deno.makeTempDir({ prefix: "interview-soak-" });
const server = new Deno.Command(Deno.execPath(), {
  args: ["run", "--allow-all", "scripts/serve.ts"],
  cwd: root,
  env: {
    SUPABASE_DB_URL: databaseUrl,
    PORT: "0",
    HOST: "127.0.0.1",
    AUTH_BACKEND: "builtin",
    CV_STORAGE: "local",
    LOCAL_DATA_DIR: dataDir,
    NO_COLOR: "1",
    // Everything comes from one address here: only the per-email limit applies.
    RATE_LIMIT_LOGIN_PER_ADDRESS: "1000000",
    RATE_LIMIT_REGISTER_PER_ADDRESS: "1000000",
  },
  stdin: "null",
  stdout: "piped",
  stderr: "piped",
}).spawn();
let serverOutput = "";
const drained = Promise.all([server.stdout, server.stderr].map(async (stream) => {
  for await (const chunk of stream.pipeThrough(new TextDecoderStream())) serverOutput += chunk;
}));
let serverExited = false;
server.status.then(() => serverExited = true);

let stopping = false;
async function stopServer() {
  if (!serverExited) {
    try {
      server.kill("SIGINT");
    } catch {
      // Gone already.
    }
    const timer = setTimeout(() => !serverExited && server.kill("SIGKILL"), 8000);
    await server.status;
    clearTimeout(timer);
  }
  await drained;
  await Deno.remove(dataDir, { recursive: true }).catch(() => {});
}
Deno.addSignalListener("SIGINT", () => {
  stopping = true;
});
// Bounded whatever happens: the run, setting up and reporting, and a minute to spare.
const hardStop = setTimeout(async () => {
  console.error("soak: still running long after its end; stopping.");
  await stopServer();
  Deno.exit(3);
}, (SECONDS + 120) * 1000);
Deno.unrefTimer(hardStop);

let base = "";
// The health function's URL in the banner scripts/serve.ts prints.
const bannerHealth = new RegExp(`http://localhost:(\\d+)${escapeRegExp(FUNCTIONS_PREFIX)}/health`);
for (const deadline = Date.now() + 30_000;;) {
  const match = serverOutput.match(bannerHealth);
  if (serverOutput.includes("local stack is running") && match) {
    base = functionsUrl(`http://127.0.0.1:${match[1]}`);
    break;
  }
  if (serverExited || Date.now() > deadline) {
    await stopServer();
    console.error(`soak: the server did not start:\n${serverOutput}`);
    Deno.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
}

function rssBytes(): number {
  try {
    const status = Deno.readTextFileSync(`/proc/${server.pid}/status`);
    return Number(status.match(/VmRSS:\s+(\d+) kB/)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

// Requests -------------------------------------------------------------------------------------

interface Answer {
  status: number;
  // deno-lint-ignore no-explicit-any
  body: any;
}

interface Sample {
  at: number;
  ms: number;
  label: string;
  status: number;
  code: string;
  expected: boolean;
}

const started = performance.now();
const samples: Sample[] = [];

async function request(
  label: string,
  path: string,
  expect: number[],
  init: { method?: string; token?: string; json?: unknown; body?: BodyInit } = {},
): Promise<Answer> {
  const headers = new Headers();
  if (init.token) headers.set("Authorization", `Bearer ${init.token}`);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set("Content-Type", "application/json");
    body = JSON.stringify(init.json);
  }
  const t0 = performance.now();
  let answer: Answer;
  try {
    const response = await fetch(`${base}${path}`, {
      method: init.method ?? (body === undefined ? "GET" : "POST"),
      headers,
      body,
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    let parsed: unknown = undefined;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    answer = { status: response.status, body: parsed };
  } catch (error) {
    answer = { status: 0, body: { error: { code: (error as Error).name } } };
  }
  const t1 = performance.now();
  samples.push({
    at: t1 - started,
    ms: t1 - t0,
    label,
    status: answer.status,
    code: answer.body?.error?.code ?? "",
    expected: expect.includes(answer.status),
  });
  return answer;
}

interface Recruiter {
  email: string;
  token: string;
  jobs: string[];
  candidates: string[];
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

async function signUp(n: number): Promise<Recruiter> {
  const email = `soak.${n}.${unique()}@example.com`;
  const answer = await request("register", "/auth/register", [201], {
    json: { email, password: PASSWORD, full_name: `Soak Recruiter ${n}`, company_name: "Soak" },
  });
  if (answer.status !== 201) {
    throw new Error(`register: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  const recruiter: Recruiter = {
    email,
    token: answer.body.data.access_token,
    jobs: [],
    candidates: [],
  };
  for (let i = 0; i < 5; i++) await createJob(recruiter);
  for (let i = 0; i < 5; i++) await createCandidate(recruiter);
  return recruiter;
}

async function createJob(r: Recruiter) {
  const answer = await request("POST /jobs", "/jobs", [201], {
    token: r.token,
    json: {
      title: `Backend Engineer ${unique()}`,
      description: "Design, build and run the services behind our interview platform.",
      skills: ["TypeScript", "PostgreSQL", "Deno"],
      requirements: ["5+ years of backend work"],
      status: "open",
      interview_settings: { question_count: 2, duration_minutes: 30 },
    },
  });
  if (answer.status === 201) r.jobs.push(answer.body.data.id);
}

async function createCandidate(r: Recruiter) {
  const answer = await request("POST /candidates", "/candidates", [201], {
    token: r.token,
    json: { full_name: `Candidate ${unique()}`, email: `cand.${unique()}@example.com` },
  });
  if (answer.status === 201) r.candidates.push(answer.body.data.id);
}

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)];
/** The jobs made at sign-up: never deleted, so reads, edits and interviews always find them. */
const stable = (r: Recruiter) => r.jobs.slice(0, 5);

const CV = new TextEncoder().encode(`Jane Doe
jane.doe@example.com | +44 20 7946 0958 | London

EXPERIENCE
Senior Backend Engineer, Acme Ltd (2019 - present)
Built payment APIs in TypeScript and PostgreSQL.

EDUCATION
BSc Computer Science, University of Leeds (2012 - 2015)

SKILLS
TypeScript, PostgreSQL, Docker, Kubernetes
`);

/** One whole interview: ticket, redeem, start, answer each question, finish, report. */
async function interview(r: Recruiter) {
  const ticket = await request("POST /tickets", "/tickets", [201], {
    token: r.token,
    json: { candidate_id: pick(r.candidates), job_description_id: pick(stable(r)) },
  });
  if (ticket.status !== 201) return;
  const redeemed = await request("POST /interviews/redeem", "/interviews/redeem", [201], {
    json: { code: ticket.body.data.code },
  });
  if (redeemed.status !== 201) return;
  const { interview_id: id, access_token: token } = redeemed.body.data;
  await request("POST /interviews/:id/start", `/interviews/${id}/start`, [200], {
    method: "POST",
    token,
  });
  for (let i = 0; i < 5; i++) {
    const next = await request("GET /interviews/:id/next", `/interviews/${id}/next`, [200], {
      token,
    });
    const question = next.body?.data?.question;
    if (!question) break;
    await request("POST /interviews/:id/responses", `/interviews/${id}/responses`, [201], {
      token,
      json: {
        question_id: question.id,
        answer_text:
          "I led the move to partitioned tables, profiled with EXPLAIN ANALYZE and cut p99 from 800 ms to 120 ms.",
        duration_seconds: 90,
      },
    });
  }
  await request("POST /interviews/:id/finish", `/interviews/${id}/finish`, [200], {
    method: "POST",
    token,
  });
  await request("POST /reports", "/reports", [201], { token: r.token, json: { interview_id: id } });
  await request("GET /interviews/:id", `/interviews/${id}`, [200], { token: r.token });
}

type Operation = (r: Recruiter) => Promise<unknown>;

/** The mix, by weight. */
const MIX: [number, Operation][] = [
  [6, () => request("GET /health", "/health", [200])],
  [3, () => request("GET /health/db", "/health/db", [200])],
  [10, (r) => request("GET /auth/me", "/auth/me", [200], { token: r.token })],
  [10, (r) => request("GET /jobs", "/jobs?page_size=20", [200], { token: r.token })],
  [5, (r) => request("GET /jobs?q", "/jobs?q=engineer&status=open", [200], { token: r.token })],
  [10, (r) => request("GET /jobs/:id", `/jobs/${pick(stable(r))}`, [200], { token: r.token })],
  [4, createJob],
  [3, (r) =>
    request("PATCH /jobs/:id", `/jobs/${pick(stable(r))}`, [200], {
      method: "PATCH",
      token: r.token,
      json: { location: `Remote ${unique()}`, interview_settings: { difficulty: "hard" } },
    })],
  [1, async (r) => {
    // Deletes one of its own newer jobs (never one an interview may use: those have tickets).
    if (r.jobs.length <= 5) return;
    const id = r.jobs.pop()!;
    await request("DELETE /jobs/:id", `/jobs/${id}`, [200, 409], {
      method: "DELETE",
      token: r.token,
    });
  }],
  [6, (r) => request("GET /candidates", "/candidates?q=candidate", [200], { token: r.token })],
  [3, createCandidate],
  [2, (r) => {
    const form = new FormData();
    form.append("candidate_id", pick(r.candidates));
    form.append("file", new Blob([CV], { type: "text/plain" }), "cv.txt");
    return request("POST /cvs", "/cvs", [201], { token: r.token, body: form });
  }],
  [3, (r) => request("GET /cvs", "/cvs?page_size=10", [200], { token: r.token })],
  [3, (r) => request("GET /interviews", "/interviews", [200], { token: r.token })],
  [2, (r) => request("GET /reports", "/reports", [200], { token: r.token })],
  [
    1,
    (r) =>
      request("POST /auth/login", "/auth/login", [200], {
        json: { email: r.email, password: PASSWORD },
      }),
  ],
  [2, interview],
  // Refused, as they should be.
  [
    3,
    (r) => request("GET /jobs/:unknown", `/jobs/${crypto.randomUUID()}`, [404], { token: r.token }),
  ],
  [2, (r) =>
    request("POST /jobs (invalid)", "/jobs", [422], {
      token: r.token,
      json: { title: "", description: 5, owner_id: "x" },
    })],
  [2, () => request("GET /auth/me (bad token)", "/auth/me", [401], { token: "not.a.token" })],
];
const totalWeight = MIX.reduce((n, [w]) => n + w, 0);
function chooseOperation(): Operation {
  let roll = Math.random() * totalWeight;
  for (const [weight, operation] of MIX) {
    roll -= weight;
    if (roll < 0) return operation;
  }
  return MIX[0][1];
}

// The run --------------------------------------------------------------------------------------

console.log(
  `soak: ${SECONDS} s, ${CONNECTIONS} connections, against ${base} (server PID ${server.pid})`,
);
const recruiters = await Promise.all(Array.from({ length: RECRUITERS }, (_, n) => signUp(n)));
samples.length = 0;
const runStart = performance.now() - started;
const end = runStart + SECONDS * 1000;

const rss: { at: number; bytes: number }[] = [];
const sampler = setInterval(
  () => rss.push({ at: performance.now() - started, bytes: rssBytes() }),
  1000,
);

await Promise.all(Array.from({ length: CONNECTIONS }, async (_, n) => {
  const recruiter = recruiters[n % recruiters.length];
  while (!stopping && !serverExited && performance.now() - started < end) {
    await chooseOperation()(recruiter);
  }
}));
clearInterval(sampler);
const interrupted = stopping;
await stopServer();
clearTimeout(hardStop);

// The report -----------------------------------------------------------------------------------

const percentile = (values: number[], p: number) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

const byStatus = new Map<string, number>();
for (const s of samples) {
  const key = `${s.status}${s.code ? ` ${s.code}` : ""}${s.expected ? "" : " (unexpected)"}`;
  byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
}
const unexpected = samples.filter((s) => !s.expected);
const seconds = (samples.at(-1)?.at ?? runStart) / 1000 - runStart / 1000;

console.log(
  `\nsoak: ${samples.length} requests in ${seconds.toFixed(0)} s (${
    (samples.length / seconds).toFixed(0)
  }/s)`,
);
console.log("\nanswers by status:");
for (const [key, n] of [...byStatus].sort()) console.log(`  ${key.padEnd(48)} ${n}`);

console.log(`\nper ${WINDOW_SECONDS} s window:`);
console.log("  window      requests   p50 ms   p99 ms   max ms   RSS MB (median, max)");
const windows: { median: number }[] = [];
for (let from = runStart; from < end; from += WINDOW_SECONDS * 1000) {
  const to = from + WINDOW_SECONDS * 1000;
  const inWindow = samples.filter((s) => s.at >= from && s.at < to).map((s) => s.ms);
  const memory = rss.filter((r) => r.at >= from && r.at < to).map((r) => r.bytes);
  if (!inWindow.length) continue;
  windows.push({ median: percentile(memory, 50) });
  const label = `${((from - runStart) / 1000).toFixed(0)}-${((to - runStart) / 1000).toFixed(0)} s`;
  console.log(
    `  ${label.padEnd(11)} ${String(inWindow.length).padStart(8)} ${
      percentile(inWindow, 50).toFixed(1).padStart(8)
    } ${percentile(inWindow, 99).toFixed(1).padStart(8)} ${
      Math.max(...inWindow).toFixed(1).padStart(8)
    }   ${mb(percentile(memory, 50))}, ${mb(Math.max(0, ...memory))}`,
  );
}

const slowest = [...new Set(samples.map((s) => s.label))].map((label) => {
  const ms = samples.filter((s) => s.label === label).map((s) => s.ms);
  return { label, n: ms.length, p99: percentile(ms, 99) };
}).sort((a, b) => b.p99 - a.p99);
console.log("\nby request (p99 ms):");
for (const { label, n, p99 } of slowest) {
  console.log(`  ${label.padEnd(34)} ${String(n).padStart(7)} ${p99.toFixed(1).padStart(9)}`);
}

const problems: string[] = [];
if (interrupted) problems.push("interrupted before its end");
if (serverExited && !interrupted && samples.length === 0) problems.push("the server exited");
if (unexpected.length) {
  problems.push(`${unexpected.length} answers not as expected`);
  for (const s of unexpected.slice(0, 10)) {
    console.log(`  unexpected: ${s.label} answered ${s.status} ${s.code}`);
  }
}
if (/unhandled|INTERNAL_ERROR/.test(serverOutput)) {
  problems.push("the server logged an unhandled error");
  console.log(serverOutput.split("\n").filter((l) => /unhandled/.test(l)).slice(0, 5).join("\n"));
}
if (windows.length >= 3) {
  const first = windows[1].median;
  const last = windows.at(-1)!.median;
  const growth = last - first;
  console.log(
    `\nmemory: ${mb(first)} MB in the second window, ${mb(last)} MB in the last (${
      growth >= 0 ? "+" : ""
    }${mb(growth)} MB)`,
  );
  if (growth > 32 * 1024 * 1024 && last > first * 1.25) problems.push("the server's memory grew");
}
console.log(problems.length ? `\nsoak: FAILED: ${problems.join("; ")}` : "\nsoak: ok");
Deno.exit(problems.length ? 1 : 0);
