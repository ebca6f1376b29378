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

import { readFileSync } from "node:fs";
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

// One run of warm-up + measured time, on the same connections; only the answers that arrive in
// the last `duration` seconds count. (A separate warm-up run would leave the server finishing
// its requests while the measured run starts: slow routes such as logins lost seconds to it.)
const warmup = spec.warmup > 0 ? spec.warmup : 0;
const times = [];
const statuses = {};
const started = performance.now();
const from = started + warmup * 1000;
const result = await run(warmup + spec.duration, (status, milliseconds) => {
  if (performance.now() < from) return;
  statuses[status] = (statuses[status] ?? 0) + 1;
  if (status >= 200 && status < 300) times.push(milliseconds);
});
const seconds = (performance.now() - from) / 1000;
times.sort((a, b) => a - b);
const mean = times.reduce((sum, value) => sum + value, 0) / Math.max(1, times.length);

console.log(JSON.stringify({
  rps: Math.round((times.length / Math.min(seconds, spec.duration)) * 10) / 10,
  requests: times.length,
  statuses,
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
  latency: {
    mean: Math.round(mean * 100) / 100,
    p50: percentile(times, 50),
    p90: percentile(times, 90),
    p99: percentile(times, 99),
    max: percentile(times, 100),
  },
}));
