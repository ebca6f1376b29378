/**
 * The local stack's function server: every edge function at
 * http://localhost:54321/functions/v1/<name>/..., as `supabase functions serve` serves them.
 * Started by `npm run dev` (scripts/with-database.mjs prepares the database first).
 */
import { config } from "../shared/config.ts";
import { closeDatabase } from "../shared/db/client.ts";
import { closePasswordWorkers } from "../shared/auth/password.ts";
import { functions, gateway } from "../local/gateway.ts";

const port = Number(Deno.env.get("PORT") ?? 54321);
const hostname = Deno.env.get("HOST") ?? "127.0.0.1";
const settings = config();

const server = Deno.serve({ port, hostname, onListen: () => {} }, gateway);

const base = `http://localhost:${port}/functions/v1`;
const dbUrl = new URL(settings.databaseUrl);
dbUrl.password = dbUrl.password ? "***" : "";
console.log(`
  Interview platform: local stack is running

  Functions    ${Object.keys(functions).map((name) => `${base}/${name}`).join("\n               ")}
  API docs     ${base}/docs
  OpenAPI      ${base}/docs/openapi.json
  Database     ${dbUrl.href}
  Identity     ${
  settings.authBackend === "builtin"
    ? "built-in store (auth.users in the database above)"
    : "Supabase Auth"
}

  Ctrl-C stops everything.
`);

async function shutdown() {
  await server.shutdown();
  closePasswordWorkers();
  await closeDatabase();
  Deno.exit(0);
}
Deno.addSignalListener("SIGINT", shutdown);
Deno.addSignalListener("SIGTERM", shutdown);
