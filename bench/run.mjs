#!/usr/bin/env node
// The benchmark (`npm run bench`): the stack over a real PostgreSQL server with realistic data,
// driven by a load generator in processes of its own, every figure a ratio against a baseline
// measured in the same run on the same machine. Writes bench/RESULTS.md and bench/results.json.
//
// Run by scripts/with-database.mjs (`deno task bench`), which starts a throwaway PostgreSQL,
// pushes the migrations with the supabase CLI and sets SUPABASE_DB_URL. Steps:
//
//   1. data      bench/seed.sql: 100 recruiters (real bcrypt hashes), 100,000 job descriptions
//                and 100,000 candidates; bench/seed-large-tenant.sql: one more recruiter who
//                owns 100,000 job descriptions; then VACUUM ANALYZE, as autovacuum would.
//   2. servers   the stack (scripts/serve.ts: every function behind local/gateway.ts) and two
//                baselines on the same Deno: a bare Hono hello-world (bench/servers/hello.ts)
//                and the same reads as one plain query each (bench/servers/plain.ts).
//   3. load      autocannon (bench/load.mjs, one Node process per run), 32 connections; each
//                pair (baseline, route) is measured in alternating rounds and the best round of
//                each kept, so a burst of noise from elsewhere on a shared machine hurts neither
//                side more than the other. Each run also records the CPU time an answer cost
//                the server, PostgreSQL and the load generator (bench/load.mjs).
//   4. login     bcrypt's own rate through the store's worker pool (bench/servers/bcrypt.ts),
//                then POST /auth/login at 32 connections while GET /health runs beside it.
//   5. cold start  every function's index.ts, and the hello-world, started through
//                bench/entry.ts, from spawn to first answer (median of several starts); module
//                graph sizes from `deno info` and `deno bundle`.
//   6. memory    the stack's resident size, sampled each second under 60 s of mixed load.
//
// BENCH_SECONDS (default 6) is each measured run's length, BENCH_MEMORY_SECONDS (default 60)
// the memory run's; BENCH_ONLY (e.g. `health,me,job,list,login,cold,memory`) runs some sections.
// Either is for trying the bench out: the figures are printed, the results files not written.

import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { createServer } from "node:net";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const deno = join(root, "node_modules/.bin", process.platform === "win32" ? "deno.cmd" : "deno");
const databaseUrl = process.env.SUPABASE_DB_URL ?? process.env.DATABASE_URL;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const MEMORY_SECONDS = Number(process.env.BENCH_MEMORY_SECONDS ?? 60);
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",")) : null;
const section = (name) => !ONLY || ONLY.has(name);
const CONNECTIONS = 32;
const ROUNDS = 3;
const LOGIN_ROUNDS = 2;
/** The memory run is preceded by this much of the same load, so it starts on a warm heap. */
const MEMORY_WARMUP_SECONDS = 15;
const WARMUP_SECONDS = 2;
const COLD_STARTS = 5;
const RECRUITERS = 100;
const PASSWORD = "bench password 2026";
/** A recruiter who owns 100,000 job descriptions (bench/seed-large-tenant.sql). */
const LARGE_TENANT = "tenant@large.bench.example";
const FUNCTIONS = [
  "auth",
  "candidates",
  "cvs",
  "docs",
  "health",
  "interviews",
  "jobs",
  "reports",
  "tickets",
];
/** The request each function answers first when started cold: its cheapest route. */
const FIRST_REQUEST = { auth: "/auth/me", docs: "/docs", health: "/health" };

const say = (line) => console.error(line);
const benchStarted = performance.now();
const scratch = mkdtempSync(join(tmpdir(), "interview-bench-"));
const children = new Set();

if (!databaseUrl) {
  say("Run the benchmark with `npm run bench` (it starts PostgreSQL and sets SUPABASE_DB_URL).");
  process.exit(2);
}

// Processes ---------------------------------------------------------------------------------------

function track(child) {
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 8_000);
  await exited;
  clearTimeout(timer);
}

async function stopAll() {
  await Promise.all([...children].map(stop));
}

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: stopping the benchmark's processes...`);
    await stopAll();
    rmSync(scratch, { recursive: true, force: true });
    process.exit(130);
  });
}

