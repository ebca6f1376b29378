/**
 * The auth function over HTTP: the seed's flow (health, register, login, me, logout) and every
 * error path, against real Postgres with the built-in identity store.
 */
import { assert, assertEquals, assertMatch, assertNotEquals } from "./helpers/assert.ts";
import { decodeJwt } from "jose";
import { adminSql, startStack, test } from "./helpers/stack.ts";
import { client, registerRecruiter, uniqueEmail } from "./helpers/http.ts";

const stack = await startStack();
const call = client(stack.url);
const sql = adminSql();

test("the seed's flow: register, login, me, logout", async () => {
  const email = uniqueEmail();
  const registered = await call("/auth/register", {
    json: { email, password: "password123", full_name: "Test User", company_name: "Acme" },
  });
  assertEquals(registered.status, 201);
  assertEquals(registered.body.success, true);
  assertEquals(registered.body.data.token_type, "bearer");
  assertEquals(registered.body.data.user.email, email);
  assertEquals(registered.body.data.user.full_name, "Test User");
  assertEquals(registered.body.data.user.company_name, "Acme");

  const login = await call("/auth/login", { json: { email, password: "password123" } });
  assertEquals(login.status, 200);
  const session = login.body.data;
  assertEquals(session.user.id, registered.body.data.user.id);
  assert(session.expires_in > 24 * 3600 - 60 && session.expires_in <= 24 * 3600);
  assertEquals(session.expires_at, decodeJwt(session.access_token).exp);

  const me = await call("/auth/me", { token: session.access_token });
  assertEquals(me.status, 200);
  assertEquals(me.body.data, registered.body.data.user);

  const logout = await call("/auth/logout", { method: "POST", token: session.access_token });
  assertEquals(logout.status, 200);
  assertEquals(logout.body, { success: true, data: null, message: "Signed out." });

  const after = await call("/auth/me", { token: session.access_token });
  assertEquals(after.status, 401);
  assertEquals(after.body.error.code, "SESSION_REVOKED");
  // Only that session ended: the one from registration still works.
  assertEquals((await call("/auth/me", { token: registered.body.data.access_token })).status, 200);
});

test("tokens carry Supabase Auth's claims and the profile comes from the auth.users trigger", async () => {
  const recruiter = await registerRecruiter(call, { full_name: "Claims Check" });
  const claims = decodeJwt(recruiter.access_token);
  assertEquals(claims.sub, recruiter.user.id);
  assertEquals(claims.role, "authenticated");
  assertEquals(claims.aud, "authenticated");
  assertEquals(claims.email, recruiter.email);
  assertMatch(String(claims.session_id), /^[0-9a-f-]{36}$/);
  assertEquals((claims.exp as number) - (claims.iat as number), 24 * 3600);

  const [user] =
    await sql`select encrypted_password, raw_user_meta_data from auth.users where id = ${recruiter.user.id}`;
  assertMatch(user.encrypted_password, /^\$2a\$10\$.{53}$/);
  assertEquals(user.raw_user_meta_data.full_name, "Claims Check");
  const [profile] =
    await sql`select full_name, email from public.users where id = ${recruiter.user.id}`;
  assertEquals(profile, { full_name: "Claims Check", email: recruiter.email });
});

test("a duplicate email is 409 EMAIL_TAKEN, whatever its case", async () => {
  const recruiter = await registerRecruiter(call);
  const again = await call("/auth/register", {
    json: {
      email: recruiter.email.toUpperCase(),
      password: "another password",
      full_name: "Other",
    },
  });
  assertEquals(again.status, 409);
  assertEquals(again.body.error.code, "EMAIL_TAKEN");
  const [{ count }] =
    await sql`select count(*)::int from auth.users where lower(email) = ${recruiter.email}`;
  assertEquals(count, 1);
});

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
  const [{ count }] = await sql`select count(*)::int from public.users where email = ${email}`;
  assertEquals(count, 1);
});

test("a wrong password and an unknown email get the same 401", async () => {
  const recruiter = await registerRecruiter(call);
  const wrong = await call("/auth/login", {
    json: { email: recruiter.email, password: "not the password" },
  });
  const unknown = await call("/auth/login", {
    json: { email: uniqueEmail("nobody"), password: "whatever123" },
  });
  assertEquals(wrong.status, 401);
  assertEquals(unknown.status, 401);
  assertEquals(wrong.body.error, unknown.body.error);
  assertEquals(wrong.body.error.code, "INVALID_CREDENTIALS");
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
    await sql`select count(*)::int as n from auth.refresh_tokens where token = ${first.body.data.refresh_token}`;
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

test("logout twice: the second is refused, the session is gone", async () => {
  const recruiter = await registerRecruiter(call);
  assertEquals(
    (await call("/auth/logout", { method: "POST", token: recruiter.access_token })).status,
    200,
  );
  const again = await call("/auth/logout", { method: "POST", token: recruiter.access_token });
  assertEquals(again.status, 401);
  const sessionId = decodeJwt(recruiter.access_token).session_id as string;
  const [{ n }] = await sql`select count(*)::int as n from auth.sessions where id = ${sessionId}`;
  assertEquals(n, 0);
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

test("teardown", async () => {
  await sql.end();
  await stack.stop();
});
