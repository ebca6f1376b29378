// The benchmark's data: 100 recruiters with 1,000 job descriptions and 1,000 candidates each
// (bench/seed.sql: real bcrypt hashes, loaded in seconds), one more recruiter who owns 100,000
// job descriptions (bench/seed-large-tenant.sql), their sessions (signed in through the API),
// the requests each route is driven with, and the query plans of GET /jobs.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deno, root, run, say, serverEnv } from "./harness.mjs";
import { round2 } from "./statistics.mjs";

export const RECRUITERS = 100;
export const PASSWORD = "bench password 2026";
/** A recruiter who owns 100,000 job descriptions (bench/seed-large-tenant.sql). */
export const LARGE_TENANT = "tenant@large.bench.example";

export async function seed(db) {
  const [{ present }] = (await db.query(
    "select count(*)::int as present from auth.users where email like '%@bench.example'",
  )).rows;
  if (present === 0) {
    const started = performance.now();
    const hash = run(deno, ["run", "--allow-all", "bench/servers/bcrypt.ts", "hash", PASSWORD], {
      env: serverEnv,
    }).trim();
    await db.query("select set_config('bench.password_hash', $1, false)", [hash]);
    await db.query(readFileSync(join(root, "bench/seed.sql"), "utf8"));
    await db.query(
      "vacuum analyze auth.users, public.users, public.job_descriptions, public.candidates",
    );
    say(`  loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } else {
    say("  the benchmark's rows are there already: reused");
  }
  const [{ tenant }] = (await db.query(
    `select count(*)::int as tenant from auth.users where email = '${LARGE_TENANT}'`,
  )).rows;
  if (tenant === 0) {
    const started = performance.now();
    await db.query(readFileSync(join(root, "bench/seed-large-tenant.sql"), "utf8"));
    await db.query("vacuum analyze auth.users, public.users, public.job_descriptions");
    say(`  large tenant loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const { rows: [counts] } = await db.query(`
    select (select count(*)::int from public.users where email like '%@bench.example') as recruiters,
           (select count(*)::int from public.job_descriptions j join public.users u
              on u.id = j.owner_id where u.email like '%@bench.example') as job_descriptions,
           (select count(*)::int from public.job_descriptions j join public.users u
              on u.id = j.owner_id where u.email = '${LARGE_TENANT}') as large_tenant_jobs,
           (select count(*)::int from public.candidates) as candidates`);
  say(
    `  ${counts.recruiters} recruiters, ${counts.job_descriptions} job descriptions, ` +
      `${counts.candidates} candidates; a large tenant with ${counts.large_tenant_jobs} ` +
      "job descriptions",
  );
  return counts;
}

/** Signs recruiters in through the API (which also proves the seeded hashes work). */
export async function signIn(base, emails) {
  const sessions = [];
  for (let i = 0; i < emails.length; i += 8) {
    sessions.push(
      ...await Promise.all(
        emails.slice(i, i + 8).map(async (email) => {
          const response = await fetch(`${base}/functions/v1/auth/login`, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ email, password: PASSWORD }),
          });
          const body = await response.json();
          if (response.status !== 200) throw new Error(`login ${email}: ${JSON.stringify(body)}`);
          return { email, userId: body.data.user.id, token: body.data.access_token };
        }),
      ),
    );
  }
  return sessions;
}

/**
 * The plans of GET /jobs (page 1 and page 50) as the stack runs them: as `authenticated` with
 * the caller's claims, so row-level security is in the plan.
 */
export async function explainJobs(db, userId) {
  const plans = {};
  for (const page of [1, 50]) {
    const client = await db.connect();
    try {
      await client.query("begin");
      await client.query(
        "select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)",
        [JSON.stringify({ sub: userId, role: "authenticated" })],
      );
      const explain = async (sql) => {
        const { rows } = await client.query(`explain (analyze, buffers, format json) ${sql}`);
        const [plan] = rows[0]["QUERY PLAN"];
        const nodes = [];
        const walk = (node) => {
          nodes.push(node["Node Type"] + (node["Index Name"] ? ` ${node["Index Name"]}` : ""));
          for (const child of node.Plans ?? []) walk(child);
        };
        walk(plan.Plan);
        return {
          execution_ms: round2(plan["Execution Time"]),
          planning_ms: round2(plan["Planning Time"]),
          plan: nodes.join(" > "),
        };
      };
      plans[`page ${page}`] = {
        page: await explain(listSql(page)),
        total: await explain(
          "select coalesce(sum(row_count), 0)::int as total from private.owned_row_counts " +
            "where table_name = 'job_descriptions'",
        ),
      };
      await client.query("rollback");
    } finally {
      client.release();
    }
  }
  return plans;
}

/** The page query of GET /jobs as shared/db/owned_table.ts listRows writes it, unfiltered. */
function listSql(page) {
  const columns = "id, title, description, department, location, employment_type, seniority, " +
    "requirements, skills, status, interview_settings, created_at, updated_at";
  return `select ${columns} from job_descriptions where true and (created_at, id) <= (` +
    "select created_at, id from job_descriptions where true order by created_at desc, id desc " +
    `offset ${(page - 1) * 20} limit 1) order by created_at desc, id desc limit 20`;
}

/** The bench recruiters' sessions, a large tenant's, and the requests each route is driven with. */
export async function sessionsAndRequests(db, stackBase) {
  const sessions = await signIn(
    stackBase,
    Array.from(
      { length: RECRUITERS },
      (_, i) => `recruiter${String(i + 1).padStart(3, "0")}@bench.example`,
    ),
  );
  const [tenant] = await signIn(stackBase, [LARGE_TENANT]);
  const { rows: jobs } = await db.query(`
    select owner_id, id from (
      select j.owner_id, j.id,
        row_number() over (partition by j.owner_id order by md5(j.id::text)) as n
      from public.job_descriptions j join public.users u on u.id = j.owner_id
      where u.email like '%@bench.example'
    ) as ranked where n <= 10`);
  const tokenOf = new Map(sessions.map((s) => [s.userId, s.token]));
  const auth = (token) => ({ Authorization: `Bearer ${token}` });
  const list = (page, of = sessions) =>
    of.map((s) => ({
      path: `/functions/v1/jobs?page=${page}&page_size=20`,
      headers: auth(s.token),
    }));
  const requests = {
    me: sessions.map((s) => ({ path: "/functions/v1/auth/me", headers: auth(s.token) })),
    job: jobs.map((job) => ({
      path: `/functions/v1/jobs/${job.id}`,
      headers: auth(tokenOf.get(job.owner_id)),
    })),
    list,
    login: sessions.map((s) => ({
      path: "/functions/v1/auth/login",
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email: s.email, password: PASSWORD }),
    })),
  };
  // GET /health, /auth/me, /jobs/:id and /jobs pages 1-50, in turn: the memory run's load.
  requests.mixed = sessions.flatMap((s, i) => [
    { path: "/functions/v1/health" },
    requests.me[i],
    requests.job[(i * 7) % requests.job.length],
    { path: `/functions/v1/jobs?page=${1 + (i % 50)}&page_size=20`, headers: auth(s.token) },
  ]);
  return { sessions, tenant, requests };
}
