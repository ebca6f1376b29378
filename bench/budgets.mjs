// Supabase's limits as budgets, per function. A hosted Edge Function gets 2 s of CPU per request
// (time spent waiting on the network or the database excluded) and 256 MB of memory; past
// either, the worker is killed and the request answers 546. A deploy bundle may be 20 MB, or
// 5 MB through `--use-api` or the dashboard. The budgets are half of each limit, and the bundle
// under the smaller one, so that every deploy route works:
//   - CPU per request, for each function's heaviest realistic requests: at most 1 s;
//   - the function's own process at its peak over those requests: at most 128 MB resident;
//   - the bundle (`deno bundle` of its index.ts) plus the files it reads at run time: < 5 MB.
// And the boot time, from process start to the first answer, beside the module graph.
//
// Each function runs alone, as Supabase runs it: `deno run bench/entry.ts
// supabase/functions/<name>/index.ts`, with the heap limit a hosted worker gets (not the local
// stack's V8 settings), on the bench database. Its requests are sent one at a time; the CPU a
// request cost is read from /proc before and after (all the process's threads, bcrypt's
// workers included, so an upper bound of the isolate's own time), and its peak resident size
// (VmHWM) is read after each kind of request, counted anew for the next kind. Beside it, the
// worker's memory as the hosted runtime counts it (V8's used heap plus external memory, which
// leaves out Deno itself and memory the allocator keeps; bench/entry.ts samples it). Uploads
// each get a process of their own (measureAlone). The requests' data is made through the local stack beforehand (a recruiter, a
// 50-question job, a candidate, a CV, tickets and interviews) and copied in SQL to a full page
// (100) of every list.

import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import {
  call,
  fillPage,
  fillReports,
  ok,
  PAGE,
  PASSWORD,
  prepare,
  upload,
} from "./budget-data.mjs";
import { moduleGraph } from "./cold-start.mjs";
import {
  deno,
  root,
  run,
  say,
  scratch,
  serverEnv,
  stop,
  track,
  waitForAnswer,
} from "./harness.mjs";
import { freePort } from "../scripts/free-port.mjs";
import { cpuMsBetween, mb, memoryOf, round2, threadTimes } from "./statistics.mjs";

export const BUDGETS = { cpu_ms: 1000, memory_mb: 128, bundle_mb: 5 };
/**
 * The V8 heap limit a hosted worker's isolate is made with: Supabase's edge runtime gives a user
 * worker `heap_limits(0, memory limit)` (crates/base/src/runtime/mod.rs), and V8 sizes its
 * heap's growth from that limit; without one, Deno's isolate is sized for the machine (24 GB
 * here). `--max-heap-size` sets the same limit.
 */
const WORKER_V8_FLAGS = ["--v8-flags=--max-heap-size=256"];
/** A long spoken answer: about five minutes of speech. */
const ANSWER = ("I led the migration of our billing platform from a monolith to services on " +
  "Kubernetes, with PostgreSQL for the ledger and Kafka between services; we cut p99 latency " +
  "by half and kept every invoice exact through the move. ").repeat(24);

// The measurement ----------------------------------------------------------------------------

/**
 * An entry point (a function's index.ts) in a process of its own, as Supabase would run it,
 * and its boot time: from spawn to the first answer.
 */
async function startEntry(entry, firstPath) {
  const port = await freePort();
  const started = performance.now();
  const child = track(
    spawn(deno, ["run", "--allow-all", ...WORKER_V8_FLAGS, "bench/entry.ts", entry], {
      cwd: root,
      env: { ...serverEnv, PORT: String(port), WORKER_MEMORY: "1" },
      stdio: ["ignore", "ignore", "inherit"],
    }),
  );
  const base = `http://127.0.0.1:${port}`;
  await waitForAnswer(base + firstPath, child, 60_000);
  return { entry, firstPath, child, base, boot_ms: Math.round(performance.now() - started) };
}

/**
 * Sends `times` requests of one kind, one at a time, and records the CPU each cost the process.
 * `request(i)` returns the call's arguments; `expect` the status wanted.
 */