async function freePort() {
  return await new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Runs a command to its end; its stdout, or an error with its stderr. */
function run(command, args, { env = process.env, input } = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    env,
    input,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed:\n${result.stderr || result.stdout}`);
  }
  return result.stdout;
}

/** Same, without blocking the event loop (so RSS sampling and timers keep running). */
function runAsync(command, args, env = process.env) {
  return new Promise((done, fail) => {
    const child = track(
      spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] }),
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on(
      "exit",
      (code) =>
        code === 0 ? done(out) : fail(new Error(`${command} ${args.join(" ")}: ${err || out}`)),
    );
  });
}

/** One GET; resolves with the status, rejects when nothing answers. */
function get(url, timeoutMs = 2_000) {
  return new Promise((done, fail) => {
    const req = httpRequest(url, { agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on("end", () => done(res.statusCode));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", fail);
    req.end();
  });
}

async function waitForAnswer(url, child, timeoutMs = 60_000) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`the server for ${url} exited (${child.exitCode})`);
    }
    try {
      return await get(url, 1_000);
    } catch {
      if (performance.now() > deadline) throw new Error(`nothing answered at ${url}`);
      await sleep(2);
    }
  }
}

// The environment every server gets: the built-in identity store over the bench database, one
// signing secret (so the baseline accepts the stack's tokens), and no outside services.
const serverEnv = {
  ...process.env,
  SUPABASE_DB_URL: databaseUrl,
  DATABASE_URL: databaseUrl,
  AUTH_BACKEND: "builtin",
  SUPABASE_JWT_SECRET: randomBytes(36).toString("base64url"),
  LOCAL_DATA_DIR: join(scratch, "data"),
  // Every request comes from 127.0.0.1: a per-address limit would throttle the load generator,
  // not an attacker. (Limits per email stay as configured; the bench logs in correctly.)
  RATE_LIMIT_LOGIN_PER_ADDRESS: "1000000",
  RATE_LIMIT_REGISTER_PER_ADDRESS: "1000000",
  LOG_REQUESTS: "false",
  DENO_NO_PACKAGE_JSON: "1",
  NO_COLOR: "1",
};
for (
  const name of ["SUPABASE_URL", "SUPABASE_ANON_KEY", "SUPABASE_SERVICE_ROLE_KEY", "AI_BASE_URL"]
) {
  delete serverEnv[name];
}

/**
 * The V8 flags `npm run dev` gives the local stack (deno.json's dev task: a young generation of
 * at most 8 MB per semi-space, which keeps the stack's resident size down under load); every
 * server measured here gets the same.
 */
const STACK_V8_FLAGS =
  JSON.parse(readFileSync(join(root, "deno.json"), "utf8")).tasks.dev.match(/--v8-flags=\S+/g) ??
    [];

async function startServer(name, args, readyPath) {
  const port = await freePort();
  const child = track(spawn(deno, ["run", "--allow-all", ...STACK_V8_FLAGS, ...args], {
    cwd: root,
    env: { ...serverEnv, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "ignore", "inherit"],
  }));
  const base = `http://127.0.0.1:${port}`;
  await waitForAnswer(base + readyPath, child);
  say(`  ${name.padEnd(10)} ${base} (PID ${child.pid})`);
  return { name, child, base };
}

// Load ----------------------------------------------------------------------------------------------

let specCount = 0;
async function load(spec) {
  const file = join(scratch, `load-${++specCount}.json`);
  writeFileSync(file, JSON.stringify({ connections: CONNECTIONS, ...spec }));
  const out = await runAsync(process.execPath, [join(root, "bench/load.mjs"), file]);
  const result = JSON.parse(out.trim().split("\n").pop());
  const bad = Object.entries(result.statuses).filter(([status]) => !/^2/.test(status));
  if (bad.length || result.errors || result.timeouts) {
    say(
      `    ! ${spec.label}: non-2xx ${JSON.stringify(Object.fromEntries(bad))}, ` +
        `errors ${result.errors}, timeouts ${result.timeouts}`,
    );
  }
  return { label: spec.label, ...result };
}

const show = (r) =>
  `${String(r.rps).padStart(8)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms` +
  (r.cpu_ms_per_request
    ? `  CPU ms/req: server ${r.cpu_ms_per_request.server}, Postgres ${r.cpu_ms_per_request.postgres}, ` +
      `load ${r.cpu_ms_per_request.load}`
    : "");

/**
 * A baseline and the route compared with it, in alternating rounds after a warm-up of each;
 * the best round of each is kept (the one least disturbed by whatever else shares the machine).
 */
async function pair(baseline, subject) {
  for (const spec of [baseline, subject]) {
    await load({ ...spec, duration: WARMUP_SECONDS, label: `${spec.label} (warm-up)` });
  }
  const rounds = { baseline: [], subject: [] };
  for (let round = 0; round < ROUNDS; round++) {
    rounds.baseline.push(await load({ ...baseline, warmup: 1, duration: SECONDS }));
    rounds.subject.push(await load({ ...subject, warmup: 1, duration: SECONDS }));
  }
  const best = (list) => list.reduce((a, b) => (b.rps > a.rps ? b : a));
  const result = {
    baseline: { ...best(rounds.baseline), rounds: rounds.baseline.map((r) => r.rps) },
    subject: { ...best(rounds.subject), rounds: rounds.subject.map((r) => r.rps) },
  };
  result.ratio = round2(result.subject.rps / result.baseline.rps);
  say(`  ${baseline.label.padEnd(28)} ${show(result.baseline)}`);
  say(`  ${subject.label.padEnd(28)} ${show(result.subject)}   ratio ${result.ratio}`);
  return result;
}

const round2 = (value) => Math.round(value * 100) / 100;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// 1. Data -------------------------------------------------------------------------------------------

async function seed(db) {
  const [{ present }] = (await db.query(
    "select count(*)::int as present from auth.users where email like '%@bench.example'",
  )).rows;
  if (present === 0) {
    const started = performance.now();
    const hash = run(deno, ["run", "--allow-all", "bench/servers/bcrypt.ts", "hash", PASSWORD], {
      env: serverEnv,
    }).trim();
    await db.query("select set_config('bench.password_hash', $1, false)", [hash]);
    await db.query(readFileSync(join(root, "bench/seed.sql"), "utf8"));
    await db.query(
      "vacuum analyze auth.users, public.users, public.job_descriptions, public.candidates",
    );
    say(`  loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } else {
    say("  the benchmark's rows are there already: reused");
  }
  const [{ tenant }] = (await db.query(
    `select count(*)::int as tenant from auth.users where email = '${LARGE_TENANT}'`,
  )).rows;
  if (tenant === 0) {
    const started = performance.now();
    await db.query(readFileSync(join(root, "bench/seed-large-tenant.sql"), "utf8"));
    await db.query("vacuum analyze auth.users, public.users, public.job_descriptions");
    say(`  large tenant loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const { rows: [counts] } = await db.query(`
    select (select count(*)::int from public.users where email like '%@bench.example') as recruiters,
           (select count(*)::int from public.job_descriptions j join public.users u
              on u.id = j.owner_id where u.email like '%@bench.example') as job_descriptions,
           (select count(*)::int from public.job_descriptions j join public.users u
              on u.id = j.owner_id where u.email = '${LARGE_TENANT}') as large_tenant_jobs,
           (select count(*)::int from public.candidates) as candidates`);
  say(
    `  ${counts.recruiters} recruiters, ${counts.job_descriptions} job descriptions, ` +
      `${counts.candidates} candidates; a large tenant with ${counts.large_tenant_jobs} ` +
      "job descriptions",
  );
  return counts;
}

/** Signs recruiters in through the API (which also proves the seeded hashes work). */
async function signIn(base, emails) {
  const sessions = [];
  for (let i = 0; i < emails.length; i += 8) {
    sessions.push(
      ...await Promise.all(
        emails.slice(i, i + 8).map(async (email) => {
          const response = await fetch(`${base}/functions/v1/auth/login`, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ email, password: PASSWORD }),
          });
          const body = await response.json();
          if (response.status !== 200) throw new Error(`login ${email}: ${JSON.stringify(body)}`);
          return { email, userId: body.data.user.id, token: body.data.access_token };
        }),
      ),
    );
  }
  return sessions;
}

