/** The health function over HTTP. */
import { assert, assertEquals } from "./helpers/assert.ts";
import { startStack, test } from "./helpers/stack.ts";
import { client } from "./helpers/http.ts";

const stack = await startStack();
const call = client(stack.url);

test("GET /health answers status, version and uptime", async () => {
  const response = await call("/health");
  assertEquals(response.status, 200);
  assertEquals(response.body.success, true);
  assertEquals(response.body.data.status, "ok");
  assertEquals(response.body.data.version, "0.1.0");
  assert(response.body.data.uptime_seconds >= 0);
});

test("GET /health/db makes a round trip and reports its latency", async () => {
  const response = await call("/health/db");
  assertEquals(response.status, 200);
  assertEquals(response.body.data.database, "reachable");
  assert(response.body.data.latency_ms > 0);
  assert(Number.parseInt(response.body.data.server_version) >= 15);
});

test("an unknown function and an unknown route answer 404 in the envelope", async () => {
  const noFunction = await call("/nope");
  assertEquals(noFunction.status, 404);
  assertEquals(noFunction.body.error.code, "FUNCTION_NOT_FOUND");
  const noRoute = await call("/health/nope");
  assertEquals(noRoute.status, 404);
  assertEquals(noRoute.body.success, false);
  assertEquals(noRoute.body.error.code, "NOT_FOUND");
  assertEquals(noRoute.headers.get("x-request-id"), noRoute.body.request_id);
});
