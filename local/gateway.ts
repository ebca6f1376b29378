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

type FetchApp = { fetch: (request: Request) => Response | Promise<Response> };

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

const FUNCTION_PATH = /^\/functions\/v1\/([A-Za-z0-9_-]+)(\/.*)?$/;

export interface GatewayInfo {
  remoteAddr: { hostname: string };
}

/** Routes a request to its function, or answers 404 in the error envelope. */
export function gateway(request: Request, info?: GatewayInfo): Response | Promise<Response> {
  const url = new URL(request.url);
  const match = url.pathname.match(FUNCTION_PATH);
  const app = match ? functions[match[1]] : undefined;
  if (!match || !app) return notFound(url.pathname);
  url.pathname = `/${match[1]}${match[2] ?? ""}`;
  const forwarded = new Request(url, request);
  // The client's address as the gateway saw it; whatever the client claimed is replaced.
  forwarded.headers.delete("cf-connecting-ip");
  forwarded.headers.delete("x-real-ip");
  if (info) forwarded.headers.set("x-forwarded-for", info.remoteAddr.hostname);
  else forwarded.headers.delete("x-forwarded-for");
  return app.fetch(forwarded);
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
