// The load generator: wrk (https://github.com/wg/wrk, Debian's package `wrk`), a C program that
// needs a fraction of the CPU per request that the servers measured here do, so it is not the
// bottleneck (autocannon, in Node, needed more CPU per request than the hello-world it
// measured, and squeezed every ratio toward 1). One thread, `connections` connections, closed
// loop: each connection sends its next request when the answer to the last one has arrived.
//
// Each run records the CPU time an answer cost, in milliseconds, over the run: the server's
// process, the benchmark's PostgreSQL cluster (its processes only), and wrk itself (read by
// the shell that ran it, from its waited-for children), so a reader sees that the generator is
// not what limits the rate.

import { spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { say, scratch, track } from "./harness.mjs";
import { childrenSecondsOf, clusterSeconds, cpuSeconds, round2, round3 } from "./statistics.mjs";

/**
 * wrk's version, wrk installed from Debian's package first when missing and this runs as root
 * with apt-get; otherwise an error that says how to install it.
 */
export function ensureWrk() {
  // `wrk --version` prints "wrk <version> [epoll] ..." and exits with 1.
  const version = () => {
    const probe = spawnSync("wrk", ["--version"], { encoding: "utf8" });
    return probe.error ? null : `${probe.stdout}${probe.stderr}`.split(" ")[1] ?? "?";
  };
  if (version()) return version();
  const root = process.getuid?.() === 0;
  const apt = spawnSync("apt-get", ["--version"], { stdio: "ignore" }).error === undefined;
  if (root && apt) {
    say("Installing wrk, the load generator (Debian's package)...");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const install = () =>
      spawnSync("apt-get", ["install", "-y", "-qq", "wrk"], { env, stdio: "inherit" }).status;
    if (install() !== 0) {
      spawnSync("apt-get", ["update", "-qq"], { env, stdio: "inherit" });
      install();
    }
    if (version()) return version();
  }
  throw new Error(
    "npm run bench drives its load with wrk, which is not installed" +
      (root ? " and could not be installed with apt-get" : "") + ". Install it, then run " +
      "`npm run bench` again:\n  sudo apt-get install wrk      (Debian, Ubuntu)\n" +
      "  brew install wrk              (macOS)\n  or build it from https://github.com/wg/wrk",
  );
}

/**
 * A Lua string literal (long brackets: nothing in it is an escape). As a table key it needs
 * spaces inside the key's brackets: `[[` would open a long string.
 */
function lua(text) {
  if (text.includes("]==]")) throw new Error("a request holds ]==]");
  return `[==[${text}]==]`;
}

/**
 * The wrk script: one request sent on every connection (wrk builds it once), or several sent in
 * turn, round robin over all connections (a route driven with many users' tokens and ids).
 * done() prints the summary as one JSON line; latencies are in microseconds.
 */
function script(requests) {
  const table = (headers = {}) =>
    `{${Object.entries(headers).map(([k, v]) => `[ ${lua(k)} ] = ${lua(v)}`).join(", ")}}`;
  const lines = [];
  if (requests.length === 1) {
    const [only] = requests;
    lines.push(`wrk.method = ${lua(only.method ?? "GET")}`, `wrk.path = ${lua(only.path)}`);
    for (const [name, value] of Object.entries(only.headers ?? {})) {
      lines.push(`wrk.headers[ ${lua(name)} ] = ${lua(value)}`);
    }
    if (only.body !== undefined) lines.push(`wrk.body = ${lua(only.body)}`);
  } else {
    lines.push(
      "local list = {}",
      "local n = 0",
      "init = function(args)",
      ...requests.map((r) =>
        `  list[#list + 1] = wrk.format(${lua(r.method ?? "GET")}, ${lua(r.path)}, ` +
        `${table(r.headers)}, ${r.body === undefined ? "nil" : lua(r.body)})`
      ),
      "end",
      "request = function()",
      "  n = n % #list + 1",
      "  return list[n]",
      "end",
    );
  }
  lines.push(
    "done = function(summary, latency, requests)",
    "  local e = summary.errors",
    '  io.write(string.format(\'WRKJSON {"requests":%d,"duration_us":%d,"connect":%d,\' ..',
    '    \'"read":%d,"write":%d,"status":%d,"timeout":%d,"mean":%.1f,"p50":%d,\' ..',
    '    \'"p90":%d,"p99":%d,"max":%d}\\n\', summary.requests, summary.duration, e.connect,',
    "    e.read, e.write, e.status, e.timeout, latency.mean, latency:percentile(50),",
    "    latency:percentile(90), latency:percentile(99), latency.max))",
    "end",
  );
  return lines.join("\n") + "\n";
}

let scripts = 0;

/**
 * One wrk run: `{ label, url, requests: [{ path, method?, headers?, body? }], duration,
 * connections, server (PID), postmaster (PID) }`. Answers the rate of successful answers,
 * latency percentiles in milliseconds, failures counted, and CPU milliseconds per answer.
 */
export async function load(spec) {
  const file = join(scratch, `wrk-${++scripts}.lua`);
  writeFileSync(file, script(spec.requests));
  const args = [
    "-t1",
    `-c${spec.connections}`,
    `-d${spec.duration}s`,
    "--timeout",
    "10s",
    "-s",
    file,
    spec.url + "/",
  ];
  // The shell prints its own stat line once wrk has ended: its children's CPU time is wrk's.
  const shell = 'wrk "$@"; status=$?; read -r stat < /proc/$$/stat; echo "WRKSTAT $stat"; ' +
    "exit $status";
  const before = cpuNow(spec);
  const started = performance.now();
  const child = track(spawn("/bin/sh", ["-c", shell, "sh", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  }));
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk) => (out += chunk));
  child.stderr.on("data", (chunk) => (err += chunk));
  const [code] = await new Promise((done) => child.on("exit", (...result) => done(result)));
  const seconds = (performance.now() - started) / 1000;
  const after = cpuNow(spec);
  const json = /^WRKJSON (.*)$/m.exec(out)?.[1];
  if (code !== 0 || !json) throw new Error(`wrk (${spec.label}) failed (${code}):\n${err}${out}`);
  const summary = JSON.parse(json);
  const wrkSeconds = childrenSecondsOf(/^WRKSTAT (.*)$/m.exec(out)?.[1] ?? "");
  const failed = summary.status + summary.connect + summary.read + summary.write +
    summary.timeout;
  const answers = summary.requests;
  const perAnswer = (used) =>
    used === null || answers === 0 ? null : round3((used * 1000) / answers);
  const ms = (us) => round2(us / 1000);
  const result = {
    label: spec.label,
    rps: round2((answers - summary.status) / (summary.duration_us / 1e6)),
    requests: answers,
    seconds: round2(seconds),
    failures: {
      non2xx: summary.status,
      connect: summary.connect,
      read: summary.read,
      write: summary.write,
      timeout: summary.timeout,
    },
    latency: {
      mean: ms(summary.mean),
      p50: ms(summary.p50),
      p90: ms(summary.p90),
      p99: ms(summary.p99),
      max: ms(summary.max),
    },
    cpu_ms_per_request: before && after
      ? {
        server: perAnswer(after.server - before.server),
        postgres: before.postgres === null ? null : perAnswer(after.postgres - before.postgres),
        load: perAnswer(wrkSeconds),
      }
      : null,
  };
  if (failed) say(`    ! ${spec.label}: ${JSON.stringify(result.failures)}`);
  return result;
}

function cpuNow(spec) {
  if (process.platform !== "linux" || !spec.server) return null;
  const server = cpuSeconds(spec.server);
  if (server === null) return null;
  return { server, postgres: spec.postmaster ? clusterSeconds(spec.postmaster) : null };
}

/** A run's figures as printed while the bench runs. */
export const show = (r) =>
  `${String(r.rps).padStart(9)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms` +
  (r.cpu_ms_per_request
    ? `  CPU ms/req: server ${r.cpu_ms_per_request.server}, Postgres ` +
      `${r.cpu_ms_per_request.postgres ?? "-"}, wrk ${r.cpu_ms_per_request.load}`
    : "");
