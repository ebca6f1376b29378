#!/usr/bin/env node
// A throwaway PostgreSQL server a test can stop and start again, for fault tests: the shared
// test server must never be stopped (every test file runs against it at once).
//
//   node scripts/throwaway-postgres.mjs     (tests/faults_test.ts drives it)
//
// Starts embedded PostgreSQL (scripts/local-postgres.mjs, as the local stack does; as root it
// runs the server as the `postgres` user) in a temporary folder on a free port, prepares it as
// the test server is prepared (scripts/prepare-database.mjs: Supabase's platform script, then
// `supabase db push`), and prints one JSON line: {"event":"ready","url":"postgresql://..."}.
// Then it reads commands, one a line, on stdin, and answers each with a JSON line:
//   stop   -> the server stops (a fast shutdown: sessions are ended, new connections refused)
//   start  -> the server starts again on the same port and data
//   pause  -> every server process is frozen (SIGSTOP): connections hang, nothing answers
//   resume -> they carry on (SIGCONT)
// When stdin ends, or on SIGINT/SIGTERM, or when the process that started it ends, the server
// is stopped and its folder removed.

import { execFileSync } from "node:child_process";
import { createInterface } from "node:readline";
import { freePort } from "./free-port.mjs";
import { localPostgres } from "./local-postgres.mjs";
import { prepareDatabase } from "./prepare-database.mjs";

const emit = (event) => process.stdout.write(JSON.stringify(event) + "\n");
// The test that reads these events is gone: stop everything.
process.stdout.on("error", () => finish(0));

const port = await freePort();
const server = localPostgres({
  port,
  password: "postgres",
  flags: ["-c", "max_connections=100", "-c", "listen_addresses=127.0.0.1"],
});

let finished = false;
async function finish(code) {
  if (finished) return;
  finished = true;
  try {
    resumeAll();
    await server.dispose();
  } finally {
    process.exit(code);
  }
}

/** The server's processes: the postmaster and its children (backends, workers). */
function serverPids() {
  const main = server.process?.pid;
  if (!main) return [];
  try {
    const children = execFileSync("pgrep", ["-P", String(main)], { encoding: "utf8" })
      .split("\n").filter(Boolean).map(Number);
    return [main, ...children];
  } catch {
    return [main];
  }
}

function signalAll(signal) {
  for (const pid of serverPids()) {
    try {
      process.kill(pid, signal);
    } catch {
      // Gone already.
    }
  }
}

let paused = false;
function resumeAll() {
  if (paused) signalAll("SIGCONT");
  paused = false;
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => finish(0));
// Orphaned: the test that started this is gone.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && finish(0), 500).unref();

try {
  await server.initialise();
  await server.start();
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
  // prepareDatabase reports progress on stderr; stdout carries this helper's events only.
  await prepareDatabase(url, `on 127.0.0.1:${port} (fault tests)`);
  emit({ event: "ready", url });
} catch (error) {
  emit({ event: "error", message: String(error?.message ?? error) });
  await finish(1);
}

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  const command = line.trim();
  try {
    if (command === "stop") {
      resumeAll();
      await server.stop();
      emit({ event: "stopped" });
    } else if (command === "start") {
      await server.start();
      emit({ event: "started" });
    } else if (command === "pause") {
      signalAll("SIGSTOP");
      paused = true;
      emit({ event: "paused" });
    } else if (command === "resume") {
      resumeAll();
      emit({ event: "resumed" });
    } else if (command) {
      emit({ event: "error", message: `unknown command ${command}` });
    }
  } catch (error) {
    emit({ event: "error", message: String(error?.message ?? error) });
  }
}
await finish(0);
