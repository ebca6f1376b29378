/** The health function: liveness, and a database round trip with its latency. */
import { config } from "@shared/config.ts";
import * as routes from "@shared/contracts/health.ts";
import { createApp, createRouter } from "@shared/http/app.ts";
import { envelope } from "@shared/http/envelope.ts";
import { ServiceUnavailableError } from "@shared/http/errors.ts";

const startedAt = performance.now();
const router = createRouter();

router.openapi(routes.health, (c) =>
  c.json(
    envelope({
      status: "ok" as const,
      version: config().version,
      uptime_seconds: Math.round((performance.now() - startedAt) / 100) / 10,
      timestamp: new Date().toISOString(),
    }),
    200,
  ));

router.openapi(routes.databaseHealth, async (c) => {
  // The driver is loaded by this route alone: liveness checks (GET /health) never need it.
  const { serverVersion } = await import("@shared/db/client.ts");
  const started = performance.now();
  // A service-level read of nothing: the server's answer, not any row.
  const version = await serverVersion().catch(() => {
    throw new ServiceUnavailableError("The database is unreachable.", "DATABASE_UNAVAILABLE");
  });
  const latency = Math.round((performance.now() - started) * 100) / 100;
  return c.json(
    envelope({
      status: "ok" as const,
      database: "reachable" as const,
      latency_ms: latency,
      server_version: version,
    }),
    200,
  );
});

export const app = createApp("/health");
app.route("/", router);
