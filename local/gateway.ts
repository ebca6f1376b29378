/**
 * What Supabase's edge gateway does for the local stack: every function's app under
 * `/functions/v1/<name>/...`, exactly the URLs a hosted project serves, with the function name
 * kept as the first path segment (as the edge runtime passes it to the function).
 *
 * Imported by the local stack (scripts/serve.ts), the tests and the benchmarks; it imports the
 * functions' apps, never the reverse.
 */
import { app as auth } from "../supabase/functions/auth/app.ts";
import { app as candidates } from "../supabase/functions/candidates/app.ts";
import { app as cvs } from "../supabase/functions/cvs/app.ts";
import { app as docs } from "../supabase/functions/docs/app.ts";
import { app as health } from "../supabase/functions/health/app.ts";
import { app as interviews } from "../supabase/functions/interviews/app.ts";
import { app as jobs } from "../supabase/functions/jobs/app.ts";
import { app as reports } from "../supabase/functions/reports/app.ts";
import { app as tickets } from "../supabase/functions/tickets/app.ts";
import { withoutFunctionsPrefix } from "../shared/http/functions_url.ts";
import { GATEWAY_CLIENT_ADDRESS, type GatewayEnv } from "../shared/http/request_meta.ts";

type FetchApp = {
  fetch: (request: Request, env?: GatewayEnv) => Response | Promise<Response>;
};

/** Every edge function, by the name Supabase serves it under. */
export const functions: Record<string, FetchApp> = {
  auth,
  candidates,
  cvs,
  docs,
  health,
  interviews,
  jobs,
  reports,
  tickets,
};

/** A function's name and the rest of its path, once the functions' prefix is dropped. */
const FUNCTION_PATH = /^\/([A-Za-z0-9_-]+)(\/.*)?$/;

export interface GatewayInfo {
  remoteAddr: { hostname: string };
}

/**
 * Routes a request to its function, or answers 404 in the error envelope. The request goes on
 * as it came: each app serves `/functions/v1/<name>/...` as `/<name>/...` (shared/http/app.ts,
 * as the edge runtime passes it), and the client's address as the gateway saw it goes in the
 * app's env, replacing whatever address headers the client sent (shared/http/request_meta.ts).
 * Copying the request to rewrite its URL and headers cost more than a light route itself.
 */
export function gateway(request: Request, info?: GatewayInfo): Response | Promise<Response> {
  const path = pathOf(request.url);
  const match = withoutFunctionsPrefix(path)?.match(FUNCTION_PATH);
  const app = match ? functions[match[1]] : undefined;
  if (!app) return notFound(path);
  const env: GatewayEnv = { [GATEWAY_CLIENT_ADDRESS]: info?.remoteAddr.hostname ?? null };
  return app.fetch(request, env);
}

/** The path of an absolute URL, as sent (still percent-encoded), without query or fragment. */
function pathOf(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  if (start < 0) return "/";
  const query = url.indexOf("?", start);
  const hash = url.indexOf("#", start);
  const end = Math.min(query < 0 ? url.length : query, hash < 0 ? url.length : hash);
  return url.slice(start, end);
}

function notFound(path: string): Response {
  return Response.json(
    {
      success: false,
      error: { code: "FUNCTION_NOT_FOUND", message: `No function serves ${path}.` },
      request_id: crypto.randomUUID(),
    },
    { status: 404, headers: { "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" } },
  );
}
