// Memory: the stack's resident size (scripts/serve.ts as `npm run dev` starts it, bcrypt workers
// included; /proc VmRSS each second) under a minute of mixed load, after a warm-up of the same.

import { setTimeout as sleep } from "node:timers/promises";
import { memoryOf, round2 } from "./statistics.mjs";
import { CONNECTIONS } from "./throughput.mjs";
import { load } from "./wrk.mjs";

/** The memory run is preceded by this much of the same load, so it starts on a warm heap. */
export const MEMORY_WARMUP_SECONDS = 15;

const rssMb = (pid) => memoryOf(pid).rss_mb;

export async function memory(stack, requests, { seconds: MEMORY_SECONDS, postmaster }) {
  const before_warmup_mb = rssMb(stack.pid);
  const spec = {
    url: stack.base,
    server: stack.pid,
    postmaster,
    connections: CONNECTIONS,
    requests,
  };
  await load({ ...spec, label: "mixed load (memory warm-up)", duration: MEMORY_WARMUP_SECONDS });
  const samples = [];
  const running = load({ ...spec, label: "mixed load (memory)", duration: MEMORY_SECONDS });
  const started = performance.now();
  let finished = false;
  running.finally(() => (finished = true)).catch(() => {});
  while (!finished) {
    samples.push({ t: round2((performance.now() - started) / 1000), mb: rssMb(stack.pid) });
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
