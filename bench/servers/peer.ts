/**
 * Baseline: `GET /health` built the usual way, as a peer to compare the stack with. A plain Hono
 * app with Hono's own middleware for what every answer of the stack also does (a request id,
 * CORS, security headers, a body limit), answering the same JSON at the same path; no gateway,
 * no route contracts, no envelope helpers. bench/entry.ts chooses its port.
 *
 *   PORT=8123 deno run --allow-all bench/entry.ts bench/servers/peer.ts
 */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";

const startedAt = performance.now();
const app = new Hono().basePath("/functions/v1/health");
app.use(requestId(), cors(), secureHeaders(), bodyLimit({ maxSize: 1024 * 1024 }));
app.get("/", (c) =>
  c.json({
    success: true,
    data: {
      status: "ok",
      version: "0.1.0",
      uptime_seconds: Math.round((performance.now() - startedAt) / 100) / 10,
      timestamp: new Date().toISOString(),
    },
  }));

Deno.serve(app.fetch);
