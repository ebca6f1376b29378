/**
 * Baseline for the reads under row-level security: `GET /auth/me` and `GET /jobs/:id` served
 * exactly as the stack serves them (the same gateway, app factory, route contracts, token check
 * and envelope), except that each read is ONE plain query, with the owner as a WHERE clause: no
 * per-user transaction (no caller setup, session check, role, claims or row-level security).
 *
 * Two ways, chosen by PLAIN_PREPARE:
 * - `false` (the default): the stack's own pool (shared/db/client.ts: `prepare: false`, what
 *   Supabase's transaction pooler allows). postgres.js sends the tagged template as an unnamed
 *   statement with parameters: parsed and planned on every call.
 * - `true`: a pool like it, but with postgres.js's default prepared statements: parsed once per
 *   connection and their plans kept. The fastest this read can be; a session pooler or a direct
 *   connection allows it, Supabase's transaction pooler does not.
 * The stack's rate divided by these is the cost of the per-user transaction and row-level
 * security, over the read as the platform lets it be done (unprepared) and at its limit.
 *
 *   PLAIN_PREPARE=true PORT=8123 deno run --allow-all bench/entry.ts bench/servers/plain.ts
 */
import * as authRoutes from "../../shared/contracts/auth.ts";
import * as jobRoutes from "../../shared/contracts/jobs.ts";
import { database, openPool } from "../../shared/db/client.ts";
import { jobDescriptions } from "../../shared/db/tables.ts";
import { createApp, createRouter } from "../../shared/http/app.ts";
import { envelope } from "../../shared/http/envelope.ts";
import { NotFoundError } from "../../shared/http/errors.ts";
import type { JobDescription } from "../../shared/schemas/job_description.ts";
import type { User } from "../../shared/schemas/user.ts";
import { functions, gateway } from "../../local/gateway.ts";

const prepared = Deno.env.get("PLAIN_PREPARE") === "true";
const pool = prepared ? openPool({ prepare: true }) : database();

const authRouter = createRouter();
authRouter.openapi(authRoutes.me, async (c) => {
  const [user] = await pool<User[]>`
    select id, email, full_name, company_name, created_at
    from public.users
    where id = ${c.get("principal").claims.sub}`;
  if (!user) throw new NotFoundError("This account has no profile.", "PROFILE_NOT_FOUND");
  return c.json(envelope(user), 200);
});
const auth = createApp("/auth");
auth.route("/", authRouter);

const jobsRouter = createRouter();
jobsRouter.openapi(jobRoutes.get, async (c) => {
  const sql = pool;
  const [job] = await sql<JobDescription[]>`
    select ${sql(jobDescriptions.columns as string[])} from ${sql(jobDescriptions.name)}
    where id = ${c.req.valid("param").id} and owner_id = ${c.get("principal").claims.sub}`;
  if (!job) throw new NotFoundError("Job description not found.");
  return c.json(envelope(job), 200);
});
const jobs = createApp("/jobs");
jobs.route("/", jobsRouter);

functions.auth = auth;
functions.jobs = jobs;

Deno.serve(gateway);