async function measure(fn, kind, times, request, expect = [200, 201]) {
  const cpu = [];
  // The peak before this kind of request, kept; then the peak counts anew from here (Linux:
  // writing 5 to clear_refs resets VmHWM), so each kind's own peak is known.
  fn.peak_mb = Math.max(fn.peak_mb ?? 0, memoryOf(fn.child.pid).peak_mb);
  resetPeak(fn.child.pid);
  fn.worker_mb = Math.max(fn.worker_mb ?? 0, await workerMemory(fn));
  for (let i = 0; i < times; i++) {
    const [path, options] = await request(i);
    const before = threadTimes(fn.child.pid);
    const { status, body } = await call(fn.base, path, options);
    // What the process does right after answering (a file's last write, a pool release) is
    // the request's too.
    await sleep(20);
    const after = threadTimes(fn.child.pid);
    if (!expect.includes(status)) {
      throw new Error(`${kind}: ${status} ${JSON.stringify(body).slice(0, 300)}`);
    }
    cpu.push(cpuMsBetween(before, after));
    fn.last = body;
    fn.status = status;
  }
  const row = {
    request: kind,
    samples: cpu.length,
    max_ms: Math.max(...cpu),
    mean_ms: round2(cpu.reduce((a, b) => a + b, 0) / cpu.length),
    first_ms: cpu[0],
    peak_mb: memoryOf(fn.child.pid).peak_mb,
    worker_mb: await workerMemory(fn),
  };
  fn.peak_mb = Math.max(fn.peak_mb, row.peak_mb);
  fn.worker_mb = Math.max(fn.worker_mb, row.worker_mb);
  fn.requests.push(row);
  say(
    `    ${kind.padEnd(52)} CPU max ${row.max_ms} ms, mean ${row.mean_ms} ms (${cpu.length}); ` +
      `peak ${row.peak_mb} MB (worker ${row.worker_mb} MB)`,
  );
  return fn.last;
}

/**
 * Like measure(), in a process of the function's own started for this kind of request alone:
 * its peak is this request's, not what earlier ones left behind (a process keeps memory it has
 * freed: V8 and the allocator hand little back), and every first request pays for what loads
 * on first use, as on a new worker.
 */
async function measureAlone(fn, kind, times, request, expect) {
  const alone = await startEntry(fn.entry, fn.firstPath);
  alone.requests = fn.requests;
  try {
    const body = await measure(alone, kind, times, request, expect);
    fn.peak_mb = Math.max(fn.peak_mb ?? 0, alone.peak_mb);
    fn.worker_mb = Math.max(fn.worker_mb ?? 0, alone.worker_mb);
    fn.last = body;
    fn.status = alone.status;
    return body;
  } finally {
    await stop(alone.child);
  }
}

/** The worker's peak memory as the hosted runtime counts it, since the last asking (entry.ts). */
async function workerMemory(fn) {
  const response = await fetch(`${fn.base}/__worker-memory`);
  return (await response.json()).peak_mb;
}

function resetPeak(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
  } catch {
    // Not Linux, or not allowed: the peak then covers everything before too.
  }
}

/** Files a function reads at run time, beyond its bundle: the docs page's Swagger UI assets. */
async function runtimeFiles(name, base) {
  if (name !== "docs") return { bytes: 0, files: [] };
  const page = await (await fetch(`${base}/docs`)).text();
  const files = [...page.matchAll(/docs\/assets\/([\w.-]+)/g)].map((m) => m[1]);
  let bytes = 0;
  for (const file of files) {
    const response = await fetch(`${base}/docs/assets/${file}`);
    bytes += (await response.arrayBuffer()).byteLength;
  }
  return { bytes, files };
}

