// The results files: bench/results.json (every figure, every round and sample) and
// bench/RESULTS.md (the tables a reader needs, each figure beside its anchors and target).

//
// A pure function of the results: `node bench/report.mjs` writes RESULTS.md again from
// bench/results.json (after a change to this file, say) without running anything.

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { kb, round2 } from "./statistics.mjs";

const bench = dirname(fileURLToPath(import.meta.url));

const verdict = (pass) => (pass ? "met" : "**missed**");

/** CPU milliseconds per answer across the processes (server, Postgres, wrk), or null. */
function cpuTotal(run) {
  const cpu = run?.cpu_ms_per_request;
  if (!cpu || cpu.server === null) return null;
  return (cpu.server ?? 0) + (cpu.postgres ?? 0) + (cpu.load ?? 0);
}

/**
 * A ratio as rates give it, and beside it as CPU per answer gives it (the anchor's over the
 * route's): on a CPU-bound machine the rate follows the CPU an answer costs, and that figure
 * is far less disturbed by what else runs on the machine than a rate is.
 */
function ratioCell(rateRatio, subject, anchor) {
  const route = cpuTotal(subject);
  const base = cpuTotal(anchor);
  return route && base ? `${rateRatio} (CPU ${round2(base / route)})` : String(rateRatio);
}
const size = (bytes) =>
  bytes < 2 ** 20 ? `${Math.ceil(bytes / 1024)} KB` : `${round2(bytes / 2 ** 20)} MB`;

/** Whether each target is met: what RESULTS.md says, and what the run prints at its end. */
export function targets(results) {
  const r = results.routes;
  const checks = [];
  const add = (name, pass) => checks.push({ name, pass });
  if (r.health) add("GET /health >= 0.85 of the Hono hello-world", r.health.ratio.hello >= 0.85);
  if (r.me) add("GET /auth/me >= 0.8 of the plain read, unprepared", r.me.ratio.unprepared >= 0.8);
  if (r.job) {
    add("GET /jobs/:id >= 0.8 of the plain read, unprepared", r.job.ratio.unprepared >= 0.8);
  }
  if (r.list) {
    add("GET /jobs?page=1 p99 < 25 ms", r.list.page1.latency.p99 < 25);
    add(
      "GET /jobs?page=50 p99 < 25 ms and <= 1.5 x page 1",
      r.list.page50.latency.p99 < 25 && r.list.latency_ratio <= 1.5,
    );
    add("GET /jobs?page=1, large tenant <= 1.5 x page 1", r.list.tenant_latency_ratio <= 1.5);
  }
  if (r.login) {
    add("POST /auth/login >= 0.8 of bcrypt's rate", r.login.ratio >= 0.8);
    add("GET /health p99 < 20 ms during the logins", r.login.health.latency.p99 < 20);
  }
  for (const c of results.cold_start?.slice(1) ?? []) {
    add(`cold start of ${c.name} <= 1.5 x hello-world`, c.ratio <= 1.5);
  }
  if (results.memory) {
    add(
      "stack memory: peak < 200 MB, no growth",
      results.memory.peak_mb < 200 && results.memory.growth_ratio <= 1.05,
    );
  }
  for (const f of results.budgets?.functions ?? []) {
    add(`${f.name}: CPU per request <= 1 s`, f.met.cpu);
    add(`${f.name}: peak memory <= 128 MB`, f.met.memory);
    add(`${f.name}: bundle < 5 MB`, f.met.bundle);
  }
  return checks;
}

/** Writes results.json and RESULTS.md into `folder` (bench/ for a full run). */
export function writeResults(results, folder = bench) {
  writeFileSync(join(folder, "results.json"), JSON.stringify(results, null, 2) + "\n");
  writeFileSync(join(folder, "RESULTS.md"), markdown(results));
}

