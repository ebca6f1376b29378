#!/usr/bin/env node
// The benchmark (`npm run bench`): the stack over a real PostgreSQL server with realistic data,
// driven by wrk from a process of its own, every figure beside anchors measured in the same
// run on the same machine. Writes bench/RESULTS.md and bench/results.json.
//
// Run by scripts/with-database.mjs (`deno task bench`), which starts a throwaway PostgreSQL,
// pushes the migrations with the supabase CLI and sets SUPABASE_DB_URL. The parts:
//
//   data.mjs        the rows (bench/seed.sql, bench/seed-large-tenant.sql), sessions, requests
//   harness.mjs     processes, the servers' environment, waiting for a server to go idle
//   wrk.mjs         the load generator (installed from Debian's package when missing)
//   fixed-rate.mjs  latency at a fixed rate, counted from each request's due time
//   throughput.mjs  each route beside its anchors: the limit and the peer
//   cold-start.mjs  every function from spawn to first answer; module graphs and bundles
//   memory.mjs      the stack's resident size under a minute of mixed load
//   budgets.mjs     Supabase's limits per function: CPU per request, memory, bundle, boot
//   budget-data.mjs the rows those requests need; fixtures.ts, the CV files they upload
//   report.mjs      RESULTS.md and results.json
//   statistics.mjs  medians, best rounds, CPU and memory from /proc
//
// BENCH_SECONDS (default 6) is each measured run's length, BENCH_MEMORY_SECONDS (default 60)
// the memory run's; BENCH_ONLY (e.g. `health,me,job,list,login,cold,memory,budgets`) runs some
// sections. Either is for trying the bench out: the figures are printed, the results files not
// written to bench/ (BENCH_REPORT_TO=<folder> writes them there instead).

import { cpus, loadavg, totalmem } from "node:os";
import pg from "pg";
import { budgets } from "./budgets.mjs";
import { COLD_STARTS, coldStarts } from "./cold-start.mjs";
import { explainJobs, seed, sessionsAndRequests } from "./data.mjs";
import {
  cleanUp,
  databaseUrl,
  deno,
  postmasterOf,
  run,
  say,
  startServer,
  stop,
  stopAll,
} from "./harness.mjs";
import { memory, MEMORY_WARMUP_SECONDS } from "./memory.mjs";
import { targets, writeResults } from "./report.mjs";
import { machineTimes, stealPercent } from "./statistics.mjs";
import {
  compare,
  CONNECTIONS,
  LOGIN_ROUNDS,
  logins,
  pages,
  PROBE_RATE,
  ratios,
  ROUNDS,
  WARMUP_SECONDS,
} from "./throughput.mjs";
import { ensureWrk } from "./wrk.mjs";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const MEMORY_SECONDS = Number(process.env.BENCH_MEMORY_SECONDS ?? 60);
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",")) : null;
const section = (name) => !ONLY || ONLY.has(name);
const benchStarted = performance.now();

if (!databaseUrl) {
  say("Run the benchmark with `npm run bench` (it starts PostgreSQL and sets SUPABASE_DB_URL).");
  process.exit(2);
}

const average = () => loadavg().map((value) => value.toFixed(2)).join(" ");

