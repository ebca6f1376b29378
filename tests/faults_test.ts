/**
 * Faults.
 *
 * The database goes away under load: the functions (scripts/serve.ts, a process of its own)
 * run against a PostgreSQL server of this test's own (scripts/throwaway-postgres.mjs), with 16
 * clients at once. Stopped, every request answers 503 in the envelope within 2 seconds and
 * /health/db says so; started again, service comes back by itself, in the same process. The
 * same when it is frozen (every server process SIGSTOPped, so connections hang rather than
 * fail); and a query stuck behind a lock is cut off by the statement timeout: 503 within 2 s.
 * (Failures in the middle of multi-row writes are tests/atomicity_test.ts's.)
 */
import { assert, assertEquals } from "./helpers/assert.ts";
import { client, registerRecruiter } from "./helpers/http.ts";
import { startServe } from "./helpers/processes.ts";
import { afterAll, JWT_SECRET, test } from "./helpers/stack.ts";
import { startThrowawayPostgres } from "./helpers/throwaway_postgres.ts";
import postgres from "postgres";

// The database stopped under load -----------------------------------------------------------------

interface Sample {
  path: string;
  started: number;
  ended: number;
  status: number;
  code?: string;
  envelope: boolean;
}

/** 2 seconds, as the functions promise: the connect and statement timeouts, and a little slack. */
const DEADLINE_MS = 2000;

/** `workers` clients sending a mix of reads and writes until `running()` says stop. */
function load(base: string, token: string, jobId: string, running: () => boolean, workers = 16) {
  const samples: Sample[] = [];
  const mix: [string, RequestInit][] = [
    ["/health/db", {}],
    ["/jobs?page_size=5", {}],
    [`/jobs/${jobId}`, {}],
    ["/jobs", { method: "POST", body: JSON.stringify({ title: "Under load", description: "x" }) }],
    ["/auth/me", {}],
    ["/candidates?q=ada", {}],
  ];
  const worker = async (n: number) => {
    for (let i = n; running(); i++) {
      const [path, init] = mix[i % mix.length];
      const started = performance.now();
      let sample: Sample;
      try {
        const response = await fetch(`${base}${path}`, {
          ...init,
          headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
          signal: AbortSignal.timeout(15_000),
        });
        const body = await response.json().catch(() => undefined);
        sample = {
          path,
          started,
          ended: performance.now(),
          status: response.status,
          code: body?.error?.code,
          envelope: typeof body?.success === "boolean" &&
            (body.success || typeof body?.request_id === "string"),
        };
      } catch (error) {
        sample = {
          path,
          started,
          ended: performance.now(),
          status: -1,
          code: String(error),
          envelope: false,
        };
      }
      samples.push(sample);
    }
  };
  const done = Promise.all(Array.from({ length: workers }, (_, n) => worker(n)));
  return { samples, done };
}

