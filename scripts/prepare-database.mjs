// Preparing a PostgreSQL server as a hosted Supabase project is: where the `auth` schema is
// missing, the platform script (supabase/platform/setup.sql) creates what Supabase's platform
// has; then the real supabase CLI pushes supabase/migrations (`supabase db push --remote=<url>`).

import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { constants } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const windows = process.platform === "win32";

/**
 * Creates Supabase's platform objects where they are missing, then pushes the migrations;
 * `signal` aborted stops the supabase CLI and rejects with its reason.
 */
export async function prepareDatabase(url, where = `at ${withoutPassword(url)}`, signal) {
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
    console.error(`Database    PostgreSQL ${server.version.split(" ")[0]} ${where}`);
    if (server.has_auth) {
      console.error("Platform    the auth schema exists: platform script skipped");
    } else {
      await client.query(readFileSync(join(root, "supabase/platform/setup.sql"), "utf8"));
      console.error(
        "Platform    Supabase's roles and auth schema created (supabase/platform/setup.sql)",
      );
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
    signal,
  );
  if (push.code !== 0) {
    throw new Error(`supabase db push failed:\n${redact(push.output, url)}`);
  }
  const applied = push.output.split("\n").filter((line) => /^Applying migration/.test(line));
  const names = applied.map((line) => line.replace(/^Applying migration |\.\.\.$/g, ""));
  console.error(
    names.length
      ? `Migrations  supabase db push applied ${names.join(", ")}`
      : "Migrations  supabase db push: up to date, nothing to apply",
  );
}

/** Runs a command to its end and collects its output; `signal` aborted stops it. */
function run(command, args, env, signal) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
      shell: windows,
    });
    const stop = () => child.kill("SIGTERM");
    signal?.addEventListener("abort", stop, { once: true });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", fail);
    child.on("close", (code, exitSignal) => {
      signal?.removeEventListener("abort", stop);
      if (signal?.aborted) fail(signal.reason);
      else done({ code: code ?? 128 + (constants.signals[exitSignal] ?? 0), output });
    });
  });
}

/** A connection string as shown to people: without its password. */
export function withoutPassword(url) {
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
