// Cold starts: every function's index.ts, and the bare hello-world, started through
// bench/entry.ts, from spawn to the first answer (median of several starts); and the module
// graph each loads: `deno info` (the project's own modules, npm packages) and `deno bundle`
// (every module, npm packages included, as one file: what a deploy ships).

import { spawn, spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { join } from "node:path";
import {
  deno,
  root,
  run,
  say,
  scratch,
  serverEnv,
  stop,
  track,
  waitForAnswer,
} from "./harness.mjs";
import { freePort } from "../scripts/free-port.mjs";
import { kb, median, round2 } from "./statistics.mjs";

export const COLD_STARTS = 5;
export const FUNCTIONS = [
  "auth",
  "candidates",
  "cvs",
  "docs",
  "health",
  "interviews",
  "jobs",
  "reports",
  "tickets",
];
/** The request each function answers first when started cold: its cheapest route. */
const FIRST_REQUEST = { auth: "/auth/me", docs: "/docs", health: "/health" };

async function coldStartOnce(entry, path) {
  const port = await freePort();
  const started = performance.now();
  const child = track(spawn(deno, ["run", "--allow-all", "bench/entry.ts", entry], {
    cwd: root,
    env: { ...serverEnv, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  }));
  try {
    const status = await waitForAnswer(`http://127.0.0.1:${port}${path}`, child, 30_000);
    return { ms: performance.now() - started, status };
  } finally {
    await stop(child);
  }
}

const graphs = new Map();

/** An entry's module graph (computed once per run: the budgets read it too). */
export function moduleGraph(entry) {
  if (!graphs.has(entry)) graphs.set(entry, computeGraph(entry));
  return graphs.get(entry);
}

function computeGraph(entry) {
  const info = JSON.parse(run(deno, ["info", "--json", entry], { env: serverEnv }));
  const local = info.modules.filter((module) => module.kind === "esm");
  const graph = {
    local_modules: local.length,
    local_bytes: local.reduce((sum, module) => sum + (module.size ?? 0), 0),
    npm_packages: Object.keys(info.npmPackages ?? {}).length,
  };
  // Everything the entry loads, npm packages included, as one file: what a deploy ships.
  try {
    const out = join(scratch, "bundle.js");
    const result = spawnSync(
      deno,
      ["bundle", "--platform=deno", "-o", out, entry],
      { cwd: root, env: serverEnv, encoding: "utf8" },
    );
    if (result.status !== 0) throw new Error(result.stderr);
    const modules = /Bundled (\d+) modules/.exec(result.stderr + result.stdout);
    graph.bundle_modules = modules ? Number(modules[1]) : null;
    graph.bundle_bytes = statSync(out).size;
  } catch (error) {
    say(`    (no bundle for ${entry}: ${String(error.message).split("\n")[0]})`);
    graph.bundle_modules = null;
    graph.bundle_bytes = null;
  }
  return graph;
}

export async function coldStarts() {
  const targets = [
    { name: "hello-world (baseline)", entry: "bench/servers/hello.ts", path: "/" },
    ...FUNCTIONS.map((name) => ({
      name,
      entry: `supabase/functions/${name}/index.ts`,
      path: FIRST_REQUEST[name] ?? `/${name}`,
    })),
  ];
  // One start of each first, unmeasured: Deno's caches (npm resolution, transpiled modules,
  // V8 code cache) filled, as on any machine that has run the function before.
  for (const target of targets) await coldStartOnce(target.entry, target.path);
  const times = new Map(targets.map((target) => [target.name, []]));
  const statuses = new Map();
  // Rounds over all targets, so a slow moment elsewhere spreads over all of them.
  for (let round = 0; round < COLD_STARTS; round++) {
    for (const target of targets) {
      const { ms, status } = await coldStartOnce(target.entry, target.path);
      times.get(target.name).push(ms);
      statuses.set(target.name, status);
    }
  }
  const baseline = median(times.get(targets[0].name));
  return targets.map((target) => {
    const ms = median(times.get(target.name));
    const graph = moduleGraph(target.entry);
    const row = {
      name: target.name,
      first_request: `GET ${target.path}`,
      status: statuses.get(target.name),
      ms: Math.round(ms),
      runs: times.get(target.name).map(Math.round),
      ratio: round2(ms / baseline),
      ...graph,
    };
    say(
      `  ${target.name.padEnd(24)} ${String(row.ms).padStart(5)} ms  ratio ${row.ratio}  ` +
        `(${row.bundle_modules ?? "?"} modules, ${kb(row.bundle_bytes)})`,
    );
    return row;
  });
}