/**
 * The plans of GET /jobs (page 1 and page 50) as the stack runs them: as `authenticated` with
 * the caller's claims, so row-level security is in the plan.
 */
async function explainJobs(db, userId) {
  const plans = {};
  for (const page of [1, 50]) {
    const client = await db.connect();
    try {
      await client.query("begin");
      await client.query(
        "select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)",
        [JSON.stringify({ sub: userId, role: "authenticated" })],
      );
      const explain = async (sql) => {
        const { rows } = await client.query(`explain (analyze, buffers, format json) ${sql}`);
        const [plan] = rows[0]["QUERY PLAN"];
        const nodes = [];
        const walk = (node) => {
          nodes.push(node["Node Type"] + (node["Index Name"] ? ` ${node["Index Name"]}` : ""));
          for (const child of node.Plans ?? []) walk(child);
        };
        walk(plan.Plan);
        return {
          execution_ms: round2(plan["Execution Time"]),
          planning_ms: round2(plan["Planning Time"]),
          plan: nodes.join(" > "),
        };
      };
      plans[`page ${page}`] = {
        page: await explain(listSql(page)),
        total: await explain(
          "select coalesce(sum(row_count), 0)::int as total from private.owned_row_counts " +
            "where table_name = 'job_descriptions'",
        ),
      };
      await client.query("rollback");
    } finally {
      client.release();
    }
  }
  return plans;
}

/** The page query of GET /jobs as shared/db/owned_table.ts listRows writes it, unfiltered. */
function listSql(page) {
  const columns = "id, title, description, department, location, employment_type, seniority, " +
    "requirements, skills, status, interview_settings, created_at, updated_at";
  return `select ${columns} from job_descriptions where true and (created_at, id) <= (` +
    "select created_at, id from job_descriptions where true order by created_at desc, id desc " +
    `offset ${(page - 1) * 20} limit 1) order by created_at desc, id desc limit 20`;
}

// 5. Cold start -------------------------------------------------------------------------------------

