/**
 * A frontend's view: the official client, supabase-js, pointed at the local stack's origin as it
 * would be at a hosted project's, calling the functions with `supabase.functions.invoke`.
 * supabase-js sends `apikey`, `x-client-info` and `Authorization: Bearer <project key>` on
 * every call when no one is signed in; public routes must take that in their stride, errors must
 * reach the frontend as FunctionsHttpError carrying the error envelope, and CORS must allow the
 * headers the client sends.
 */
import { assert, assertEquals, assertMatch } from "./helpers/assert.ts";
import { createClient, FunctionsHttpError, type SupabaseClient } from "@supabase/supabase-js";
import { corsHeaders } from "@supabase/supabase-js/cors";
import { SignJWT } from "jose";
import { JWT_SECRET, startStack, test } from "./helpers/stack.ts";
import { uniqueEmail } from "./helpers/http.ts";

const stack = await startStack();
/** What a frontend puts in SUPABASE_URL: the origin, without /functions/v1. */
const projectUrl = new URL(stack.url).origin;
assertEquals(`${projectUrl}/functions/v1`, stack.url);

/** The headers of every request the clients sent, newest last. */
const sent: Array<{ url: string; method: string; headers: Headers }> = [];

function frontend(key = "anon-key"): SupabaseClient {
  return createClient(projectUrl, key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    global: {
      fetch: (input, init) => {
        sent.push({
          url: String(input),
          method: init?.method ?? "GET",
          headers: new Headers(init?.headers),
        });
        return fetch(input, init);
      },
    },
  });
}

/** The envelope of a failed call, as a frontend reads it from FunctionsHttpError. */
async function failure(error: unknown) {
  assert(error instanceof FunctionsHttpError, `expected FunctionsHttpError, got ${error}`);
  const response = error.context as Response;
  return { status: response.status, body: await response.json() };
}

function credentials() {
  return { email: uniqueEmail("frontend"), password: "password123", full_name: "Front End" };
}

test("health answers a GET through functions.invoke", async () => {
  const supabase = frontend();
  const { data, error, response } = await supabase.functions.invoke("health", { method: "GET" });
  assertEquals(error, null);
  assertEquals(response?.status, 200);
  assertEquals(data.success, true);
  assertEquals(data.data.status, "ok");
  // The project key went as the Bearer token, and the route did not mind.
  const request = sent.at(-1)!;
  assertEquals(request.url, `${stack.url}/health`);
  assertEquals(request.method, "GET");
  assertEquals(request.headers.get("apikey"), "anon-key");
  assertEquals(request.headers.get("authorization"), "Bearer anon-key");
  assertMatch(request.headers.get("x-client-info") ?? "", /^supabase-js/);
});

test("register, login, me, logout through functions.invoke", async () => {
  const supabase = frontend();
  const input = credentials();
  const registered = await supabase.functions.invoke("auth/register", { body: input });
  assertEquals(registered.error, null);
  assertEquals(registered.response?.status, 201);
  assertEquals(registered.data.success, true);
  assertEquals(registered.data.data.user.email, input.email);
  assertEquals(sent.at(-1)!.headers.get("authorization"), "Bearer anon-key");
  assertEquals(sent.at(-1)!.headers.get("content-type"), "application/json");

  const login = await supabase.functions.invoke("auth/login", {
    body: { email: input.email, password: input.password },
  });
  assertEquals(login.error, null);
  assertEquals(login.response?.status, 200);
  const session = login.data.data;
  assertEquals(session.user, registered.data.data.user);
  assertEquals(sent.at(-1)!.headers.get("authorization"), "Bearer anon-key");

  const bearer = { Authorization: `Bearer ${session.access_token}` };
  const me = await supabase.functions.invoke("auth/me", { method: "GET", headers: bearer });
  assertEquals(me.error, null);
  assertEquals(me.data.data, session.user);
  assertEquals(sent.at(-1)!.headers.get("apikey"), "anon-key");

  const refreshed = await supabase.functions.invoke("auth/refresh", {
    body: { refresh_token: session.refresh_token },
  });
  assertEquals(refreshed.error, null);
  assertEquals(refreshed.data.data.user.id, session.user.id);

  const logout = await supabase.functions.invoke("auth/logout", { headers: bearer });
  assertEquals(logout.error, null);
  assertEquals(logout.data, { success: true, data: null, message: "Signed out." });

  const after = await supabase.functions.invoke("auth/me", { method: "GET", headers: bearer });
  assertEquals(after.data, null);
  const { status, body } = await failure(after.error);
  assertEquals(status, 401);
  assertEquals(body.success, false);
  assertEquals(body.error.code, "SESSION_REVOKED");
  assertMatch(body.request_id, /.+/);
});

test("functions.setAuth makes the user's token the Bearer of later calls", async () => {
  const supabase = frontend();
  const input = credentials();
  const registered = await supabase.functions.invoke("auth/register", { body: input });
  const token = registered.data.data.access_token;
  supabase.functions.setAuth(token);
  const me = await supabase.functions.invoke("auth/me", { method: "GET" });
  assertEquals(me.error, null);
  assertEquals(me.data.data.email, input.email);
  assertEquals(sent.at(-1)!.headers.get("authorization"), `Bearer ${token}`);
  assertEquals(sent.at(-1)!.headers.get("apikey"), "anon-key");
  // Public routes do not mind a user's token either.
  const health = await supabase.functions.invoke("health", { method: "GET" });
  assertEquals(health.error, null);
  const logout = await supabase.functions.invoke("auth/logout");
  assertEquals(logout.error, null);
});

