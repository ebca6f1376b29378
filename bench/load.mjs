#!/usr/bin/env node
// The load generator: one autocannon run, in a process of its own (never the server's).
//
//   node bench/load.mjs <spec.json>
//
// The spec: { url, connections, duration, warmup?, overallRate?, method?, headers?, body?,
// requests?: [{ path, method?, headers?, body? }] }. `requests` are sent in turn, round robin
// over all connections (each request takes the next one), so a route is driven with many
// users' tokens and ids. The first `warmup` seconds of the run are not counted.
//
// Prints one JSON line: requests per second (2xx answers only), exact latency percentiles in
// milliseconds (from every answer's own time, not autocannon's whole-millisecond histogram),
// and every non-2xx status and error counted, so a broken run cannot pass for a fast one.
// With `server` (a PID) in the spec, also the CPU time each answer cost, in milliseconds, over
// the measured seconds: the server process, all PostgreSQL processes, and this load generator
// (Linux: from /proc; null elsewhere).

import { readdirSync, readFileSync } from "node:fs";
import autocannon from "autocannon";

const spec = JSON.parse(readFileSync(process.argv[2], "utf8"));

function options(duration) {
  const list = spec.requests ?? [];
  let next = 0;
  return {
    url: spec.url,
    connections: spec.connections,
    duration,
    method: spec.method ?? "GET",
    headers: spec.headers ?? {},
    body: spec.body,
    overallRate: spec.overallRate,
    timeout: 10,
    requests: list.length === 0 ? undefined : [{
      setupRequest(request) {
        const chosen = list[next++ % list.length];
        return {
          ...request,
          path: chosen.path,
          method: chosen.method ?? request.method,
          headers: { ...request.headers, ...chosen.headers },
          body: chosen.body ?? request.body,
        };
      },
    }],
  };
}

function run(duration, record) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options(duration), (error, result) => {
      if (error) reject(error);
      else resolve(result);
    });
    if (record) {
      instance.on(
        "response",
        (_client, status, _bytes, milliseconds) => record(status, milliseconds),
      );
    }
  });
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)] * 100) / 100;
}

/** CPU seconds (user + system) of a process, or null when it cannot be read. */
function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime, stime, and the same for children that have ended (a backend that closed).
    const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0);
    return ticks / 100;
  } catch {
    return null;
  }
}

function postgresSeconds() {
  let total = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, "utf8").trim() !== "postgres") continue;
    } catch {
      continue;
    }
    total += cpuSeconds(pid) ?? 0;
  }
  return total;
}

function cpuNow() {
  if (!spec.server || process.platform !== "linux") return null;
  const own = process.cpuUsage();
  return {
    server: cpuSeconds(spec.server),
    postgres: postgresSeconds(),
    load: (own.user + own.system) / 1e6,
  };
}

// One run of warm-up + measured time, on the same connections; only the answers that arrive in
// the last `duration` seconds count. (A separate warm-up run would leave the server finishing
// its requests while the measured run starts: slow routes such as logins lost seconds to it.)
const warmup = spec.warmup > 0 ? spec.warmup : 0;
const times = [];
const statuses = {};
const started = performance.now();
const from = started + warmup * 1000;
let cpuFrom = null;
const result = await run(warmup + spec.duration, (status, milliseconds) => {
  if (performance.now() < from) return;
  cpuFrom ??= cpuNow();
  statuses[status] = (statuses[status] ?? 0) + 1;
  if (status >= 200 && status < 300) times.push(milliseconds);
});
const seconds = (performance.now() - from) / 1000;
const cpuTo = cpuNow();
const answers = Object.values(statuses).reduce((sum, n) => sum + n, 0);
const perAnswer = (key) =>
  cpuFrom?.[key] == null || cpuTo?.[key] == null || answers === 0
    ? null
    : Math.round(((cpuTo[key] - cpuFrom[key]) * 1000 / answers) * 1000) / 1000;
times.sort((a, b) => a - b);
const mean = times.reduce((sum, value) => sum + value, 0) / Math.max(1, times.length);

console.log(JSON.stringify({
  rps: Math.round((times.length / Math.min(seconds, spec.duration)) * 10) / 10,
  requests: times.length,
  statuses,
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
  cpu_ms_per_request: cpuFrom
    ? { server: perAnswer("server"), postgres: perAnswer("postgres"), load: perAnswer("load") }
    : null,
  latency: {
    mean: Math.round(mean * 100) / 100,
    p50: percentile(times, 50),
    p90: percentile(times, 90),
    p99: percentile(times, 99),
    max: percentile(times, 100),
  },
}));
