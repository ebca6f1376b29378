/**
 * The soak test (`npm run soak`): mixed traffic for a while against the local stack over real
 * PostgreSQL, then a report of what happened.
 *
 *   npm run soak                      # 5 minutes, 32 connections
 *   SOAK_SECONDS=60 npm run soak      # shorter, to try it out
 *
 * Run by scripts/with-database.mjs (`deno task soak`), which starts a throwaway PostgreSQL,
 * pushes the migrations and sets SUPABASE_DB_URL. This script starts the function server
 * (scripts/serve.ts) as a process of its own on a free loopback port, signs up a few recruiters,
 * then keeps SOAK_CONNECTIONS (32) clients busy for SOAK_SECONDS (300) with a weighted mix of
 * what a frontend does: reads and searches, creates, edits and deletes, CV uploads, sign-ins,
 * whole interviews (ticket, redeem, start, answer, finish, report), and requests that must be
 * refused (an unknown id, an invalid body, a bad token). Only loopback traffic; it stops by
 * itself, and stops the server, at the end or on Ctrl-C.
 *
 * It prints the answers by status and code, p50/p99 latency and the server's resident memory
 * (RSS) for every SOAK_WINDOW_SECONDS (30) window, and exits non-zero when any answer was not
 * what its request expects (a 5xx, a dropped connection, a 4xx where none belongs) or when the
 * server's memory grew: the last window's RSS more than 25% and 32 MB over the second window's.
 */
import { report } from "./soak/report.ts";
import { startServer } from "./soak/server.ts";
import { soakTraffic } from "./soak/traffic.ts";

const SECONDS = Number(Deno.env.get("SOAK_SECONDS") ?? 300);
const CONNECTIONS = Number(Deno.env.get("SOAK_CONNECTIONS") ?? 32);
const WINDOW_SECONDS = Number(Deno.env.get("SOAK_WINDOW_SECONDS") ?? 30);
const RECRUITERS = 8;
const databaseUrl = Deno.env.get("SUPABASE_DB_URL") ?? Deno.env.get("DATABASE_URL");
if (!databaseUrl) {
  console.error("Run it with `npm run soak` (scripts/with-database.mjs gives it a database).");
  Deno.exit(2);
}
for (
  const [name, value] of [["SOAK_SECONDS", SECONDS], ["SOAK_CONNECTIONS", CONNECTIONS], [
    "SOAK_WINDOW_SECONDS",
    WINDOW_SECONDS,
  ]] as const
) {
  if (!Number.isFinite(value) || value < 1 || value > 86_400) {
    console.error(`${name} must be a number from 1 to 86400`);
    Deno.exit(2);
  }
}

let stopping = false;
Deno.addSignalListener("SIGINT", () => {
  stopping = true;
});
const server = await startServer(databaseUrl);
// Bounded whatever happens: the run, setting up and reporting, and a minute to spare.
const hardStop = setTimeout(async () => {
  console.error("soak: still running long after its end; stopping.");
  await server.stop();
  Deno.exit(3);
}, (SECONDS + 120) * 1000);
Deno.unrefTimer(hardStop);

const started = performance.now();
const { samples, signUp, chooseOperation } = soakTraffic(server.base, started);

// The run --------------------------------------------------------------------------------------

console.log(
  `soak: ${SECONDS} s, ${CONNECTIONS} connections, against ${server.base} (server PID ${server.pid})`,
);
const recruiters = await Promise.all(Array.from({ length: RECRUITERS }, (_, n) => signUp(n)));
samples.length = 0;
const runStart = performance.now() - started;
const end = runStart + SECONDS * 1000;

const rss: { at: number; bytes: number }[] = [];
const sampler = setInterval(
  () => rss.push({ at: performance.now() - started, bytes: server.rssBytes() }),
  1000,
);

await Promise.all(Array.from({ length: CONNECTIONS }, async (_, n) => {
  const recruiter = recruiters[n % recruiters.length];
  while (!stopping && !server.exited() && performance.now() - started < end) {
    await chooseOperation()(recruiter);
  }
}));
clearInterval(sampler);
const interrupted = stopping;
await server.stop();
clearTimeout(hardStop);

const problems = report({
  samples,
  rss,
  runStart,
  end,
  windowSeconds: WINDOW_SECONDS,
  interrupted,
  serverExited: server.exited(),
  serverOutput: server.output(),
});
console.log(problems.length ? `\nsoak: FAILED: ${problems.join("; ")}` : "\nsoak: ok");
Deno.exit(problems.length ? 1 : 0);