function markdown(results) {
  const { machine, settings } = results;
  const r = results.routes;
  const rps = (m) => Math.round(m.rps);
  const row = (cells) => `| ${cells.join(" | ")} |`;
  const lines = [
    "# Benchmark results",
    "",
    `Written by \`npm run bench\` on ${results.finished_at}: ${machine.cores} cores ` +
    `(${machine.cpu}), ${machine.memory_gb} GB; Deno ${machine.deno}, Node ${machine.node}, ` +
    `PostgreSQL ${machine.postgres}, wrk ${machine.wrk}. The machine was shared: load average ` +
    `${machine.load_average_before} at the start and ${machine.load_average_after} at the end ` +
    `(1, 5, 15 minutes; ${machine.cores} would mean both cores busy), and the host took ` +
    `${machine.cpu_stolen_by_host} of its CPU time (steal) during the run. Read the ratios, ` +
    "not the absolute figures, and read a run with a high load or steal as a rough one.",
    "",
    `Load: wrk, one thread, ${settings.connections} connections, ${settings.seconds} s per ` +
    `measured run, closed loop; each route and its anchors in ${settings.rounds} alternating ` +
    `rounds (${settings.login_rounds} for logins), the best round of each kept. The whole ` +
    `bench took ${results.bench_seconds} s. Data: ${results.rows.recruiters} recruiters, ` +
    `${results.rows.job_descriptions} job descriptions, ${results.rows.candidates} candidates, ` +
    `and one more recruiter (the large tenant) with ${results.rows.large_tenant_jobs} job ` +
    "descriptions.",
    "",
    "## Rates, each beside its anchors",
    "",
    "A ratio is the route's rate over its anchor's, measured in the same run (the best round of " +
    "each); in parentheses, the same ratio from the CPU an answer costs all the processes (the " +
    "anchor's over the route's: see [Where the CPU goes](#where-the-cpu-goes)), which other " +
    "work on a shared machine disturbs far less than rates. Where the two disagree, the machine " +
    "was busy. The limit is the most this route could do on this machine; the peer is the same " +
    "work done the usual way. Targets are judged on the rates.",
    "",
    row([
      "route",
      "req/s",
      "p50 ms",
      "p99 ms",
      "the limit (req/s)",
      "ratio",
      "the peer (req/s)",
      "ratio",
      "target",
      "result",
    ]),
    row(["---", "---:", "---:", "---:", "---", "---:", "---", "---:", "---", "---"]),
  ];
  const lat = (m) => [m.latency.p50, m.latency.p99];
  if (r.health) {
    lines.push(row([
      "GET /health",
      rps(r.health.health),
      ...lat(r.health.health),
      `bare Hono hello-world (${rps(r.health.hello)})`,
      ratioCell(r.health.ratio.hello, r.health.health, r.health.hello),
      `Hono with requestId, cors, secureHeaders, bodyLimit (${rps(r.health.peer)})`,
      ratioCell(r.health.ratio.peer, r.health.health, r.health.peer),
      ">= 0.85 of the limit",
      verdict(r.health.ratio.hello >= 0.85),
    ]));
  }
  for (const [key, name] of [["me", "GET /auth/me"], ["job", "GET /jobs/:id"]]) {
    if (!r[key]) continue;
    lines.push(row([
      name,
      rps(r[key].stack),
      ...lat(r[key].stack),
      `plain read, prepared (${rps(r[key].prepared)})`,
      ratioCell(r[key].ratio.prepared, r[key].stack, r[key].prepared),
      `plain read, unprepared (${rps(r[key].unprepared)})`,
      ratioCell(r[key].ratio.unprepared, r[key].stack, r[key].unprepared),
      ">= 0.8 of the unprepared read",
      verdict(r[key].ratio.unprepared >= 0.8),
    ]));
  }
  if (r.list) {
    lines.push(
      row([
        "GET /jobs?page=1 (20 of 1,000)",
        rps(r.list.page1),
        ...lat(r.list.page1),
        "-",
        "-",
        "-",
        "-",
        "p99 < 25 ms",
        verdict(r.list.page1.latency.p99 < 25),
      ]),
      row([
        "GET /jobs?page=50",
        rps(r.list.page50),
        ...lat(r.list.page50),
        `page 1 (mean ${r.list.page1.latency.mean} ms)`,
        `${r.list.latency_ratio} (mean latency)`,
        "-",
        "-",
        "p99 < 25 ms; <= 1.5 x page 1",
        verdict(r.list.page50.latency.p99 < 25 && r.list.latency_ratio <= 1.5),
      ]),
      row([
        "GET /jobs?page=1, a recruiter with 100,000 job descriptions",
        rps(r.list.tenant),
        ...lat(r.list.tenant),
        `page 1 of the others (mean ${r.list.page1.latency.mean} ms)`,
        `${r.list.tenant_latency_ratio} (mean latency)`,
        "-",
        "-",
        "<= 1.5 x page 1",
        verdict(r.list.tenant_latency_ratio <= 1.5),
      ]),
    );
  }
  if (r.login) {
    lines.push(
      row([
        "POST /auth/login",
        r.login.subject.rps,
        ...lat(r.login.subject),
        `bcrypt cost 10, all cores (${r.login.bcrypt.rate}/s)`,
        r.login.ratio,
        "-",
        "-",
        ">= 0.8 of the limit",
        verdict(r.login.ratio >= 0.8),
      ]),
      row([
        `GET /health at a fixed ${settings.probe_rate}/s during the logins`,
        r.login.health.rps,
        ...lat(r.login.health),
        "-",
        "-",
        "-",
        "-",
        "p99 < 20 ms",
        verdict(r.login.health.latency.p99 < 20),
      ]),
    );
  }
  if (r.login?.health.sent_late) {
    lines.push(
      "",
      `The probe's requests went out late by p50 ${r.login.health.sent_late.p50} ms and p99 ` +
        `${r.login.health.sent_late.p99} ms (its own process waiting for a core the logins keep ` +
        "busy): that much of its latency is the generator's, not the server's.",
    );
  }
  lines.push(
    "",
    "The anchors: `bench/servers/hello.ts` (a bare Hono app answering `ok`, on the same Deno), " +
      "`bench/servers/peer.ts` (`/health` as a plain Hono app with Hono's own middleware for what " +
      "every answer of the stack also does), and `bench/servers/plain.ts` (the same route, token " +
      "check and envelope as the stack, but the read as one plain query with the owner in its " +
      "WHERE clause: no per-user transaction, no row-level security; `prepared` with " +
      "postgres.js's default named prepared statements, `unprepared` with `prepare: false` as " +
      "the stack's own pool and Supabase's transaction pooler require). Logins: bcrypt at cost " +
      "10 through the store's own worker pool (`bench/servers/bcrypt.ts`). The fixed-rate probe " +
      "sends on a schedule whatever the answers do and counts each latency from the time the " +
      "request was due (as wrk2 does; wrk2 itself is neither a Debian nor an npm package).",
    "",
  );
  const roundsOf = (key, names) =>
    names.map((n) => `${n} ${r[key][n].rounds.join(", ")}`).join("; ");
  const rounds = [
    r.health && `health: ${roundsOf("health", ["hello", "peer", "health"])}`,
    r.me && `/auth/me: ${roundsOf("me", ["prepared", "unprepared", "stack"])}`,
    r.job && `/jobs/:id: ${roundsOf("job", ["prepared", "unprepared", "stack"])}`,
    r.login &&
    `logins: bcrypt ${r.login.bcrypt.rounds.join(", ")} vs login ${
      r.login.subject.rounds.join(", ")
    } (the probe's p99 beside each: ${r.login.health.rounds_p99.join(", ")} ms)`,
  ].filter(Boolean);
  lines.push(`Every round (req/s): ${rounds.join("; ")}.`, "");

  lines.push(
    "## Where the CPU goes",
    "",
    "CPU time per answer in milliseconds, over each kept round (from /proc): the server's " +
      "process, the benchmark's PostgreSQL cluster (its own processes only), and the load " +
      `generator (wrk). All of them share the ${machine.cores} cores, so a route's rate cannot ` +
      `pass ${machine.cores} x 1000 / total; the load generator's share shows it is not what ` +
      "limits the rate.",
    "",
    "| run | server | Postgres | wrk | total |",
    "| --- | ---: | ---: | ---: | ---: |",
  );
  const cpuRows = [
    ["bare Hono hello-world", r.health?.hello],
    ["Hono with the usual middleware, /health", r.health?.peer],
    ["GET /health", r.health?.health],
    ["plain read /auth/me, prepared", r.me?.prepared],
    ["plain read /auth/me, unprepared", r.me?.unprepared],
    ["GET /auth/me", r.me?.stack],
    ["plain read /jobs/:id, prepared", r.job?.prepared],
    ["plain read /jobs/:id, unprepared", r.job?.unprepared],
    ["GET /jobs/:id", r.job?.stack],
    ["GET /jobs?page=1", r.list?.page1],
    ["GET /jobs?page=50", r.list?.page50],
    ["GET /jobs?page=1, large tenant", r.list?.tenant],
    ["POST /auth/login", r.login?.subject],
  ].filter(([, m]) => m);
  for (const [name, m] of cpuRows) {
    const cpu = m.cpu_ms_per_request;
    if (!cpu) {
      lines.push(`| ${name} | - | - | - | - |`);
      continue;
    }
    const total = round2((cpu.server ?? 0) + (cpu.postgres ?? 0) + (cpu.load ?? 0));
    lines.push(`| ${name} | ${cpu.server} | ${cpu.postgres ?? "-"} | ${cpu.load} | ${total} |`);
  }
  lines.push("");

  if (results.budgets) lines.push(...budgetLines(results.budgets, results.cold_start));
  if (results.cold_start) lines.push(...coldStartLines(results.cold_start, settings));
  if (results.memory) lines.push(...memoryLines(results.memory, settings));
  if (results.plans) {
    lines.push(
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
    );
  }
  lines.push("Figures in full (every round, every sample): `bench/results.json`.", "");
  return lines.join("\n");
}

