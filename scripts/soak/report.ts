/**
 * The soak test's report: the answers by status, latency and the server's memory per window, the
 * slowest requests; and the problems that fail the run.
 */
import type { Sample } from "./traffic.ts";

export interface SoakRun {
  samples: Sample[];
  /** The server's resident memory, sampled every second. */
  rss: { at: number; bytes: number }[];
  /** When the measured run started and was due to end, ms from the samples' origin. */
  runStart: number;
  end: number;
  windowSeconds: number;
  interrupted: boolean;
  serverExited: boolean;
  serverOutput: string;
}

/** Prints the report; the problems found (none: the soak passed). */
export function report(
  { samples, rss, runStart, end, windowSeconds, interrupted, serverExited, serverOutput }: SoakRun,
): string[] {
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

  console.log(`\nper ${windowSeconds} s window:`);
  console.log("  window      requests   p50 ms   p99 ms   max ms   RSS MB (median, max)");
  const windows: { median: number }[] = [];
  for (let from = runStart; from < end; from += windowSeconds * 1000) {
    const to = from + windowSeconds * 1000;
    const inWindow = samples.filter((s) => s.at >= from && s.at < to).map((s) => s.ms);
    const memory = rss.filter((r) => r.at >= from && r.at < to).map((r) => r.bytes);
    if (!inWindow.length) continue;
    windows.push({ median: percentile(memory, 50) });
    const label = `${((from - runStart) / 1000).toFixed(0)}-${
      ((to - runStart) / 1000).toFixed(0)
    } s`;
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
  return problems;
}