test("error answers reach the frontend as FunctionsHttpError with the envelope", async () => {
  const supabase = frontend();
  const input = credentials();
  await supabase.functions.invoke("auth/register", { body: input });

  const duplicate = await supabase.functions.invoke("auth/register", { body: input });
  assertEquals(duplicate.data, null);
  const taken = await failure(duplicate.error);
  assertEquals(taken.status, 409);
  assertEquals(taken.body.error.code, "EMAIL_TAKEN");

  const invalid = await supabase.functions.invoke("auth/register", {
    body: { email: "nope", password: "short", full_name: "" },
  });
  const validation = await failure(invalid.error);
  assertEquals(validation.status, 422);
  assertEquals(validation.body.error.code, "VALIDATION_ERROR");
  assertEquals(
    validation.body.error.details.map((d: { path: string }) => d.path).sort(),
    ["email", "full_name", "password"],
  );

  const wrong = await supabase.functions.invoke("auth/login", {
    body: { email: input.email, password: "not the password" },
  });
  assertEquals((await failure(wrong.error)).body.error.code, "INVALID_CREDENTIALS");

  // No one signed in: the Bearer is the project key, which is no user's token.
  const anonymous = await supabase.functions.invoke("auth/me", { method: "GET" });
  const refused = await failure(anonymous.error);
  assertEquals(refused.status, 401);
  assertEquals(refused.body.error.code, "INVALID_TOKEN");

  const missing = await supabase.functions.invoke("nope", { method: "GET" });
  assertEquals((await failure(missing.error)).body.error.code, "FUNCTION_NOT_FOUND");
});

test("a project key that is itself a JWT (legacy anon key) is no obstacle and no identity", async () => {
  // `supabase start` and older projects hand out an HS256 anon key signed with the JWT secret.
  const anonKey = await new SignJWT({ role: "anon", ref: "local" })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" }).setIssuer("supabase-demo")
    .setIssuedAt().setExpirationTime("10y").sign(new TextEncoder().encode(JWT_SECRET));
  const supabase = frontend(anonKey);
  const input = credentials();
  const registered = await supabase.functions.invoke("auth/register", { body: input });
  assertEquals(registered.error, null);
  assertEquals(sent.at(-1)!.headers.get("authorization"), `Bearer ${anonKey}`);
  const login = await supabase.functions.invoke("auth/login", {
    body: { email: input.email, password: input.password },
  });
  assertEquals(login.error, null);
  assertEquals((await supabase.functions.invoke("health", { method: "GET" })).error, null);
  const me = await supabase.functions.invoke("auth/me", { method: "GET" });
  assertEquals((await failure(me.error)).status, 401);
});

test("with a publishable key no Bearer is sent, and public routes work all the same", async () => {
  const supabase = frontend("sb_publishable_local-test-key");
  const input = credentials();
  const registered = await supabase.functions.invoke("auth/register", { body: input });
  assertEquals(registered.error, null);
  assertEquals(sent.at(-1)!.headers.get("authorization"), null);
  assertEquals(sent.at(-1)!.headers.get("apikey"), "sb_publishable_local-test-key");
  const me = await supabase.functions.invoke("auth/me", { method: "GET" });
  const refused = await failure(me.error);
  assertEquals(refused.status, 401);
  assertEquals(refused.body.error.code, "UNAUTHORIZED");
});

test("CORS: a browser's preflight for supabase-js's headers is allowed", async () => {
  const requested = "authorization, x-client-info, apikey, content-type";
  for (const path of ["/auth/login", "/auth/me", "/health"]) {
    const preflight = await fetch(`${stack.url}${path}`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://localhost:3000",
        "Access-Control-Request-Method": path === "/auth/login" ? "POST" : "GET",
        "Access-Control-Request-Headers": requested,
      },
    });
    await preflight.body?.cancel();
    assert([200, 204].includes(preflight.status), `${path}: ${preflight.status}`);
    const origin = preflight.headers.get("access-control-allow-origin");
    assert(origin === "*" || origin === "http://localhost:3000", `${path}: ${origin}`);
    const allowed = (preflight.headers.get("access-control-allow-headers") ?? "").toLowerCase()
      .split(",").map((h) => h.trim());
    // Every header supabase-js may send, by its own canonical list.
    for (const header of corsHeaders["Access-Control-Allow-Headers"].split(",")) {
      assert(allowed.includes(header.trim().toLowerCase()), `${path}: ${header} not allowed`);
    }
    const methods = preflight.headers.get("access-control-allow-methods") ?? "";
    assertMatch(methods, path === "/auth/login" ? /POST/ : /GET/);
  }

  // The answer itself is readable cross-origin, request id included.
  const response = await fetch(`${stack.url}/health`, {
    headers: { Origin: "http://localhost:3000" },
  });
  await response.body?.cancel();
  assert(response.headers.get("access-control-allow-origin"));
  assertMatch(response.headers.get("access-control-expose-headers") ?? "", /X-Request-Id/i);
});