function budgetLines(b, coldStart) {
  const boot = (name, measured) => coldStart?.find((c) => c.name === name)?.ms ?? measured;
  return [
    "## Supabase's limits, as budgets",
    "",
    "Hosted, an Edge Function gets 2 s of CPU per request (waiting excluded) and 256 MB of " +
    "memory, past which the worker is killed (546); a bundle may be 20 MB, or 5 MB deployed " +
    `with \`--use-api\` or from the dashboard. Budgets: half the CPU (${b.budgets.cpu_ms} ms) ` +
    `and memory (${b.budgets.memory_mb} MB), and a bundle under ${b.budgets.bundle_mb} MB. ` +
    "Each function runs alone (`bench/entry.ts supabase/functions/<name>/index.ts`, with the " +
    "heap limit a hosted worker's isolate is given, `--max-heap-size=256`) and is sent its " +
    "heaviest realistic requests one at a time: the CPU is the whole process's for each " +
    "request (every thread, so an upper bound of the isolate's own), the memory its peak " +
    "resident size (VmHWM) over them, Deno included: a bare hello-world's process peaks at " +
    `${b.floor.peak_mb} MB. Beside it, the worker's peak as the hosted runtime counts a ` +
    "worker's memory (V8's used heap plus external memory, sampled every 2 ms and after each " +
    "answer; the hello-world's is " +
    `${b.floor.worker_mb ?? "?"} MB): it leaves out Deno itself and what the allocator and ` +
    "V8 keep after it is freed. The budget is checked on the process's peak. " +
    "The bundle is `deno bundle` of the entry point (the supabase " +
    "CLI bundles only in Docker or on Supabase's servers, neither of which runs here) plus the " +
    "files the function reads at run time. Boot: from spawn to the first answer (the cold-start " +
    "median where that section ran).",
    "",
    "| function | heaviest request | CPU ms | peak MB | worker MB | bundle MB (+ read at run time) | boot ms (modules) | result |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ...b.functions.map((f) => {
      const misses = [
        !f.met.cpu && "CPU",
        !f.met.memory && "memory",
        !f.met.bundle && "bundle",
      ].filter(Boolean);
      const runtime = f.runtime_bytes
        ? ` (${round2(f.bundle_bytes / 2 ** 20)} + ${round2(f.runtime_bytes / 2 ** 20)})`
        : "";
      return `| ${f.name} | ${f.worst_request} | ${f.worst_cpu_ms} | ${f.peak_mb} | ` +
        `${f.worker_mb ?? "-"} | ` +
        `${f.deploy_mb}${runtime} | ${boot(f.name, f.boot_ms)} (${f.bundle_modules ?? "?"}) | ` +
        `${misses.length ? `**missed: ${misses.join(", ")}**` : "met"} |`;
    }),
    "",
    `Budgets: CPU <= ${b.budgets.cpu_ms} ms, peak <= ${b.budgets.memory_mb} MB, bundle < ` +
    `${b.budgets.bundle_mb} MB. Fixtures (bench/fixtures.ts): ` +
    Object.entries(b.fixtures).map(([name, bytes]) => `${name} ${size(bytes)}`).join(", ") + ".",
    "",
    ...(b.hostile
      ? [
        `Beyond the budgets: ${b.hostile.request} (bench/fixtures.ts \`hostile.pdf\`), no real ` +
        "CV but within every cap the upload checks, cost " +
        `${b.hostile.max_ms} ms of CPU and took the process to ${b.hostile.peak_mb} MB ` +
        `(answer ${b.hostile.status}); ` +
        (b.hostile.max_ms > 2 * b.budgets.cpu_ms || b.hostile.peak_mb > 2 * b.budgets.memory_mb
          ? "hosted, the worker would be killed (546)."
          : "within the platform's limits."),
        "",
      ]
      : []),
    "Every request measured (CPU ms; `first` is the first of its kind, which pays for what " +
    "loads on first use):",
    "",
    "| function | request | n | CPU max | mean | first | peak MB | worker MB |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...b.functions.flatMap((f) =>
      f.requests.map((q) =>
        `| ${f.name} | ${q.request} | ${q.samples} | ${q.max_ms} | ${q.mean_ms} | ` +
        `${q.first_ms} | ${q.peak_mb} | ${q.worker_mb ?? "-"} |`
      )
    ),
    "",
  ];
}