/** The budgets section: every function, its heaviest requests, its peak, bundle and boot. */
export async function budgets(stack, db) {
  const files = join(scratch, "fixtures");
  run("mkdir", ["-p", files]);
  const sizes = JSON.parse(
    run(deno, ["run", "--allow-all", "bench/fixtures.ts", files], { env: serverEnv }),
  );
  say(`  fixtures: ${Object.entries(sizes).map(([n, b]) => `${n} ${b} bytes`).join(", ")}`);
  const data = await prepare(stack.base, db, files);
  const { token } = data;
  const list = (path) => () => [`${path}?page=1&page_size=${PAGE}`, { token }];
  const [live, spare, first, second] = data.interviews;
  const cvIds = {};

  /** Each function: its first (cheapest) request, and the requests measured. */
  const plan = {
    auth: ["/auth/me", async (fn) => {
      await measure(fn, "POST /auth/login", 5, () => [
        "/auth/login",
        { json: { email: data.email, password: PASSWORD } },
      ]);
      await measure(fn, "GET /auth/me", 3, () => ["/auth/me", { token }]);
    }],
    health: ["/health", async (fn) => {
      await measure(fn, "GET /health", 3, () => ["/health", {}]);
      await measure(fn, "GET /health/db", 3, () => ["/health/db", {}]);
    }],
    docs: ["/docs", async (fn) => {
      await measure(fn, "GET /docs/openapi.json", 3, () => ["/docs/openapi.json", {}]);
      await measure(fn, "GET /docs/assets/swagger-ui-bundle.js", 3, () => [
        "/docs/assets/swagger-ui-bundle.js",
        {},
      ]);
    }],
    jobs: ["/jobs", async (fn) => {
      await measure(fn, `GET /jobs (a page of ${PAGE})`, 3, list("/jobs"));
      await measure(fn, "GET /jobs/:id", 3, () => [`/jobs/${data.job.id}`, { token }]);
    }],
    candidates: ["/candidates", async (fn) => {
      await measure(fn, `GET /candidates (a page of ${PAGE})`, 3, list("/candidates"));
    }],
    tickets: ["/tickets", async (fn) => {
      await measure(fn, `GET /tickets (a page of ${PAGE})`, 3, list("/tickets"));
      await measure(fn, "POST /tickets", 2, () => [
        "/tickets",
        { token, json: { candidate_id: data.candidate.id, job_description_id: data.job.id } },
      ]);
    }],
    cvs: ["/cvs", async (fn) => {
      const uploads = [
        ["pages.pdf", "POST /cvs, a 10 MB PDF: 50 pages of text and figures"],
        ["photo.pdf", "POST /cvs, a 10 MB PDF: 2 pages and a photo"],
        ["dense.docx", "POST /cvs, a dense DOCX (an 8 MB document part, the most read)"],
      ];
      for (const [file, kind] of uploads) {
        await measureAlone(fn, kind, 2, () => [
          "/cvs",
          { token, form: upload(data.candidate.id, join(files, file), file) },
        ]);
        cvIds[file] = fn.last.data.id;
      }
      await measureAlone(fn, "POST /cvs/:id/parse, the 50-page PDF again", 1, () => [
        `/cvs/${cvIds["pages.pdf"]}/parse`,
        { token, method: "POST" },
      ]);
      await measure(fn, "GET /cvs/:id, the dense DOCX", 2, () => [
        `/cvs/${cvIds["dense.docx"]}`,
        { token },
      ]);
      await fillPage(db, "cvs", data.userId);
      await measure(fn, `GET /cvs (a page of ${PAGE}, the largest CV copied)`, 3, list("/cvs"));
    }],
    interviews: ["/interviews", async (fn) => {
      await measure(fn, "POST /interviews/:id/start (50 questions)", 4, (i) => [
        `/interviews/${[live, spare, first, second][i].interview_id}/start`,
        { token: [live, spare, first, second][i].access_token, method: "POST" },
      ]);
      const answers = [];
      for (const interview of [first, second]) {
        const detail = await ok(call(data.api, `/interviews/${interview.interview_id}`, { token }));
        for (const question of detail.questions) answers.push([interview, question.id]);
      }
      await measure(
        fn,
        `POST /interviews/:id/responses (${ANSWER.length} characters)`,
        answers.length,
        (i) => [
          `/interviews/${answers[i][0].interview_id}/responses`,
          {
            token: answers[i][0].access_token,
            json: { question_id: answers[i][1], answer_text: ANSWER, duration_seconds: 300 },
          },
        ],
      );
      await measure(fn, "POST /interviews/:id/finish", 2, (i) => [
        `/interviews/${[first, second][i].interview_id}/finish`,
        { token: [first, second][i].access_token, method: "POST" },
      ]);
      await measure(fn, "GET /interviews/:id (50 questions and answers)", 2, (i) => [
        `/interviews/${[first, second][i].interview_id}`,
        { token },
      ]);
      await fillPage(db, "interviews", data.userId);
      await measure(fn, `GET /interviews (a page of ${PAGE})`, 3, list("/interviews"));
    }],
    reports: ["/reports", async (fn) => {
      await measure(fn, "POST /reports (50 answers scored)", 2, (i) => [
        "/reports",
        { token, json: { interview_id: [first, second][i].interview_id } },
      ]);
      const reportId = fn.last.data.id;
      await fillReports(db, data.userId);
      await measure(fn, `GET /reports (a page of ${PAGE})`, 3, list("/reports"));
      await measure(fn, "GET /reports/:id", 2, () => [`/reports/${reportId}`, { token }]);
    }],
  };

  // The floor: what the bare hello-world's process takes, Deno itself.
  const hello = await startEntry("bench/servers/hello.ts", "/");
  const floor = {
    boot_ms: hello.boot_ms,
    peak_mb: memoryOf(hello.child.pid).peak_mb,
    worker_mb: await workerMemory(hello),
  };
  await stop(hello.child);

  // BENCH_FUNCTIONS=cvs,... measures some functions only, for trying things out (reports
  // needs interviews: its interviews are finished there).
  const only = process.env.BENCH_FUNCTIONS?.split(",");
  const results = [];
  for (const [name, [firstPath, requests]] of Object.entries(plan)) {
    if (only && !only.includes(name)) continue;
    say(`  ${name}`);
    const fn = await startEntry(`supabase/functions/${name}/index.ts`, firstPath);
    fn.requests = [];
    await requests(fn);
    const peak = Math.max(fn.peak_mb, memoryOf(fn.child.pid).peak_mb);
    const runtime = await runtimeFiles(name, fn.base);
    await stop(fn.child);
    const graph = moduleGraph(`supabase/functions/${name}/index.ts`);
    const worst = fn.requests.reduce((a, b) => (b.max_ms > a.max_ms ? b : a));
    const bundleBytes = (graph.bundle_bytes ?? 0) + runtime.bytes;
    const row = {
      name,
      boot_ms: fn.boot_ms,
      bundle_modules: graph.bundle_modules,
      bundle_bytes: graph.bundle_bytes,
      runtime_files: runtime.files,
      runtime_bytes: runtime.bytes,
      deploy_mb: mb(bundleBytes),
      peak_mb: peak,
      worker_mb: fn.worker_mb,
      worst_request: worst.request,
      worst_cpu_ms: worst.max_ms,
      requests: fn.requests,
      met: {
        cpu: worst.max_ms <= BUDGETS.cpu_ms,
        memory: peak <= BUDGETS.memory_mb,
        bundle: graph.bundle_bytes !== null && bundleBytes < BUDGETS.bundle_mb * 2 ** 20,
      },
    };
    say(
      `    worst ${row.worst_cpu_ms} ms CPU (${row.worst_request}); peak ${row.peak_mb} MB ` +
        `(worker ${row.worker_mb} MB); bundle ${row.deploy_mb} MB; boot ${row.boot_ms} ms`,
    );
    results.push(row);
  }
  say("  cvs, a hostile PDF (not counted in the budgets)");
  const hostile = only && !only.includes("cvs") ? undefined : await hostileUpload(data, files);
  return { budgets: BUDGETS, floor, fixtures: sizes, functions: results, hostile };
}

/**
 * A PDF no real CV resembles but every cap of the upload lets through (50 pages of nothing but
 * text, 10 MB): what it costs, in a cvs process of its own so that its peak is not the budget's.
 */
async function hostileUpload(data, files) {
  const fn = { entry: "supabase/functions/cvs/index.ts", firstPath: "/cvs", requests: [] };
  await measureAlone(fn, "POST /cvs, a hostile 10 MB PDF: 50 pages of dense text", 1, () => [
    "/cvs",
    { token: data.token, form: upload(data.candidate.id, join(files, "hostile.pdf"), "x.pdf") },
  ], [200, 201, 413, 422]);
  return { ...fn.requests[0], status: fn.status };
}
