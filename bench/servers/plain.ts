/**
 * Baseline for the reads under row-level security: `GET /auth/me` and `GET /jobs/:id` served
 * exactly as the stack serves them (the same gateway, app factory, route contracts, token check
 * and envelope), except that each read is ONE plain query on the same postgres.js pool
 * (shared/db/client.ts, same DB_POOL_MAX), with the owner as a WHERE clause: no per-user
 * transaction (no BEGIN, session check, role, claims or COMMIT). The stack's rate divided by
 * this one is the cost of that transaction alone.
 *
 *   PORT=8123 deno run --allow-all bench/entry.ts bench/servers/plain.ts
 */
import { requireRecruiter } from "../../shared/auth/middleware.ts";
import * as authRoutes from "../../shared/contracts/auth.ts";
import * as jobRoutes from "../../shared/contracts/jobs.ts";
import { database } from "../../shared/db/client.ts";
import { jobDescriptions } from "../../shared/db/tables.ts";
import { createApp, createRouter } from "../../shared/http/app.ts";
import { envelope } from "../../shared/http/envelope.ts";
import { NotFoundError } from "../../shared/http/errors.ts";
import type { JobDescription } from "../../shared/schemas/job_description.ts";
import type { User } from "../../shared/schemas/user.ts";
import { functions, gateway } from "../../local/gateway.ts";

const authRouter = createRouter();
authRouter.use("/me", requireRecruiter);
authRouter.openapi(authRoutes.me, async (c) => {
  const [user] = await database()<User[]>`
    select id, email, full_name, company_name, created_at
    from public.users
    where id = ${c.get("principal").claims.sub}`;
  if (!user) throw new NotFoundError("This account has no profile.", "PROFILE_NOT_FOUND");
  return c.json(envelope(user), 200);
});
const auth = createApp("/auth");
auth.route("/", authRouter);

const jobsRouter = createRouter();
jobsRouter.use("*", requireRecruiter);
jobsRouter.openapi(jobRoutes.get, async (c) => {
  const sql = database();
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
