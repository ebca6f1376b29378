/**
 * The local stack's function server: every edge function at
 * http://localhost:54321/functions/v1/<name>/..., as `supabase functions serve` serves them.
 * Started by `npm run dev` (scripts/with-database.mjs prepares the database first).
 *
 * PORT (default 54321; 0 picks a free one) and HOST (default 127.0.0.1) choose where it listens.
 * Ctrl-C or SIGTERM stops it cleanly (requests in flight finish, the pool closes) with exit code
 * 0; so does the end of the process that started it, so a killed `npm run dev` leaves no server.
 */
import { type Config, config, ConfigError } from "../shared/config.ts";
import { closeDatabase } from "../shared/db/client.ts";
import { closePasswordWorkers } from "../shared/auth/password.ts";
import { functionsUrl } from "../shared/http/functions_url.ts";
import { functions, gateway } from "../local/gateway.ts";
import { startRetentionScheduler } from "../shared/rights/retention.ts";

const port = Number(Deno.env.get("PORT") ?? 54321);
const hostname = Deno.env.get("HOST") ?? "127.0.0.1";

let settings: Config;
try {
  settings = config();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  Deno.exit(1);
}

const server = await listen();

// The retention purge, daily: hosted, pg_cron runs it; here nothing would (see
// shared/rights/retention.ts).
const stopRetention = startRetentionScheduler();

const base = functionsUrl(`http://localhost:${server.addr.port}`);
const dbUrl = new URL(settings.databaseUrl);
dbUrl.password = "";
const secret = settings.jwt.secret
  ? "SUPABASE_JWT_SECRET"
  : `generated on first use, kept in ${settings.localDataDir}/jwt-secret`;
console.log(`
  Interview platform: local stack is running

  Functions    ${Object.keys(functions).map((name) => `${base}/${name}`).join("\n               ")}
  API docs     ${base}/docs
  OpenAPI      ${base}/docs/openapi.json
  Database     ${dbUrl.href}
  Identity     ${
  settings.authBackend === "builtin"
    ? `built-in store (auth.users in the database above); signing secret ${secret}`
    : `Supabase Auth at ${settings.supabase?.url}`
}

  Retention    daily: candidates inactive ${settings.retention.candidateDays} days erased, AI records older than ${settings.retention.aiLogDays} days removed

  Ctrl-C stops everything.
`);

/**
 * Listens on the port. One a stopping earlier run still holds is retried for a few seconds;
 * one taken by something else ends the run with a message that says so.
 */
async function listen(): Promise<Deno.HttpServer<Deno.NetAddr>> {
  for (let attempt = 1;; attempt++) {
    try {
      return Deno.serve({ port, hostname, onListen: () => {} }, gateway);
    } catch (error) {
      if (!(error instanceof Deno.errors.AddrInUse)) throw error;
      if (attempt >= 20) {
        console.error(
          `Port ${port} on ${hostname} is in use by another program. Stop it, or choose another ` +
            `port: PORT=<port> npm run dev.`,
        );
        await closeDatabase();
        Deno.exit(1);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

let stopping: Promise<void> | undefined;
function shutdown(): Promise<void> {
  stopping ??= (async () => {
    // A request that never ends must not keep the stack from stopping.
    Deno.unrefTimer(setTimeout(() => Deno.exit(0), 5_000));
    await server.shutdown();
    stopRetention();
    closePasswordWorkers();
    await closeDatabase();
    Deno.exit(0);
  })();
  return stopping;
}
Deno.addSignalListener("SIGINT", shutdown);
if (Deno.build.os !== "windows") {
  Deno.addSignalListener("SIGTERM", shutdown);
  // Orphaned (the process that started this was killed): stop rather than hold the port.
  const parent = Deno.ppid;
  const watch = setInterval(() => Deno.ppid !== parent && shutdown(), 500);
  Deno.unrefTimer(watch);
}
