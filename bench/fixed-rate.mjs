// Latency at a fixed rate, as wrk2 measures it: requests are sent on a schedule (open loop),
// whether or not earlier ones have been answered, and each latency counts from the time the
// request was due, not from when it went out. A closed-loop generator (wrk, autocannon) waits
// for an answer before sending again, so a stall of one second delays its own next requests
// and is recorded once, not once per request it held up (coordinated omission); this does not.
//
// wrk2 itself (https://github.com/giltene/wrk2) is neither a Debian nor an npm package, so the
// benchmark cannot install it; at the low rates it is used for here (a probe beside a load, 100
// requests per second), a Node client is far from saturated, and its timers' lateness (a
// millisecond or so, counted in the latencies) is small beside the targets it is held to.

import { Agent, request } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { round2 } from "./statistics.mjs";

/** Percentile of sorted values (nearest rank). */
function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return round2(sorted[Math.max(0, index)]);
}

/**
 * GET `url` `rate` times a second for `seconds` (after `warmup` seconds not counted). Answers
 * the rate achieved, latency percentiles in milliseconds from each request's due time, the
 * answers that were not 2xx, and how late the requests went out (on a machine whose cores the
 * load keeps busy, this process waits for a core too: that share of the latency is the
 * generator's, not the server's).
 */
export async function fixedRate({ url, rate, seconds, warmup = 0 }) {
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  const interval = 1000 / rate;
  const start = performance.now() + 50;
  const total = Math.round((warmup + seconds) * rate);
  const counted = Math.round(warmup * rate);
  const latencies = [];
  /** How late each request went out: the generator's own share of the latencies. */
  const lateness = [];
  let failures = 0;
  const pending = [];
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    // A timer may fire a millisecond or so late: that counts in the latency, as it should in an
    // open loop (spinning on the clock instead would take CPU from the servers measured).
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    // A timer may also fire a fraction of a millisecond early: then the latency counts from the
    // send, which is the earlier time.
    const from = Math.min(due, performance.now());
    if (i >= counted) lateness.push(Math.max(0, performance.now() - due));
    pending.push(
      new Promise((done) => {
        const req = request(url, { agent, timeout: 10_000 }, (res) => {
          res.resume();
          res.on("end", () => {
            if (i >= counted) {
              if (res.statusCode >= 200 && res.statusCode < 300) {
                latencies.push(performance.now() - from);
              } else failures++;
            }
            done();
          });
        });
        req.on("timeout", () => req.destroy(new Error("timeout")));
        req.on("error", () => {
          if (i >= counted) failures++;
          done();
        });
        req.end();
      }),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  lateness.sort((a, b) => a - b);
  return {
    rps: round2(latencies.length / seconds),
    requests: latencies.length,
    failures,
    latency: {
      mean: round2(latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length)),
      p50: percentile(latencies, 50),
      p90: percentile(latencies, 90),
      p99: percentile(latencies, 99),
      max: percentile(latencies, 100),
    },
    sent_late: { p50: percentile(lateness, 50), p99: percentile(lateness, 99) },
  };
}
