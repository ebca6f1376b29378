/**
 * The auth function over HTTP with the built-in identity store (AUTH_BACKEND=builtin), against
 * real Postgres: the scenarios every backend shares (tests/helpers/auth_scenarios.ts), then what
 * this store does its own way (refresh-token families, the token checks, registration races).
 */
import { assert, assertEquals, assertMatch, assertNotEquals } from "./helpers/assert.ts";
import { decodeJwt } from "jose";
import { authScenarios } from "./helpers/auth_scenarios.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";
import { client, registerRecruiter, uniqueEmail } from "./helpers/http.ts";

const stack = await startStack();
const call = client(stack.url);
const db = adminSql();

authScenarios({ name: "auth (built-in store)", call, db, tokenSeconds: 24 * 3600 });

test("concurrent registrations of one email create one user", async () => {
  const email = uniqueEmail("race");
  const answers = await Promise.all(
    Array.from(
      { length: 6 },
      () =>
        call("/auth/register", { json: { email, password: "password123", full_name: "Racer" } }),
    ),
  );
  assertEquals(answers.filter((a) => a.status === 201).length, 1);
  assert(answers.every((a) => a.status === 201 || a.body.error?.code === "EMAIL_TAKEN"));
  const [{ count }] = await db`select count(*)::int from public.users where email = ${email}`;
  assertEquals(count, 1);
});

test("refresh tokens rotate; a used one is refused and ends its session", async () => {
  const recruiter = await registerRecruiter(call);
  const first = await call("/auth/refresh", { json: { refresh_token: recruiter.refresh_token } });
  assertEquals(first.status, 200);
  assertNotEquals(first.body.data.refresh_token, recruiter.refresh_token);
  assertEquals(first.body.data.user.id, recruiter.user.id);
  assertEquals((await call("/auth/me", { token: first.body.data.access_token })).status, 200);

  const reused = await call("/auth/refresh", { json: { refresh_token: recruiter.refresh_token } });
  assertEquals(reused.status, 401);
  assertEquals(reused.body.error.code, "INVALID_REFRESH_TOKEN");
  // Reuse revokes the family: the rotated token and its access token are dead too.
  const rotated = await call("/auth/refresh", {
    json: { refresh_token: first.body.data.refresh_token },
  });
  assertEquals(rotated.status, 401);
  assertEquals((await call("/auth/me", { token: first.body.data.access_token })).status, 401);

  const [stored] =
    await db`select count(*)::int as n from auth.refresh_tokens where token = ${first.body.data.refresh_token}`;
  assertEquals(stored.n, 0, "refresh tokens are stored hashed");
});

test("me needs a valid token: missing, malformed, tampered, wrong secret, expired", async () => {
  const recruiter = await registerRecruiter(call);
  const missing = await call("/auth/me");
  assertEquals(missing.status, 401);
  assertEquals(missing.body.error.code, "UNAUTHORIZED");
  assertMatch(missing.headers.get("www-authenticate") ?? "", /^Bearer/);

  assertEquals((await call("/auth/me", { token: "not-a-jwt" })).body.error.code, "INVALID_TOKEN");
  const [header, payload, signature] = recruiter.access_token.split(".");
  const forged = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/")));
  forged.sub = crypto.randomUUID();
  const tampered = `${header}.${
    btoa(JSON.stringify(forged)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_")
  }.${signature}`;
  assertEquals((await call("/auth/me", { token: tampered })).status, 401);

  const { SignJWT } = await import("jose");
  const base = {
    sub: recruiter.user.id,
    role: "authenticated",
    session_id: decodeJwt(recruiter.access_token).session_id,
  };
  const sign = (claims: Record<string, unknown>, secret: string, exp: number | string = "1h") =>
    new SignJWT({ ...base, ...claims }).setProtectedHeader({ alg: "HS256" }).setIssuer(
      "http://localhost:54321/auth/v1",
    )
      .setAudience("authenticated").setIssuedAt().setExpirationTime(exp).sign(
        new TextEncoder().encode(secret),
      );
  const otherSecret = await sign({}, "an entirely different secret of enough length!!");
  assertEquals((await call("/auth/me", { token: otherSecret })).body.error.code, "INVALID_TOKEN");
  const { JWT_SECRET } = await import("./helpers/stack.ts");
  const expired = await sign({}, JWT_SECRET, Math.floor(Date.now() / 1000) - 3600);
  assertEquals((await call("/auth/me", { token: expired })).body.error.code, "TOKEN_EXPIRED");
  // The same secret and claims, freshly signed, pass: the refusals above were for their flaws.
  assertEquals((await call("/auth/me", { token: await sign({}, JWT_SECRET) })).status, 200);
});

test("register validates every field and refuses unknown ones", async () => {
  const response = await call("/auth/register", {
    json: { email: "not-an-email", password: "short", full_name: "", role: "admin" },
  });
  assertEquals(response.status, 422);
  assertEquals(response.body.success, false);
  assertEquals(response.body.error.code, "VALIDATION_ERROR");
  const paths = response.body.error.details.map((d: { path: string }) => d.path).sort();
  assertEquals(paths, ["email", "full_name", "password", "role"]);
  assertMatch(response.body.request_id, /.+/);
});

test("auth answers are never cached", async () => {
  const response = await call("/auth/login", {
    json: { email: uniqueEmail(), password: "whatever123" },
  });
  assertEquals(response.headers.get("cache-control"), "no-store");
  assertEquals(response.headers.get("x-content-type-options"), "nosniff");
});