async function coldStartOnce(entry, path) {
  const port = await freePort();
  const started = performance.now();
  const child = track(spawn(deno, ["run", "--allow-all", "bench/entry.ts", entry], {
    cwd: root,
    env: { ...serverEnv, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  }));
  try {
    const status = await waitForAnswer(`http://127.0.0.1:${port}${path}`, child, 30_000);
    return { ms: performance.now() - started, status };
  } finally {
    await stop(child);
  }
}

function moduleGraph(entry) {
  const info = JSON.parse(run(deno, ["info", "--json", entry], { env: serverEnv }));
  const local = info.modules.filter((module) => module.kind === "esm");
  const graph = {
    local_modules: local.length,
    local_bytes: local.reduce((sum, module) => sum + (module.size ?? 0), 0),
    npm_packages: Object.keys(info.npmPackages ?? {}).length,
  };
  // Everything the entry loads, npm packages included, as one file: what a deploy ships.
  try {
    const out = join(scratch, "bundle.js");
    const result = spawnSync(
      deno,
      ["bundle", "--platform=deno", "-o", out, entry],
      { cwd: root, env: serverEnv, encoding: "utf8" },
    );
    if (result.status !== 0) throw new Error(result.stderr);
    const modules = /Bundled (\d+) modules/.exec(result.stderr + result.stdout);
    graph.bundle_modules = modules ? Number(modules[1]) : null;
    graph.bundle_bytes = statSync(out).size;
  } catch (error) {
    say(`    (no bundle for ${entry}: ${String(error.message).split("\n")[0]})`);
    graph.bundle_modules = null;
    graph.bundle_bytes = null;
  }
  return graph;
}

async function coldStarts() {
  const targets = [
    { name: "hello-world (baseline)", entry: "bench/servers/hello.ts", path: "/" },
    ...FUNCTIONS.map((name) => ({
      name,
      entry: `supabase/functions/${name}/index.ts`,
      path: FIRST_REQUEST[name] ?? `/${name}`,
    })),
  ];
  // One start of each first, unmeasured: Deno's caches (npm resolution, transpiled modules,
  // V8 code cache) filled, as on any machine that has run the function before.
  for (const target of targets) await coldStartOnce(target.entry, target.path);
  const times = new Map(targets.map((target) => [target.name, []]));
  const statuses = new Map();
  // Rounds over all targets, so a slow moment elsewhere spreads over all of them.
  for (let round = 0; round < COLD_STARTS; round++) {
    for (const target of targets) {
      const { ms, status } = await coldStartOnce(target.entry, target.path);
      times.get(target.name).push(ms);
      statuses.set(target.name, status);
    }
  }
  const baseline = median(times.get(targets[0].name));
  return targets.map((target) => {
    const ms = median(times.get(target.name));
    const graph = moduleGraph(target.entry);
    const row = {
      name: target.name,
      first_request: `GET ${target.path}`,
      status: statuses.get(target.name),
      ms: Math.round(ms),
      runs: times.get(target.name).map(Math.round),
      ratio: round2(ms / baseline),
      ...graph,
    };
    say(
      `  ${target.name.padEnd(24)} ${String(row.ms).padStart(5)} ms  ratio ${row.ratio}  ` +
        `(${row.bundle_modules ?? "?"} modules, ${kb(row.bundle_bytes)})`,
    );
    return row;
  });
}

const kb = (bytes) => (bytes == null ? "?" : `${Math.round(bytes / 1024)} KB`);

// 6. Memory ----------------------------------------------------------------------------------------

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kbytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return Math.round((kbytes / 1024) * 10) / 10;
}

async function memory(stack, requests) {
  const before_warmup_mb = rssMb(stack.child.pid);
  await load({
    label: "mixed load (memory warm-up)",
    url: stack.base,
    server: stack.child.pid,
    duration: MEMORY_WARMUP_SECONDS,
    requests,
  });
  const samples = [];
  const running = load({
    label: "mixed load (memory)",
    url: stack.base,
    server: stack.child.pid,
    duration: MEMORY_SECONDS,
    requests,
  });
  const started = performance.now();
  let finished = false;
  running.finally(() => (finished = true)).catch(() => {});
  while (!finished) {
    samples.push({ t: round2((performance.now() - started) / 1000), mb: rssMb(stack.child.pid) });
    await Promise.race([sleep(1_000), running.catch(() => {})]);
  }
  const result = await running;
  const window = Math.min(10, MEMORY_SECONDS / 3);
  const inWindow = (from, to) => samples.filter((s) => s.t >= from && s.t < to).map((s) => s.mb);
  const average = (values) => round2(values.reduce((a, b) => a + b, 0) / values.length);
  const first = average(inWindow(0, window));
  const last = average(inWindow(MEMORY_SECONDS - window, MEMORY_SECONDS));
  const peak = Math.max(...samples.map((s) => s.mb));
  return {
    seconds: MEMORY_SECONDS,
    warmup_seconds: MEMORY_WARMUP_SECONDS,
    before_warmup_mb,
    load: { rps: result.rps, p50: result.latency.p50, p99: result.latency.p99 },
    first_10s_mb: first,
    last_10s_mb: last,
    peak_mb: peak,
    growth_mb: round2(last - first),
    growth_ratio: round2(last / first),
    samples,
  };
}

// Results ------------------------------------------------------------------------------------------

function verdict(pass) {
  return pass ? "met" : "**missed**";
}