async function main() {
  const wrk = ensureWrk();
  const cpuAtStart = machineTimes();
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? "unknown",
    memory_gb: Math.round(totalmem() / 2 ** 30),
    load_average_before: average(),
    node: process.versions.node,
    deno: run(deno, ["--version"]).split("\n")[0].split(" ")[1],
    wrk,
  };
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  machine.postgres = (await db.query("show server_version")).rows[0].server_version;
  const postmaster = await postmasterOf(db);
  say(`Benchmark: ${machine.cores} cores, load average ${machine.load_average_before}`);

  say("Data");
  const rows = await seed(db);

  say("Servers");
  const stack = await startServer("stack", ["scripts/serve.ts"], "/functions/v1/health");
  const anchor = (name, file, ready, env) =>
    startServer(name, ["bench/entry.ts", `bench/servers/${file}`], ready, { env });
  const needed = (names) => names.some(section);
  const hello = needed(["health"]) && await anchor("hello-world", "hello.ts", "/");
  const peer = needed(["health"]) &&
    await anchor("peer", "peer.ts", "/functions/v1/health");
  const prepared = needed(["me", "job"]) &&
    await anchor("plain, prepared", "plain.ts", "/", { PLAIN_PREPARE: "true" });
  const unprepared = needed(["me", "job"]) &&
    await anchor("plain, unprepared", "plain.ts", "/", { PLAIN_PREPARE: "false" });

  const { sessions, tenant, requests } = await sessionsAndRequests(db, stack.base);
  const plans = await explainJobs(db, sessions[0].userId);
  const options = { seconds: SECONDS, postmaster };
  const on = (server, label, list) => ({
    label,
    url: server.base,
    server: server.pid,
    requests: list,
  });

  const routes = {};
  if (section("health")) {
    say("GET /health");
    const health = [{ path: "/functions/v1/health" }];
    routes.health = await compare({
      hello: on(hello, "bare Hono hello-world", [{ path: "/" }]),
      peer: on(peer, "Hono with the usual middleware", health),
      health: on(stack, "GET /health", health),
    }, options);
    routes.health.ratio = ratios(routes.health, "health", ["hello", "peer"]);
    say(`  ratios: ${JSON.stringify(routes.health.ratio)}`);
  }
  for (const [key, name] of [["me", "GET /auth/me"], ["job", "GET /jobs/:id"]]) {
    if (!section(key)) continue;
    say(name);
    routes[key] = await compare({
      prepared: on(prepared, `plain read ${name.slice(4)}, prepared`, requests[key]),
      unprepared: on(unprepared, `plain read ${name.slice(4)}, unprepared`, requests[key]),
      stack: on(stack, name, requests[key]),
    }, options);
    routes[key].ratio = ratios(routes[key], "stack", ["prepared", "unprepared"]);
    say(`  ratios: ${JSON.stringify(routes[key].ratio)}`);
  }
  for (const server of [hello, peer, prepared, unprepared]) if (server) await stop(server.child);
  if (section("list")) {
    say("GET /jobs (pages 1 and 50)");
    routes.list = await pages(stack, requests, tenant, options);
  }
  if (section("login")) {
    say("POST /auth/login");
    routes.login = await logins(stack, requests.login, options);
  }

  let coldStart;
  if (section("cold")) {
    say("Cold start");
    coldStart = await coldStarts();
  }
  let mem;
  if (section("memory")) {
    say(`Memory (${MEMORY_SECONDS} s of mixed load)`);
    mem = await memory(stack, requests.mixed, { seconds: MEMORY_SECONDS, postmaster });
    say(
      `  first 10 s ${mem.first_10s_mb} MB, last 10 s ${mem.last_10s_mb} MB, ` +
        `peak ${mem.peak_mb} MB (load: ${mem.load.rps} req/s)`,
    );
  }
  let limits;
  if (section("budgets")) {
    say("Budgets: each function alone, its heaviest requests");
    limits = await budgets(stack, db);
  }

  await stopAll();
  await db.end();
  machine.load_average_after = average();
  machine.cpu_stolen_by_host = stealPercent(cpuAtStart);
  say(`CPU time taken by the host (steal) during the run: ${machine.cpu_stolen_by_host}`);
  const seconds = Math.round((performance.now() - benchStarted) / 1000);
  const results = {
    finished_at: new Date().toISOString(),
    bench_seconds: seconds,
    machine,
    settings: {
      load_generator: "wrk, 1 thread",
      connections: CONNECTIONS,
      seconds: SECONDS,
      rounds: ROUNDS,
      login_rounds: LOGIN_ROUNDS,
      warmup_seconds: WARMUP_SECONDS,
      probe_rate: PROBE_RATE,
      cold_starts: COLD_STARTS,
      memory_seconds: MEMORY_SECONDS,
      memory_warmup_seconds: MEMORY_WARMUP_SECONDS,
    },
    rows,
    plans,
    routes,
    cold_start: coldStart,
    memory: mem,
    budgets: limits,
  };
  say("\nTargets:");
  for (const check of targets(results)) say(`  ${check.pass ? "met   " : "MISSED"} ${check.name}`);
  if (ONLY || SECONDS !== 6 || MEMORY_SECONDS !== 60) {
    const folder = process.env.BENCH_REPORT_TO;
    if (folder) writeResults(results, folder);
    say(
      `\nBENCH_ONLY or shorter runs: no results written to bench/` +
        (folder ? ` (they are in ${folder})` : "") + `; ${seconds} s.`,
    );
    return;
  }
  writeResults(results);
  say(`\nWrote bench/RESULTS.md and bench/results.json; the whole bench took ${seconds} s.`);
}

main()
  .catch((error) => {
    say(error.stack ?? String(error));
    process.exitCode = 1;
  })
  .finally(async () => {
    await stopAll();
    cleanUp();
  });