function coldStartLines(rows, settings) {
  return [
    "## Cold start",
    "",
    "From `spawn` of `deno run --allow-all bench/entry.ts <entry>` to the first answer (median " +
    `of ${settings.cold_starts} starts after one unmeasured start of each); module graph: ` +
    "`deno bundle` (modules, bytes: everything the entry loads, npm packages included) and " +
    "`deno info` (the project's own modules, npm packages).",
    "",
    "| entry | first request | ms | ratio to hello-world | target | result | bundled modules | bundle | own modules | npm packages |",
    "| --- | --- | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: |",
    ...rows.map((c, i) =>
      `| ${c.name} | ${c.first_request} (${c.status}) | ${c.ms} | ${c.ratio} | ` +
      `${i === 0 ? "-" : "<= 1.5"} | ${i === 0 ? "-" : verdict(c.ratio <= 1.5)} | ` +
      `${c.bundle_modules ?? "?"} | ${kb(c.bundle_bytes)} | ${c.local_modules} ` +
      `(${kb(c.local_bytes)}) | ${c.npm_packages} |`
    ),
    "",
  ];
}

function memoryLines(m, settings) {
  return [
    "## Memory of the local stack",
    "",
    "The stack's resident size (scripts/serve.ts as `npm run dev` starts it, bcrypt workers " +
    `included; /proc VmRSS each second) under ${m.seconds} s of mixed load (GET /health, ` +
    `/auth/me, /jobs/:id, /jobs pages 1-50) at ${settings.connections} connections: ` +
    `${m.load.rps} req/s, after ${m.warmup_seconds} s of the same load as warm-up ` +
    `(${m.before_warmup_mb} MB before it).`,
    "",
    "| first 10 s (MB) | last 10 s (MB) | growth | peak (MB) | target | result |",
    "| ---: | ---: | ---: | ---: | --- | --- |",
    `| ${m.first_10s_mb} | ${m.last_10s_mb} | ${m.growth_mb} MB (x${m.growth_ratio}) | ` +
    `${m.peak_mb} | peak < 200 MB; last 10 s <= first 10 s (+5 % noise) | ` +
    `${verdict(m.peak_mb < 200 && m.growth_ratio <= 1.05)} |`,
    "",
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeResults(JSON.parse(readFileSync(join(bench, "results.json"), "utf8")));
}