function writeResults(results) {
  writeFileSync(join(root, "bench/results.json"), JSON.stringify(results, null, 2) + "\n");
  const r = results.routes;
  const row = (route, m, baseline, ratio, target, pass) =>
    `| ${route} | ${m.rps} | ${m.latency.p50} | ${m.latency.p99} | ${baseline} | ${ratio} | ${target} | ${
      verdict(pass)
    } |`;
  const lines = [
    "# Benchmark results",
    "",
    `Written by \`npm run bench\` on ${results.finished_at}: ${results.machine.cores} cores ` +
    `(${results.machine.cpu}), ${results.machine.memory_gb} GB, load average ` +
    `${results.machine.load_average_before} before the run; Deno ${results.machine.deno}, ` +
    `Node ${results.machine.node}, PostgreSQL ${results.machine.postgres}. ${CONNECTIONS} ` +
    `connections, ${SECONDS} s per measured run (best of ${ROUNDS} alternating rounds of baseline ` +
    `and route for each ratio, ${LOGIN_ROUNDS} for logins), the whole bench ` +
    `${results.bench_seconds} s. Data: ${results.rows.recruiters} ` +
    `recruiters, ${results.rows.job_descriptions} job descriptions, ${results.rows.candidates} ` +
    `candidates, and one more recruiter (the large tenant) with ` +
    `${results.rows.large_tenant_jobs} job descriptions. The machine is shared: read the ratios, ` +
    "not the absolute figures.",
    "",
    "| route | req/s | p50 ms | p99 ms | baseline (req/s) | ratio | target | result |",
    "| --- | ---: | ---: | ---: | --- | ---: | --- | --- |",
    row(
      "GET /health",
      r.health.subject,
      `Hono hello-world (${r.health.baseline.rps})`,
      r.health.ratio,
      ">= 0.85",
      r.health.ratio >= 0.85,
    ),
    row(
      "GET /auth/me",
      r.me.subject,
      `one plain query (${r.me.baseline.rps})`,
      r.me.ratio,
      ">= 0.8",
      r.me.ratio >= 0.8,
    ),
    row(
      "GET /jobs/:id",
      r.job.subject,
      `one plain query (${r.job.baseline.rps})`,
      r.job.ratio,
      ">= 0.8",
      r.job.ratio >= 0.8,
    ),
    row(
      "GET /jobs?page=1 (20 per page)",
      r.list.page1,
      "-",
      "-",
      "p99 < 25 ms",
      r.list.page1.latency.p99 < 25,
    ),
    row(
      "GET /jobs?page=50 (20 per page)",
      r.list.page50,
      `page 1 (mean ${r.list.page1.latency.mean} ms)`,
      `${r.list.latency_ratio} (mean latency)`,
      "p99 < 25 ms; <= 1.5 x page 1",
      r.list.page50.latency.p99 < 25 && r.list.latency_ratio <= 1.5,
    ),
    row(
      "GET /jobs?page=1, a recruiter with 100,000 job descriptions",
      r.list.tenant,
      `page 1 of the others (mean ${r.list.page1.latency.mean} ms)`,
      `${r.list.tenant_latency_ratio} (mean latency)`,
      "<= 1.5 x page 1 (ours, not the issue's)",
      r.list.tenant_latency_ratio <= 1.5,
    ),
    row(
      "POST /auth/login",
      r.login.subject,
      `bcrypt cost 10, all cores (${r.login.bcrypt.rate}/s)`,
      r.login.ratio,
      ">= 0.8",
      r.login.ratio >= 0.8,
    ),
    row(
      "GET /health during the logins",
      r.login.health,
      "-",
      "-",
      "p99 < 20 ms",
      r.login.health.latency.p99 < 20,
    ),
    "",
    "The plain-query baseline (bench/servers/plain.ts) is the same read as postgres.js's " +
    "parameterized tagged template on the same pool settings (`prepare: false`, as Supabase's " +
    "transaction pooler requires): the driver asks the server for the parameter types first, so " +
    "it costs two round trips of one statement each; the stack sends its caller setup and the " +
    "read with literal values as one message (one round trip, two statements, row-level " +
    "security in the plan).",
    "",
    "Baselines as measured: hello-world p50 " +
    `${r.health.baseline.latency.p50} ms / p99 ${r.health.baseline.latency.p99} ms; plain ` +
    `\`/auth/me\` p50 ${r.me.baseline.latency.p50} / p99 ${r.me.baseline.latency.p99} ms; plain ` +
    `\`/jobs/:id\` p50 ${r.job.baseline.latency.p50} / p99 ${r.job.baseline.latency.p99} ms. ` +
    `Rounds (req/s, baseline vs route): ${
      ["health", "me", "job"].map((k) =>
        `${k} ${r[k].baseline.rounds.join(", ")} vs ${r[k].subject.rounds.join(", ")}`
      ).join("; ")
    }; bcrypt ${r.login.bcrypt.rounds.join(", ")} vs login ${r.login.subject.rounds.join(", ")} ` +
    `(GET /health p99 beside each login round: ${r.login.health.rounds_p99.join(", ")} ms). ` +
    `Load average after the run: ${results.machine.load_average_after}; CPU time taken by the ` +
    `host (steal) during the run: ${results.machine.cpu_stolen_by_host}.`,
    "",
    "## Where the CPU goes",
    "",
    "CPU time per answer in milliseconds, over each kept round's measured seconds (from /proc): " +
    "the server process (the stack, or the baseline's own server), every PostgreSQL process, " +
    `and the load generator. All of them share the ${results.machine.cores} cores, so a ` +
    "route's rate cannot pass cores x 1000 / total.",
    "",
    "| run | server | Postgres | load generator | total |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...[
      ["hello-world", r.health.baseline],
      ["GET /health", r.health.subject],
      ["plain query /auth/me", r.me.baseline],
      ["GET /auth/me", r.me.subject],
      ["plain query /jobs/:id", r.job.baseline],
      ["GET /jobs/:id", r.job.subject],
      ["GET /jobs?page=1", r.list.page1],
      ["GET /jobs?page=50", r.list.page50],
      ["GET /jobs?page=1, large tenant", r.list.tenant],
    ].map(([name, m]) => {
      const cpu = m.cpu_ms_per_request;
      if (!cpu) return `| ${name} | - | - | - | - |`;
      const total = round2((cpu.server ?? 0) + (cpu.postgres ?? 0) + (cpu.load ?? 0));
      return `| ${name} | ${cpu.server} | ${cpu.postgres} | ${cpu.load} | ${total} |`;
    }),
    "",
    "## Cold start",
    "",
    "From `spawn` of `deno run --allow-all bench/entry.ts <entry>` to the first answer (median of " +
    `${COLD_STARTS} starts after one unmeasured start of each); module graph: \`deno bundle\` ` +
    "(modules, bytes: everything the entry loads, npm packages included) and `deno info` " +
    "(the project's own modules, npm packages).",
    "",
    "| entry | first request | ms | ratio to hello-world | target | result | bundled modules | bundle | own modules | npm packages |",
    "| --- | --- | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: |",
    ...results.cold_start.map((c, i) =>
      `| ${c.name} | ${c.first_request} (${c.status}) | ${c.ms} | ${c.ratio} | ` +
      `${i === 0 ? "-" : "<= 1.5"} | ${i === 0 ? "-" : verdict(c.ratio <= 1.5)} | ` +
      `${c.bundle_modules ?? "?"} | ${kb(c.bundle_bytes)} | ${c.local_modules} ` +
      `(${kb(c.local_bytes)}) | ${c.npm_packages} |`
    ),
    "",
    "## Memory",
    "",
    `The stack's resident size (scripts/serve.ts as \`npm run dev\` starts it, bcrypt workers ` +
    `included; /proc VmRSS each second) under ${results.memory.seconds} s of mixed load ` +
    `(GET /health, /auth/me, /jobs/:id, /jobs pages 1-50) at ${CONNECTIONS} connections: ` +
    `${results.memory.load.rps} req/s, after ${results.memory.warmup_seconds} s of the same load ` +
    `as warm-up (${results.memory.before_warmup_mb} MB before it).`,
    "",
    "| first 10 s (MB) | last 10 s (MB) | growth | peak (MB) | target | result |",
    "| ---: | ---: | ---: | ---: | --- | --- |",
    `| ${results.memory.first_10s_mb} | ${results.memory.last_10s_mb} | ` +
    `${results.memory.growth_mb} MB (x${results.memory.growth_ratio}) | ${results.memory.peak_mb} | ` +
    `peak < 200 MB; last 10 s <= first 10 s (+5 % noise) | ` +
    `${verdict(results.memory.peak_mb < 200 && results.memory.growth_ratio <= 1.05)} |`,
    "",
    "## Query plans of GET /jobs (EXPLAIN ANALYZE as `authenticated`, under row-level security)",
    "",
    "| query | plan | planning ms | execution ms |",
    "| --- | --- | ---: | ---: |",
    ...Object.entries(results.plans).flatMap(([page, plans]) =>
      Object.entries(plans).map(([query, p]) =>
        `| ${page}, ${query} | ${p.plan} | ${p.planning_ms} | ${p.execution_ms} |`
      )
    ),
    "",
    "Figures in full (every round, every sample): `bench/results.json`.",
    "",
  ];
  writeFileSync(join(root, "bench/RESULTS.md"), lines.join("\n"));
}

