/**
 * What every function's app does before and after a handler (shared/http/app.ts): envelopes for
 * every failure, body limits, content types, CORS, request ids and security headers.
 */
import { z } from "zod";
import { createRoute } from "@hono/zod-openapi";
import { assert, assertEquals, assertMatch } from "./helpers/assert.ts";
import { startStack, test } from "./helpers/stack.ts";
import { client } from "./helpers/http.ts";
import { createApp, createRouter } from "../shared/http/app.ts";
import { publicAccess } from "../shared/contracts/responses.ts";

const stack = await startStack();
const call = client(stack.url);

test("malformed JSON is 400 MALFORMED_JSON", async () => {
  const response = await call("/auth/login", {
    body: '{"email": "a@b.co", "password":',
    headers: { "Content-Type": "application/json" },
  });
  assertEquals(response.status, 400);
  assertEquals(response.body.error.code, "MALFORMED_JSON");
  assertEquals(response.body.success, false);
});

test("a body that is not JSON is 415", async () => {
  const response = await call("/auth/login", {
    body: "email=a@b.co&password=x",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
  assertEquals(response.status, 415);
  assertEquals(response.body.error.code, "UNSUPPORTED_MEDIA_TYPE");
});

test("a missing body is refused in the envelope, not a 500", async () => {
  const response = await call("/auth/login", { method: "POST" });
  assert(
    response.status === 400 || response.status === 415 || response.status === 422,
    String(response.status),
  );
  assertEquals(response.body.success, false);
});

test("a JSON body that is not an object is 422 with the body's path", async () => {
  const response = await call("/auth/login", { json: ["a@b.co", "password"] });
  assertEquals(response.status, 422);
  assertEquals(response.body.error.details[0].path, "");
});

test("a body over 1 MB is 413, refused before it is read whole", async () => {
  const big = JSON.stringify({ email: "a@b.co", password: "x".repeat(1024 * 1024) });
  const response = await call("/auth/login", {
    body: big,
    headers: { "Content-Type": "application/json" },
  });
  assertEquals(response.status, 413);
  assertEquals(response.body.error.code, "PAYLOAD_TOO_LARGE");

  // A streamed body with no Content-Length is cut off as soon as it passes the limit.
  let sent = 0;
  const chunk = new Uint8Array(64 * 1024).fill(32);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent > 8 * 1024 * 1024) return controller.close();
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
  const streamed = await fetch(`${stack.url}/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: stream,
  });
  assertEquals(streamed.status, 413);
  assertEquals((await streamed.json()).error.code, "PAYLOAD_TOO_LARGE");
});

test("CORS: preflight allows supabase-js's headers from any origin", async () => {
  const response = await fetch(`${stack.url}/auth/login`, {
    method: "OPTIONS",
    headers: {
      Origin: "http://localhost:3000",
      "Access-Control-Request-Method": "POST",
      "Access-Control-Request-Headers": "authorization, x-client-info, apikey, content-type",
    },
  });
  await response.body?.cancel();
  assert(response.status === 204 || response.status === 200);
  assertEquals(response.headers.get("access-control-allow-origin"), "*");
  const allowed = (response.headers.get("access-control-allow-headers") ?? "").toLowerCase();
  for (const header of ["authorization", "x-client-info", "apikey", "content-type"]) {
    assert(allowed.includes(header), `allows ${header}`);
  }
  const simple = await fetch(`${stack.url}/health`, {
    headers: { Origin: "http://localhost:3000" },
  });
  await simple.body?.cancel();
  assertEquals(simple.headers.get("access-control-allow-origin"), "*");
  assertMatch(simple.headers.get("access-control-expose-headers") ?? "", /X-Request-Id/i);
});

test("every answer carries a request id and security headers; a client's id is kept", async () => {
  const response = await fetch(`${stack.url}/health`, {
    headers: { "X-Request-Id": "client-chosen-id-123" },
  });
  await response.body?.cancel();
  assertEquals(response.headers.get("x-request-id"), "client-chosen-id-123");
  assertEquals(response.headers.get("x-content-type-options"), "nosniff");
  assertEquals(response.headers.get("x-frame-options"), "DENY");
  assertEquals(response.headers.get("cache-control"), "no-store");
  const error = await call("/auth/me");
  assertEquals(error.headers.get("x-request-id"), error.body.request_id);
});

test("a public route ignores a Bearer that is the project's anon key", async () => {
  const anonKey = "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiIsImlzcyI6InN1cGFiYXNlIn0.c2lnbmF0dXJl";
  const response = await call("/health", { token: anonKey });
  assertEquals(response.status, 200);
});

test("an unexpected error is a 500 that leaks nothing and is logged with its request id", async () => {
  const route = createRoute({
    method: "post",
    path: "/explode",
    security: publicAccess,
    request: {
      body: {
        required: true,
        content: { "application/json": { schema: z.object({ n: z.int() }).strict() } },
      },
    },
    responses: { 200: { description: "never" } },
  });
  const router = createRouter();
  router.openapi(route, () => {
    throw new Error("connection string postgres://user:hunter2@db/secret exploded");
  });
  const app = createApp("/boom");
  app.route("/", router);

  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(args.join(" "));
  try {
    const response = await app.request("/boom/explode", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ n: 1 }),
    });
    assertEquals(response.status, 500);
    const body = await response.json();
    assertEquals(body.error, {
      code: "INTERNAL_ERROR",
      message: "Something went wrong on our side.",
    });
    assert(!JSON.stringify(body).includes("hunter2"));
    assert(logged.some((line) => line.includes(body.request_id)), "the log names the request id");

    const invalid = await app.request("/boom/explode", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ n: "one", extra: true }),
    });
    assertEquals(invalid.status, 422);
    const details = (await invalid.json()).error.details.map((d: { path: string }) => d.path)
      .sort();
    assertEquals(details, ["extra", "n"]);
  } finally {
    console.error = original;
  }
});
