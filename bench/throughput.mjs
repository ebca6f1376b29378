// Rates and latencies under load: each route beside its anchors in the same run (alternating
// rounds, best round of each kept), GET /jobs pages, and logins against bcrypt's own rate with
// GET /health probed at a fixed rate beside them.

import { fixedRate } from "./fixed-rate.mjs";
import { deno, runAsync, say, serverEnv, settle } from "./harness.mjs";
import { best, round2 } from "./statistics.mjs";
import { load, show } from "./wrk.mjs";

export const CONNECTIONS = 32;
export const ROUNDS = 3;
export const LOGIN_ROUNDS = 2;
export const WARMUP_SECONDS = 2;
/** The probe's rate beside the logins: a user or a health check, not a load. */
export const PROBE_RATE = 100;

/**
 * Measures several runs (a route and its anchors) in rounds: each run once per round, in turn,
 * after a warm-up of each; the best round of each is kept, so a burst of noise from elsewhere
 * on a shared machine hurts none of them more than the others. Between runs the servers are
 * left to finish their work. `runs` maps a key to a load spec; answers the same keys.
 */
export async function compare(runs, { seconds, postmaster }) {
  const specs = Object.entries(runs).map(([key, spec]) => [key, {
    connections: CONNECTIONS,
    postmaster,
    ...spec,
  }]);
  for (const [, spec] of specs) {
    await load({ ...spec, label: `${spec.label} (warm-up)`, duration: WARMUP_SECONDS });
    await settle(spec.server, postmaster);
  }
  const rounds = Object.fromEntries(specs.map(([key]) => [key, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [key, spec] of specs) {
      rounds[key].push(await load({ ...spec, duration: seconds }));
      await settle(spec.server, postmaster);
    }
  }
  const result = {};
  for (const [key, spec] of specs) {
    result[key] = { ...best(rounds[key]), rounds: rounds[key].map((r) => r.rps) };
    say(`  ${spec.label.padEnd(34)} ${show(result[key])}`);
  }
  return result;
}

/** `subject`'s rate over each anchor's, e.g. { hello: 0.37, peer: 2.1 }. */
export function ratios(result, subject, anchors) {
  return Object.fromEntries(
    anchors.map((anchor) => [anchor, round2(result[subject].rps / result[anchor].rps)]),
  );
}

/** GET /jobs: pages 1 and 50 of the 100 recruiters' lists, and page 1 of the large tenant's. */
export async function pages(stack, requests, tenant, { seconds, postmaster }) {
  const base = { url: stack.base, server: stack.pid };
  const result = await compare({
    page1: { ...base, label: "GET /jobs?page=1", requests: requests.list(1) },
    page50: { ...base, label: "GET /jobs?page=50", requests: requests.list(50) },
    tenant: {
      ...base,
      label: "GET /jobs?page=1, large tenant",
      requests: requests.list(1, [tenant]),
    },
  }, { seconds, postmaster });
  result.latency_ratio = round2(result.page50.latency.mean / result.page1.latency.mean);
  result.tenant_latency_ratio = round2(result.tenant.latency.mean / result.page1.latency.mean);
  say(
    `  mean latency: page 50 / page 1 ${result.latency_ratio}, ` +
      `large tenant / page 1 ${result.tenant_latency_ratio}`,
  );
  return result;
}

/**
 * bcrypt's own rate through the store's worker pool (bench/servers/bcrypt.ts), then logins at
 * 32 connections with GET /health probed at a fixed rate beside them, in alternating rounds;
 * the best round of each is kept, with the probe's figures of the login round kept.
 */
export async function logins(stack, loginRequests, { seconds, postmaster }) {
  const spec = {
    label: "POST /auth/login",
    url: stack.base,
    server: stack.pid,
    postmaster,
    connections: CONNECTIONS,
    requests: loginRequests,
  };
  await load({ ...spec, label: "logins (warm-up)", duration: WARMUP_SECONDS });
  await settle(stack.pid, postmaster);
  const bcrypts = [];
  const rounds = [];
  for (let round = 0; round < LOGIN_ROUNDS; round++) {
    const out = await runAsync(
      deno,
      ["run", "--allow-all", "bench/servers/bcrypt.ts", "rate", String(seconds), "32"],
      serverEnv,
    );
    bcrypts.push(JSON.parse(out.trim().split("\n").pop()));
    const [login, health] = await Promise.all([
      load({ ...spec, duration: seconds }),
      fixedRate({ url: `${stack.base}/functions/v1/health`, rate: PROBE_RATE, seconds }),
    ]);
    rounds.push({ login, health });
    await settle(stack.pid, postmaster);
  }
  const bcrypt = bcrypts.reduce((a, b) => (b.rate > a.rate ? b : a));
  const kept = rounds.reduce((a, b) => (b.login.rps > a.login.rps ? b : a));
  const result = {
    bcrypt: { ...bcrypt, rounds: bcrypts.map((b) => b.rate) },
    subject: { ...kept.login, rounds: rounds.map((r) => r.login.rps) },
    health: { ...kept.health, rounds_p99: rounds.map((r) => r.health.latency.p99) },
    ratio: round2(kept.login.rps / bcrypt.rate),
  };
  say(`  bcrypt cost 10, ${bcrypt.workers} workers           ${bcrypt.rate} compares/s`);
  say(`  ${"POST /auth/login".padEnd(34)} ${show(kept.login)}   ratio ${result.ratio}`);
  say(
    `  GET /health at ${PROBE_RATE}/s meanwhile       p50 ${kept.health.latency.p50} ms  ` +
      `p99 ${kept.health.latency.p99} ms  (${kept.health.failures} failed; sent late by p50 ` +
      `${kept.health.sent_late.p50} ms, p99 ${kept.health.sent_late.p99} ms)`,
  );
  return result;
}
