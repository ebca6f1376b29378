// What every part of the benchmark runs on: the processes it starts (tracked, and stopped on
// the way out or on Ctrl-C), the environment the servers get, HTTP probes, and waiting for a
// server to finish the work a load left it.

import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { freePort } from "../scripts/free-port.mjs";
import { clusterSeconds, cpuSeconds } from "./statistics.mjs";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const deno = join(
  root,
  "node_modules/.bin",
  process.platform === "win32" ? "deno.cmd" : "deno",
);
export const databaseUrl = process.env.SUPABASE_DB_URL ?? process.env.DATABASE_URL;
export const say = (line) => console.error(line);
/** The run's own folder: load scripts, fixtures, the servers' data. Removed at the end. */
export const scratch = mkdtempSync(join(tmpdir(), "interview-bench-"));

const children = new Set();

export function track(child) {
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

export async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 8_000);
  await exited;
  clearTimeout(timer);
}

export async function stopAll() {
  await Promise.all([...children].map(stop));
}

export function cleanUp() {
  rmSync(scratch, { recursive: true, force: true });
}

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: stopping the benchmark's processes...`);
    await stopAll();
    cleanUp();
    process.exit(130);
  });
}

/** Runs a command to its end; its stdout, or an error with its stderr. */
export function run(command, args, { env = process.env, input } = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    env,
    input,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed:\n${result.stderr || result.stdout}`);
  }
  return result.stdout;
}

/** Same, without blocking the event loop (so samplers and timers keep running). */
export function runAsync(command, args, env = process.env) {
  return new Promise((done, fail) => {
    const child = track(
      spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] }),
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on(
      "exit",
      (code) =>
        code === 0 ? done(out) : fail(new Error(`${command} ${args.join(" ")}: ${err || out}`)),
    );
  });
}

/** One GET; resolves with the status, rejects when nothing answers. */
export function get(url, timeoutMs = 2_000) {
  return new Promise((done, fail) => {
    const req = httpRequest(url, { agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on("end", () => done(res.statusCode));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", fail);
    req.end();
  });
}

export async function waitForAnswer(url, child, timeoutMs = 60_000) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`the server for ${url} exited (${child.exitCode})`);
    }
    try {
      return await get(url, 1_000);
    } catch {
      if (performance.now() > deadline) throw new Error(`nothing answered at ${url}`);
      await sleep(2);
    }
  }
}

// The environment every server gets: the built-in identity store over the bench database, one
// signing secret (so the baselines accept the stack's tokens), and no outside services.
export const serverEnv = {
  ...process.env,
  SUPABASE_DB_URL: databaseUrl,
  DATABASE_URL: databaseUrl,
  AUTH_BACKEND: "builtin",
  SUPABASE_JWT_SECRET: randomBytes(36).toString("base64url"),
  LOCAL_DATA_DIR: join(scratch, "data"),
  CV_STORAGE: "local",
  // Every request comes from 127.0.0.1: a per-address limit would throttle the load generator,
  // not an attacker. (Limits per email stay as configured; the bench logs in correctly.)
  RATE_LIMIT_LOGIN_PER_ADDRESS: "1000000",
  RATE_LIMIT_REGISTER_PER_ADDRESS: "1000000",
  LOG_REQUESTS: "false",
  DENO_NO_PACKAGE_JSON: "1",
  NO_COLOR: "1",
};
for (
  const name of ["SUPABASE_URL", "SUPABASE_ANON_KEY", "SUPABASE_SERVICE_ROLE_KEY", "AI_BASE_URL"]
) {
  delete serverEnv[name];
}

/**
 * The V8 flags `npm run dev` gives the local stack (deno.json's dev task: a young generation of
 * at most 8 MB per semi-space, which keeps the stack's resident size down under load); every
 * server measured for throughput gets the same.
 */
export const STACK_V8_FLAGS =
  JSON.parse(readFileSync(join(root, "deno.json"), "utf8")).tasks.dev.match(/--v8-flags=\S+/g) ??
    [];

/** Starts a Deno server on a free port and waits until `readyPath` answers. */
export async function startServer(
  name,
  args,
  readyPath,
  { env = {}, flags = STACK_V8_FLAGS } = {},
) {
  const port = await freePort();
  const child = track(spawn(deno, ["run", "--allow-all", ...flags, ...args], {
    cwd: root,
    env: { ...serverEnv, ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "ignore", "inherit"],
  }));
  const base = `http://127.0.0.1:${port}`;
  await waitForAnswer(base + readyPath, child);
  say(`  ${name.padEnd(18)} ${base} (PID ${child.pid})`);
  return { name, child, base, pid: child.pid };
}

/** The bench cluster's postmaster PID (from its lock file), so only its processes are counted. */
export async function postmasterOf(db) {
  const { rows: [{ dir }] } = await db.query("select current_setting('data_directory') as dir");
  try {
    return Number(readFileSync(join(dir, "postmaster.pid"), "utf8").split("\n")[0]);
  } catch {
    return null;
  }
}

/**
 * Waits until a server and the database have finished the work a load left them (a load
 * generator stops sending at once, but 32 logins in flight keep bcrypt busy for a second or
 * more), so the next measured run starts on an idle machine: until less than a tenth of a core
 * is used over 200 ms, for at most `seconds`.
 */
export async function settle(serverPid, postmaster, seconds = 5) {
  const used = () => (cpuSeconds(serverPid) ?? 0) + (clusterSeconds(postmaster) ?? 0);
  const deadline = performance.now() + seconds * 1000;
  let before = used();
  while (performance.now() < deadline) {
    await sleep(200);
    const now = used();
    if (now - before < 0.02) return;
    before = now;
  }
}