// The run --------------------------------------------------------------------------------------------

/**
 * The CPU time the host took from this machine (steal, in /proc/stat) since `since`, as a share of
 * all CPU time: on a shared virtual machine the figure that says how far to trust a run.
 */
function cpuTimes() {
  try {
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1)
      .map(Number);
    return { total: fields.reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
  } catch {
    return null;
  }
}

function stealPercent(since) {
  const now = cpuTimes();
  if (!since || !now || now.total === since.total) return "unknown";
  return `${(100 * (now.steal - since.steal) / (now.total - since.total)).toFixed(1)} %`;
}

async function main() {
  const cpuAtStart = cpuTimes();
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? "unknown",
    memory_gb: Math.round(totalmem() / 2 ** 30),
    load_average_before: loadavg().map((value) => value.toFixed(2)).join(" "),
    node: process.versions.node,
    deno: run(deno, ["--version"]).split("\n")[0].split(" ")[1],
  };
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  machine.postgres = (await db.query("show server_version")).rows[0].server_version;
  say(`Benchmark: ${machine.cores} cores, load average ${machine.load_average_before}`);

  say("Data");
  const rows = await seed(db);

  say("Servers");
  const stack = await startServer("stack", ["scripts/serve.ts"], "/functions/v1/health");
  const hello = await startServer("hello", ["bench/entry.ts", "bench/servers/hello.ts"], "/");
  const plain = await startServer("plain", ["bench/entry.ts", "bench/servers/plain.ts"], "/");

  const sessions = await signIn(
    stack.base,
    Array.from(
      { length: RECRUITERS },
      (_, i) => `recruiter${String(i + 1).padStart(3, "0")}@bench.example`,
    ),
  );
  const [tenant] = await signIn(stack.base, [LARGE_TENANT]);
  const { rows: jobs } = await db.query(`
    select owner_id, id from (
      select j.owner_id, j.id,
        row_number() over (partition by j.owner_id order by md5(j.id::text)) as n
      from public.job_descriptions j join public.users u on u.id = j.owner_id
      where u.email like '%@bench.example'
    ) as ranked where n <= 10`);
  const tokenOf = new Map(sessions.map((s) => [s.userId, s.token]));
  const auth = (token) => ({ Authorization: `Bearer ${token}` });
  const meRequests = sessions.map((s) => ({
    path: "/functions/v1/auth/me",
    headers: auth(s.token),
  }));
  const jobRequests = jobs.map((job) => ({
    path: `/functions/v1/jobs/${job.id}`,
    headers: auth(tokenOf.get(job.owner_id)),
  }));
  const listRequests = (page, of = sessions) =>
    of.map((s) => ({
      path: `/functions/v1/jobs?page=${page}&page_size=20`,
      headers: auth(s.token),
    }));
  const plans = await explainJobs(db, sessions[0].userId);

  const routes = {};
  if (section("health")) {
    say("GET /health");
    routes.health = await pair(
      { label: "hello-world", url: hello.base, server: hello.child.pid, requests: [{ path: "/" }] },
      {
        label: "GET /health",
        url: stack.base,
        server: stack.child.pid,
        requests: [{ path: "/functions/v1/health" }],
      },
    );
  }
  if (section("me")) {
    say("GET /auth/me");
    routes.me = await pair(
      {
        label: "plain query /auth/me",
        url: plain.base,
        server: plain.child.pid,
        requests: meRequests,
      },
      { label: "GET /auth/me", url: stack.base, server: stack.child.pid, requests: meRequests },
    );
  }
  if (section("job")) {
    say("GET /jobs/:id");
    routes.job = await pair(
      {
        label: "plain query /jobs/:id",
        url: plain.base,
        server: plain.child.pid,
        requests: jobRequests,
      },
      { label: "GET /jobs/:id", url: stack.base, server: stack.child.pid, requests: jobRequests },
    );
  }
  if (section("list")) {
    say("GET /jobs (pages 1 and 50)");
    routes.list = await pages(stack, listRequests, tenant);
  }
  if (section("login")) {
    say("POST /auth/login");
    routes.login = await logins(stack, sessions);
  }
  await stop(hello.child);
  await stop(plain.child);

  let coldStart;
  if (section("cold")) {
    say("Cold start");
    coldStart = await coldStarts();
  }

  let mem;
  if (section("memory")) {
    say(`Memory (${MEMORY_SECONDS} s of mixed load)`);
    const mixed = [];
    for (let i = 0; i < sessions.length; i++) {
      const s = sessions[i];
      mixed.push({ path: "/functions/v1/health" });
      mixed.push({ path: "/functions/v1/auth/me", headers: auth(s.token) });
      mixed.push(jobRequests[(i * 7) % jobRequests.length]);
      mixed.push({
        path: `/functions/v1/jobs?page=${1 + (i % 50)}&page_size=20`,
        headers: auth(s.token),
      });
    }
    mem = await memory(stack, mixed);
    say(
      `  first 10 s ${mem.first_10s_mb} MB, last 10 s ${mem.last_10s_mb} MB, ` +
        `peak ${mem.peak_mb} MB (load: ${mem.load.rps} req/s)`,
    );
  }

  await stopAll();
  await db.end();
  machine.load_average_after = loadavg().map((value) => value.toFixed(2)).join(" ");
  machine.cpu_stolen_by_host = stealPercent(cpuAtStart);
  say(`CPU time taken by the host (steal) during the run: ${machine.cpu_stolen_by_host}`);
  const seconds = Math.round((performance.now() - benchStarted) / 1000);
  if (ONLY || SECONDS !== 6 || MEMORY_SECONDS !== 60) {
    say(`\nBENCH_ONLY or shorter runs: no results written; ${seconds} s.`);
    return;
  }
  const results = {
    finished_at: new Date().toISOString(),
    bench_seconds: seconds,
    machine,
    settings: {
      connections: CONNECTIONS,
      seconds: SECONDS,
      rounds: ROUNDS,
      warmup_seconds: WARMUP_SECONDS,
      cold_starts: COLD_STARTS,
      memory_seconds: MEMORY_SECONDS,
    },
    rows,
    plans,
    routes,
    cold_start: coldStart,
    memory: mem,
  };
  writeResults(results);
  say(`\nWrote bench/RESULTS.md and bench/results.json; the whole bench took ${seconds} s.`);
}