function summary(samples: Sample[]) {
  const by = new Map<string, number>();
  for (const s of samples) {
    by.set(
      `${s.status} ${s.code ?? ""}`.trim(),
      (by.get(`${s.status} ${s.code ?? ""}`.trim()) ?? 0) + 1,
    );
  }
  return [...by].map(([k, n]) => `${k}: ${n}`).join(", ");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// One PostgreSQL server and one function process for the scenarios below, in this order.
let pg: Awaited<ReturnType<typeof startThrowawayPostgres>> | undefined;
let serve: Awaited<ReturnType<typeof startServe>> | undefined;
afterAll(async () => {
  await serve?.stop();
  await pg?.close();
});
let token = "";
let jobId = "";

/** A test of processes it spawns and signals (POSIX only). */
function processTest(name: string, fn: () => Promise<void>) {
  test(name, fn, { ignore: Deno.build.os === "windows" });
}

processTest(
  "faults: a database of this test's own, and the functions as a process over it",
  async () => {
    pg = await startThrowawayPostgres();
    serve = await startServe({
      SUPABASE_DB_URL: pg.url,
      DATABASE_URL: pg.url,
      SUPABASE_JWT_SECRET: JWT_SECRET,
      DB_CONNECT_TIMEOUT_SECONDS: "1",
      DB_STATEMENT_TIMEOUT_MS: "1500",
    });
    const call = client(serve.url);
    const recruiter = await registerRecruiter(call);
    token = recruiter.access_token;
    const job = await call("/jobs", { token, json: { title: "Faults", description: "x" } });
    assertEquals(job.status, 201);
    jobId = job.body.data.id;
  },
);

/** Waits until /health/db answers 200; returns when (performance.now()), or 0 after `ms`. */
async function healthyWithin(ms: number): Promise<number> {
  const since = performance.now();
  while (performance.now() - since < ms) {
    const answer = await fetch(`${serve!.url}/health/db`, { signal: AbortSignal.timeout(5000) })
      .catch(() => undefined);
    await answer?.body?.cancel();
    if (answer?.status === 200) return performance.now();
    await sleep(100);
  }
  return 0;
}

/**
 * Runs `fault` under load, then `repair`, and checks every answer: before, 2xx; once the fault
 * is in place, /health/db says 503 DATABASE_UNAVAILABLE within 2 s and the function itself stays
 * up; once /health/db is back, 2xx again, from the same process. With `promptly`, every request
 * during the fault is also a 503 in the envelope within 2 s.
 */
async function underLoad(
  label: string,
  fault: () => Promise<void>,
  repair: () => Promise<void>,
  { promptly }: { promptly: boolean },
) {
  let running = true;
  const pid = serve!.pid;
  const traffic = load(serve!.url, token, jobId, () => running);
  let faultAsked = 0, faulted = 0, faultEnd = 0, repaired = 0, healthy = 0;
  let health: { status: number; code?: string; ms: number } | undefined;
  let liveness: { status: number; ms: number } | undefined;
  try {
    await sleep(1000);
    faultAsked = performance.now();
    await fault();
    faulted = performance.now();
    // Long enough for every worker to start and finish a request after the fault even when a
    // frozen server makes each take its full deadline (with 2 s, a busy machine left as few as 4).
    await sleep(3000);
    const asked = performance.now();
    const answer = await fetch(`${serve!.url}/health/db`, { signal: AbortSignal.timeout(10_000) });
    health = {
      status: answer.status,
      code: (await answer.json()).error?.code,
      ms: performance.now() - asked,
    };
    const alive = await fetch(`${serve!.url}/health`, { signal: AbortSignal.timeout(10_000) });
    await alive.body?.cancel();
    liveness = { status: alive.status, ms: performance.now() - asked - health.ms };
    faultEnd = performance.now();
  } finally {
    await repair();
    repaired = performance.now();
  }
  healthy = await healthyWithin(15_000);
  await sleep(1000);
  running = false;
  await traffic.done;
  const samples = traffic.samples;

  const before = samples.filter((s) => s.ended <= faultAsked);
  const during = samples.filter((s) => s.started >= faulted && s.ended <= faultEnd);
  const held = samples.filter((s) => s.started < repaired && s.ended > faultAsked);
  const after = samples.filter((s) => healthy && s.started >= healthy + 200);
  const slowest = Math.round(
    Math.max(0, ...held.map((s) => s.ended - Math.max(s.started, faulted))),
  );
  const report = `${label}: before ${summary(before)} | during ${summary(during)} | in the fault ${
    summary(held)
  } (slowest ${slowest} ms) | after ${summary(after)} | /health/db ${health?.status} in ${
    Math.round(health?.ms ?? 0)
  } ms | back ${healthy ? Math.round(healthy - repaired) : "never"} ms after the repair`;

  assertEquals(health?.status, 503, report);
  assertEquals(health?.code, "DATABASE_UNAVAILABLE", report);
  assert(health!.ms < DEADLINE_MS, `/health/db took ${Math.round(health!.ms)} ms: ${report}`);
  assertEquals(liveness?.status, 200, "the function itself stays up");
  assert(healthy > 0, `/health/db did not come back within 15 s: ${report}`);
  assert(before.length >= 5 && before.every((s) => s.status >= 200 && s.status < 300), report);
  for (const s of held) {
    // Never a 500, a dropped connection or a hang; an answer in the envelope either way.
    assert(s.status !== -1 && s.status !== 500, `${s.path}: ${s.status} ${s.code}\n${report}`);
    assert(s.envelope, `${s.path}: no envelope\n${report}`);
    assert(
      (s.status >= 200 && s.status < 300) ||
        (s.status === 503 && s.code === "DATABASE_UNAVAILABLE"),
      `${s.path}: ${s.status} ${s.code}\n${report}`,
    );
  }
  if (promptly) {
    assert(during.length >= 5 && during.every((s) => s.status === 503), report);
    for (const s of held) {
      const took = s.ended - Math.max(s.started, faulted);
      assert(
        took < DEADLINE_MS,
        `${s.path} took ${Math.round(took)} ms after the fault\n${report}`,
      );
    }
  }
  assert(after.length >= 10 && after.every((s) => s.status >= 200 && s.status < 300), report);
  assertEquals(serve!.pid, pid, "the same function process served throughout");
  assert(!/unhandled|INTERNAL_ERROR/.test(serve!.output()), serve!.output());
  console.log(report);
}

processTest(
  "faults: the database stopped under load: 503s within 2 s, then back by itself",
  async () => {
    await underLoad("stopped", () => pg!.stop(), () => pg!.start(), { promptly: true });
  },
);

processTest(
  "faults: the database frozen under load (nothing answers): 503s within 2 s, then back",
  async () => {
    // Connections stay open to a server that never answers: new ones fail at the connect timeout;
    // an open one that does not answer BEGIN in that time is taken for dead, and the pool replaced.
    await underLoad("frozen", () => pg!.pause(), () => pg!.resume(), { promptly: true });
  },
);

processTest(
  "faults: a query stuck behind a lock is cut off by the statement timeout: 503 within 2 s",
  async () => {
    const admin = postgres(pg!.url, { max: 1, prepare: false, onnotice: () => {} });
    try {
      const locked = admin.begin(async (tx) => {
        await tx`lock table public.job_descriptions in access exclusive mode`;
        await sleep(2000);
      });
      await sleep(200);
      const started = performance.now();
      const answers = await Promise.all(
        [`/jobs/${jobId}`, "/jobs?page_size=5", "/jobs"].map((path, i) =>
          fetch(`${serve!.url}${path}`, {
            method: i === 2 ? "POST" : "GET",
            headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
            body: i === 2 ? JSON.stringify({ title: "Blocked", description: "x" }) : undefined,
          }).then(async (r) => ({
            status: r.status,
            body: await r.json(),
            ms: performance.now() - started,
          }))
        ),
      );
      for (const answer of answers) {
        assertEquals(answer.status, 503, JSON.stringify(answer));
        assertEquals(answer.body.error.code, "DATABASE_UNAVAILABLE");
        assert(answer.ms < DEADLINE_MS, `took ${Math.round(answer.ms)} ms`);
      }
      await locked;
      const [{ n }] =
        await admin`select count(*)::int as n from public.job_descriptions where title = 'Blocked'`;
      assertEquals(n, 0, "the blocked insert did not land later");
      assertEquals(
        (await fetch(`${serve!.url}/jobs/${jobId}`, {
          headers: { Authorization: `Bearer ${token}` },
        })).status,
        200,
      );
    } finally {
      await admin.end();
    }
  },
);

processTest("faults: after all that, the functions stop cleanly (SIGINT, exit 0)", async () => {
  const status = await serve!.stop();
  assertEquals(status.code, 0, "the functions stopped cleanly (SIGINT, exit 0)");
});