const best = (list) => list.reduce((a, b) => (b.rps > a.rps ? b : a));

/** GET /jobs, pages 1 and 50, in alternating rounds. */
async function pages(stack, listRequests, tenant) {
  await load({
    label: "warm-up",
    url: stack.base,
    server: stack.child.pid,
    duration: WARMUP_SECONDS,
    requests: listRequests(50),
  });
  // Page 1 and 50 of the 100 recruiters' lists, and page 1 of the large tenant's, in turn.
  const runs = { page1: [], page50: [], tenant: [] };
  const requests = {
    page1: listRequests(1),
    page50: listRequests(50),
    tenant: listRequests(1, [tenant]),
  };
  for (let round = 0; round < ROUNDS; round++) {
    for (const kind of Object.keys(runs)) {
      runs[kind].push(
        await load({
          label: `GET /jobs (${kind})`,
          url: stack.base,
          server: stack.child.pid,
          warmup: 1,
          duration: SECONDS,
          requests: requests[kind],
        }),
      );
    }
  }
  const result = { page1: best(runs.page1), page50: best(runs.page50), tenant: best(runs.tenant) };
  result.latency_ratio = round2(result.page50.latency.mean / result.page1.latency.mean);
  result.tenant_latency_ratio = round2(result.tenant.latency.mean / result.page1.latency.mean);
  say(`  ${"GET /jobs?page=1".padEnd(28)} ${show(result.page1)}`);
  say(
    `  ${"GET /jobs?page=50".padEnd(28)} ${show(result.page50)}   ` +
      `mean latency ratio ${result.latency_ratio}`,
  );
  say(
    `  ${"page 1, large tenant".padEnd(28)} ${show(result.tenant)}   ` +
      `mean latency ratio ${result.tenant_latency_ratio}`,
  );
  return result;
}

/**
 * bcrypt's own rate, then logins at 32 connections with GET /health beside them, in alternating
 * rounds; the best round of each is kept (as for the other ratios), with the GET /health figures
 * of the login round kept.
 */
async function logins(stack, sessions) {
  const loginRequests = sessions.map((s) => ({
    path: "/functions/v1/auth/login",
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: s.email, password: PASSWORD }),
  }));
  const bcrypts = [];
  const rounds = [];
  for (let round = 0; round < LOGIN_ROUNDS; round++) {
    const out = await runAsync(
      deno,
      [
        "run",
        "--allow-all",
        "bench/servers/bcrypt.ts",
        "rate",
        String(SECONDS),
        String(CONNECTIONS),
      ],
      serverEnv,
    );
    bcrypts.push(JSON.parse(out.trim().split("\n").pop()));
    const [login, health] = await Promise.all([
      load({
        label: "POST /auth/login",
        url: stack.base,
        server: stack.child.pid,
        warmup: WARMUP_SECONDS,
        duration: SECONDS,
        requests: loginRequests,
      }),
      load({
        label: "GET /health during logins",
        url: stack.base,
        server: stack.child.pid,
        connections: 2,
        overallRate: 100,
        warmup: WARMUP_SECONDS,
        duration: SECONDS,
        requests: [{ path: "/functions/v1/health" }],
      }),
    ]);
    rounds.push({ login, health });
  }
  const bcrypt = bcrypts.reduce((a, b) => (b.rate > a.rate ? b : a));
  const kept = rounds.reduce((a, b) => (b.login.rps > a.login.rps ? b : a));
  const result = {
    bcrypt: { ...bcrypt, rounds: bcrypts.map((b) => b.rate) },
    subject: { ...kept.login, rounds: rounds.map((r) => r.login.rps) },
    health: { ...kept.health, rounds_p99: rounds.map((r) => r.health.latency.p99) },
    ratio: round2(kept.login.rps / bcrypt.rate),
  };
  say(`  bcrypt cost 10, ${bcrypt.workers} workers   ${bcrypt.rate} compares/s`);
  say(`  ${"POST /auth/login".padEnd(28)} ${show(kept.login)}   ratio ${result.ratio}`);
  say(`  ${"GET /health meanwhile".padEnd(28)} ${show(kept.health)}`);
  return result;
}

main()
  .catch((error) => {
    say(error.stack ?? String(error));
    process.exitCode = 1;
  })
  .finally(async () => {
    await stopAll();
    rmSync(scratch, { recursive: true, force: true });
  });
