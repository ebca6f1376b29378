/**
 * The auth function with Supabase Auth as the identity backend (AUTH_BACKEND=supabase), as on
 * a hosted project: the adapter (shared/auth/supabase_auth.ts) talks to a local stand-in that
 * speaks Supabase Auth's HTTP contract over the same database (tests/helpers/gotrue_standin.ts),
 * and tokens are verified against the stand-in's JWKS over HTTP, with no JWT secret configured.
 * The scenarios every backend shares are tests/helpers/auth_scenarios.ts's; beside them, what
 * only Supabase Auth does, and what the functions answer when it is slow, failing or down.
 */
import { assert, assertEquals, assertMatch, assertNotEquals } from "./helpers/assert.ts";
import { decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, SignJWT } from "jose";
import { GoTrueStandIn } from "./helpers/gotrue_standin.ts";
import { authScenarios } from "./helpers/auth_scenarios.ts";
import { adminSql, afterAll, startStack, test } from "./helpers/stack.ts";
import { client, registerRecruiter, uniqueEmail } from "./helpers/http.ts";
import { SupabaseAuthBackend } from "../shared/auth/supabase_auth.ts";
import { TokenVerifier } from "../shared/auth/jwt.ts";
import type { AppError } from "../shared/http/errors.ts";
import { config } from "../shared/config.ts";

/** The deadline the adapter gives each call to Supabase Auth in these tests. */
const AUTH_TIMEOUT_MS = 2000;

// Reuse interval 0: a rotated refresh token (other than the active one's parent) is refused at
// once instead of after GoTrue's default 10 seconds.
const standIn = await GoTrueStandIn.start({ refreshTokenReuseIntervalSeconds: 0 });
afterAll(() => standIn.close());
const stack = await startStack({
  AUTH_BACKEND: "supabase",
  SUPABASE_URL: standIn.url,
  SUPABASE_ANON_KEY: standIn.anonKey,
  SUPABASE_SERVICE_ROLE_KEY: standIn.serviceRoleKey,
  // No JWT secret: tokens are verified with the project's JWKS (`<url>/auth/v1/.well-known/...`).
  SUPABASE_JWT_SECRET: "",
  SUPABASE_AUTH_TIMEOUT_MS: String(AUTH_TIMEOUT_MS),
});
const call = client(stack.url);
const db = adminSql();
const meta = { ip: null, userAgent: null };

authScenarios({
  name: "auth (Supabase Auth)",
  call,
  db,
  tokenSeconds: 3600,
  async registered(session, email) {
    // Supabase Auth's token: ES256 under the JWKS's kid, with Supabase's claims.
    const header = decodeProtectedHeader(session.access_token);
    assertEquals(header.alg, "ES256");
    assertEquals(header.kid, standIn.kid);
    const claims = decodeJwt(session.access_token);
    assertEquals(claims.iss, `${standIn.url}/auth/v1`);
    assertEquals(claims.aal, "aal1");
    assertEquals(claims.is_anonymous, false);
    assertEquals(
      (claims.user_metadata as Record<string, unknown>).full_name,
      session.user.full_name,
    );
    // A Supabase Auth refresh token, not one of the built-in store's.
    assertMatch(session.refresh_token, /^[a-z0-9]{12}$/);
    const [user] =
      await db`select email_confirmed_at from auth.users where id = ${session.user.id}`;
    assert(user.email_confirmed_at instanceof Date);

    // How the adapter called it: the admin API with the service role key (a confirmed user),
    // then a password sign-in with the anon key, both as supabase-js sends them.
    const created = standIn.requestsTo("/admin/users").at(-1)!;
    assertEquals(created.headers.apikey, standIn.serviceRoleKey);
    assertEquals(created.headers.authorization, `Bearer ${standIn.serviceRoleKey}`);
    assertEquals(created.headers["x-supabase-api-version"], "2024-01-01");
    assertMatch(created.headers["x-client-info"], /^supabase-js/);
    assertEquals(created.body, {
      email,
      password: "password123",
      email_confirm: true,
      user_metadata: { full_name: session.user.full_name, company_name: session.user.company_name },
    });
    const signIn = standIn.requestsTo("/token").at(-1)!;
    assertEquals(signIn.query, { grant_type: "password" });
    assertEquals(signIn.headers.apikey, standIn.anonKey);
    assertEquals((signIn.body as { email: string }).email, email);
  },
  loggedOut(token) {
    // Supabase Auth ended that session only.
    const signOut = standIn.requestsTo("/logout").at(-1)!;
    assertEquals(signOut.query, { scope: "local" });
    assertEquals(signOut.headers.authorization, `Bearer ${token}`);
  },
});

function sessionIdOf(token: string): string {
  return decodeJwt(token).session_id as string;
}

/** Claims Supabase Auth would put in a recruiter's token, for forging variants of them. */
function claimsLike(token: string, overrides: Record<string, unknown> = {}) {
  const { iat: _iat, exp: _exp, ...claims } = decodeJwt(token);
  return { ...claims, ...overrides };
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

test("the stack verifies tokens with Supabase Auth's JWKS alone", () => {
  const { authBackend, jwt } = config();
  assertEquals(authBackend, "supabase");
  assertEquals(jwt.secret, undefined);
  assertEquals(jwt.jwksUrl, `${standIn.url}/auth/v1/.well-known/jwks.json`);
  assertEquals(jwt.issuer, standIn.issuer);
});

test("refresh tokens rotate as Supabase Auth rotates them; a used one is refused", async () => {
  const recruiter = await registerRecruiter(call);
  const first = await call("/auth/refresh", { json: { refresh_token: recruiter.refresh_token } });
  assertEquals(first.status, 200);
  const rotated = first.body.data.refresh_token;
  assertNotEquals(rotated, recruiter.refresh_token);
  assertEquals(first.body.data.user, recruiter.user);
  assertEquals(
    sessionIdOf(first.body.data.access_token),
    sessionIdOf(recruiter.access_token),
  );
  assertEquals((await call("/auth/me", { token: first.body.data.access_token })).status, 200);

  // Supabase Auth's allowance for a client that lost the answer to its last refresh: the
  // active token's parent gets the active token again, not a new one.
  const retried = await call("/auth/refresh", {
    json: { refresh_token: recruiter.refresh_token },
  });
  assertEquals(retried.status, 200);
  assertEquals(retried.body.data.refresh_token, rotated);

  const second = await call("/auth/refresh", { json: { refresh_token: rotated } });
  assertEquals(second.status, 200);
  // Now the first token is two rotations old: refused, and the session's tokens revoked.
  const reused = await call("/auth/refresh", { json: { refresh_token: recruiter.refresh_token } });
  assertEquals(reused.status, 401);
  assertEquals(reused.body.error.code, "INVALID_REFRESH_TOKEN");
  const latest = await call("/auth/refresh", {
    json: { refresh_token: second.body.data.refresh_token },
  });
  assertEquals(latest.status, 401);
  assertEquals(latest.body.error.code, "INVALID_REFRESH_TOKEN");
  // Unlike the built-in store, Supabase Auth revokes the refresh tokens but keeps the session:
  // its access tokens stay good until they expire.
  assertEquals((await call("/auth/me", { token: second.body.data.access_token })).status, 200);

  const unknown = await call("/auth/refresh", { json: { refresh_token: "abcdefghijkl" } });
  assertEquals(unknown.status, 401);
  assertEquals(unknown.body.error.code, "INVALID_REFRESH_TOKEN");
});

test("only ES256/RS256 tokens under a key of the project's JWKS pass", async () => {
  const recruiter = await registerRecruiter(call);
  const claims = claimsLike(recruiter.access_token);
  const code = async (token: string) => {
    const response = await call("/auth/me", { token });
    return `${response.status} ${response.body.error?.code ?? "ok"}`;
  };
  const sign = (alg: string, key: CryptoKey | Uint8Array, kid?: string, extra = {}) =>
    new SignJWT({ ...claims, ...extra }).setProtectedHeader({ alg, typ: "JWT", kid })
      .setIssuedAt().setExpirationTime("1h").sign(key);

  // The control: the stand-in's own key and the same claims pass.
  assertEquals(
    await code(await standIn.sign({ ...claims, exp: now() + 600, iat: now() })),
    "200 ok",
  );

  // HS256 "signed" with some secret: no secret is configured, so HS256 is not even tried.
  const secret = new TextEncoder().encode("a secret an attacker might guess, long enough!!");
  assertEquals(await code(await sign("HS256", secret)), "401 INVALID_TOKEN");
  assertEquals(
    await code(await sign("HS256", new TextEncoder().encode(standIn.anonKey))),
    "401 INVALID_TOKEN",
  );
  // alg none.
  const none = `${b64url({ alg: "none", typ: "JWT" })}.${b64url({ ...claims, exp: now() + 600 })}.`;
  assertEquals(await code(none), "401 INVALID_TOKEN");

  // Another ES256 key: under the JWKS's kid, under an unknown kid, and an RS256 one.
  const other = await generateKeyPair("ES256");
  assertEquals(await code(await sign("ES256", other.privateKey, standIn.kid)), "401 INVALID_TOKEN");
  assertEquals(
    await code(await sign("ES256", other.privateKey, "unknown-kid")),
    "401 INVALID_TOKEN",
  );
  const rsa = await generateKeyPair("RS256");
  assertEquals(await code(await sign("RS256", rsa.privateKey, "rsa-kid")), "401 INVALID_TOKEN");
  // An RS256 token under the ES256 key's kid cannot pass either.
  assertEquals(await code(await sign("RS256", rsa.privateKey, standIn.kid)), "401 INVALID_TOKEN");

  // The stand-in's key, but claims Supabase Auth's tokens never have.
  const own = (extra: Record<string, unknown>) =>
    standIn.sign({ ...claims, iat: now(), exp: now() + 600, ...extra });
  assertEquals(await code(await own({ exp: now() - 3600 })), "401 TOKEN_EXPIRED");
  assertEquals(
    await code(await own({ iss: "https://elsewhere.example/auth/v1" })),
    "401 INVALID_TOKEN",
  );
  assertEquals(await code(await own({ aud: "interview" })), "401 INVALID_TOKEN");
  assertEquals(await code(await own({ role: "anon" })), "401 INVALID_TOKEN");
  assertEquals(await code(await own({ role: "service_role" })), "401 INVALID_TOKEN");
  assertEquals(await code(await own({ is_anonymous: true })), "401 INVALID_TOKEN");
  // Signed by the project, but for a session that does not exist.
  assertEquals(await code(await own({ session_id: crypto.randomUUID() })), "401 SESSION_REVOKED");
  // The public JWK itself is no HS256 secret.
  const jwk = JSON.stringify(await exportJWK(other.publicKey));
  assertEquals(
    await code(await sign("HS256", new TextEncoder().encode(jwk), standIn.kid)),
    "401 INVALID_TOKEN",
  );
});

test("Supabase Auth's password rules come back as 422 on the password field", async () => {
  standIn.minPasswordLength = 20;
  try {
    const response = await call("/auth/register", {
      json: { email: uniqueEmail(), password: "only15characters", full_name: "Weak" },
    });
    assertEquals(response.status, 422);
    assertEquals(response.body.error.code, "VALIDATION_ERROR");
    assertEquals(response.body.error.details.map((d: { path: string }) => d.path), ["password"]);
  } finally {
    standIn.minPasswordLength = 6;
  }
});

test("Supabase Auth's rate limit is 429 RATE_LIMITED with Retry-After, refresh included", async () => {
  const recruiter = await registerRecruiter(call);
  standIn.faults = { status: 429, paths: /^\/token$/ };
  try {
    const login = await call("/auth/login", {
      json: { email: recruiter.email, password: recruiter.password },
    });
    assertEquals(login.status, 429);
    assertEquals(login.body.error.code, "RATE_LIMITED");
    assert(Number(login.headers.get("retry-after")) > 0);
    // Not 401: a client told its refresh token is bad would sign the user out.
    const refresh = await call("/auth/refresh", {
      json: { refresh_token: recruiter.refresh_token },
    });
    assertEquals(refresh.status, 429);
  } finally {
    standIn.faults = {};
  }
  const refresh = await call("/auth/refresh", { json: { refresh_token: recruiter.refresh_token } });
  assertEquals(refresh.status, 200, "the token survived the rate limit");
});

test("Supabase Auth failing is 503 AUTH_UNAVAILABLE at once, never 500 or 401", async () => {
  const recruiter = await registerRecruiter(call);
  const cases: Array<[string, typeof standIn.faults]> = [
    ["500", { status: 500 }],
    ["503", { status: 503 }],
    ["a proxy's 502 page", { status: 502, body: "<html><body>Bad Gateway</body></html>" }],
  ];
  for (const [label, faults] of cases) {
    standIn.faults = faults;
    try {
      const register = await call("/auth/register", {
        json: { email: uniqueEmail(), password: "password123", full_name: "Outage" },
      });
      assertEquals(register.status, 503, label);
      assertEquals(register.body.error.code, "AUTH_UNAVAILABLE", label);
      assertEquals(register.headers.get("retry-after"), "5");
      const login = await call("/auth/login", {
        json: { email: recruiter.email, password: recruiter.password },
      });
      assertEquals(login.status, 503, label);
      assertEquals(login.body.error.code, "AUTH_UNAVAILABLE", label);
      // supabase-js alone retries a failed refresh with back-off for up to 30 s.
      const [refresh, ms] = await timed(() =>
        call("/auth/refresh", { json: { refresh_token: recruiter.refresh_token } })
      );
      assertEquals(refresh.status, 503, label);
      assertEquals(refresh.body.error.code, "AUTH_UNAVAILABLE", label);
      assert(ms < AUTH_TIMEOUT_MS, `refresh answered in ${ms} ms (${label})`);
      // Tokens already issued keep working: the keys are cached, the session is in the database.
      assertEquals((await call("/auth/me", { token: recruiter.access_token })).status, 200);
      // Logout cannot end the session while Supabase Auth fails; it says so.
      const logout = await call("/auth/logout", { method: "POST", token: recruiter.access_token });
      assertEquals(logout.status, 503, label);
      assertEquals((await call("/auth/me", { token: recruiter.access_token })).status, 200);
    } finally {
      standIn.faults = {};
    }
  }
  const refresh = await call("/auth/refresh", { json: { refresh_token: recruiter.refresh_token } });
  assertEquals(refresh.status, 200, "the refresh token survived the outage");
});

test("Supabase Auth down (connection refused) is 503; signed-in users carry on", async () => {
  const recruiter = await registerRecruiter(call);
  await standIn.stop();
  try {
    const [register, registerMs] = await timed(() =>
      call("/auth/register", {
        json: { email: uniqueEmail(), password: "password123", full_name: "Down" },
      })
    );
    assertEquals(register.status, 503);
    assertEquals(register.body.error.code, "AUTH_UNAVAILABLE");
    assert(registerMs < AUTH_TIMEOUT_MS, `register answered in ${registerMs} ms`);
    const login = await call("/auth/login", {
      json: { email: recruiter.email, password: recruiter.password },
    });
    assertEquals(login.status, 503);
    assertEquals(login.body.error.code, "AUTH_UNAVAILABLE");
    const [refresh, refreshMs] = await timed(() =>
      call("/auth/refresh", { json: { refresh_token: recruiter.refresh_token } })
    );
    assertEquals(refresh.status, 503);
    assert(refreshMs < AUTH_TIMEOUT_MS, `refresh answered in ${refreshMs} ms`);
    const me = await call("/auth/me", { token: recruiter.access_token });
    assertEquals(me.status, 200);
    assertEquals(me.body.data, recruiter.user);
  } finally {
    standIn.restart();
  }
  const login = await call("/auth/login", {
    json: { email: recruiter.email, password: recruiter.password },
  });
  assertEquals(login.status, 200);
});

test("a slow Supabase Auth: answers within the deadline pass, slower ones are 503", async () => {
  const recruiter = await registerRecruiter(call);
  standIn.faults = { delayMs: 300 };
  try {
    const login = await call("/auth/login", {
      json: { email: recruiter.email, password: recruiter.password },
    });
    assertEquals(login.status, 200);
  } finally {
    standIn.faults = {};
  }
  standIn.faults = { delayMs: AUTH_TIMEOUT_MS + 1500, paths: /^\/token$/ };
  try {
    const [login, ms] = await timed(() =>
      call("/auth/login", { json: { email: recruiter.email, password: recruiter.password } })
    );
    assertEquals(login.status, 503);
    assertEquals(login.body.error.code, "AUTH_UNAVAILABLE");
    assert(ms < AUTH_TIMEOUT_MS + 1000, `login answered in ${ms} ms`);
    const [refresh, refreshMs] = await timed(() =>
      call("/auth/refresh", { json: { refresh_token: recruiter.refresh_token } })
    );
    assertEquals(refresh.status, 503);
    assert(refreshMs < AUTH_TIMEOUT_MS + 1000, `refresh answered in ${refreshMs} ms`);
  } finally {
    standIn.faults = {};
  }
  // The headers in time, the body not.
  standIn.faults = { stallBodyMs: AUTH_TIMEOUT_MS + 1500, paths: /^\/token$/ };
  try {
    const [refresh, ms] = await timed(() =>
      call("/auth/refresh", { json: { refresh_token: recruiter.refresh_token } })
    );
    assertEquals(refresh.status, 503);
    assertEquals(refresh.body.error.code, "AUTH_UNAVAILABLE");
    assert(ms < AUTH_TIMEOUT_MS + 1000, `refresh answered in ${ms} ms`);
  } finally {
    standIn.faults = {};
  }
});

test("the JWKS: failing or unreachable is 503, an unknown kid 401", async () => {
  const recruiter = await registerRecruiter(call);
  const jwksUrl = `${standIn.url}/auth/v1/.well-known/jwks.json`;
  // A fresh verifier each time: the stack's own one has the keys cached already.
  const verify = (token = recruiter.access_token) =>
    new TokenVerifier({ jwksUrl, issuer: standIn.issuer, audience: "authenticated" })
      .verify(token).then(() => "ok", (error: AppError) => `${error.status} ${error.code}`);

  assertEquals(await verify(), "ok");
  const other = await generateKeyPair("ES256");
  const unknownKid = await new SignJWT(claimsLike(recruiter.access_token))
    .setProtectedHeader({ alg: "ES256", kid: "rotated-away" }).setExpirationTime("1h")
    .sign(other.privateKey);
  assertEquals(await verify(unknownKid), "401 INVALID_TOKEN");

  const faults: Array<typeof standIn.faults> = [
    { status: 500, paths: /jwks/ },
    { status: 502, body: "<html>Bad Gateway</html>", paths: /jwks/ },
  ];
  for (const fault of faults) {
    standIn.faults = fault;
    try {
      assertEquals(await verify(), "503 AUTH_UNAVAILABLE", JSON.stringify(fault));
    } finally {
      standIn.faults = {};
    }
  }
  await standIn.stop();
  try {
    assertEquals(await verify(), "503 AUTH_UNAVAILABLE");
  } finally {
    standIn.restart();
  }
  // Not JSON, or not a key set.
  standIn.faults = { status: 200, body: "<html>maintenance</html>", paths: /jwks/ };
  try {
    assertEquals(await verify(), "503 AUTH_UNAVAILABLE");
  } finally {
    standIn.faults = {};
  }
});

test("the adapter without a service key signs up through /signup", async () => {
  const backend = new SupabaseAuthBackend({
    url: standIn.url,
    anonKey: standIn.anonKey,
    timeoutMs: AUTH_TIMEOUT_MS,
  });
  const email = uniqueEmail("signup");
  const issued = await backend.register(
    { email, password: "password123", full_name: "Signed Up" },
    meta,
  );
  const signup = standIn.requestsTo("/signup").at(-1)!;
  assertEquals(signup.headers.apikey, standIn.anonKey);
  assertEquals((signup.body as { data: unknown }).data, { full_name: "Signed Up" });
  const [profile] = await db`select email, full_name from public.users where id = ${issued.userId}`;
  assertEquals(profile, { email, full_name: "Signed Up" });
  const me = await call("/auth/me", { token: issued.accessToken });
  assertEquals(me.status, 200);
  assertEquals(me.body.data.full_name, "Signed Up");

  const taken = await backend.register({ email, password: "password123", full_name: "X" }, meta)
    .then(() => null, (error: AppError) => error.code);
  assertEquals(taken, "EMAIL_TAKEN");
  // An address Supabase Auth refuses is the email field's problem, not bad credentials.
  const refused = await backend.register(
    { email: "not an address", password: "password123", full_name: "X" },
    meta,
  ).then(() => null, (error: AppError) => [error.status, error.details?.[0]?.path]);
  assertEquals(refused, [422, "email"]);
});

test("the adapter when emails must be confirmed: 409 on register, 403 on login", async () => {
  const backend = new SupabaseAuthBackend({ url: standIn.url, anonKey: standIn.anonKey });
  standIn.autoconfirm = false;
  try {
    const email = uniqueEmail("unconfirmed");
    const outcome = (promise: Promise<unknown>) =>
      promise.then(() => "ok", (error: AppError) => `${error.status} ${error.code}`);
    assertEquals(
      await outcome(
        backend.register({ email, password: "password123", full_name: "Unconfirmed" }, meta),
      ),
      "409 EMAIL_CONFIRMATION_REQUIRED",
    );
    assertEquals(
      await outcome(backend.login(email, "password123", meta)),
      "403 EMAIL_NOT_CONFIRMED",
    );
    // A wrong password says nothing about the account.
    assertEquals(
      await outcome(backend.login(email, "wrong password", meta)),
      "401 INVALID_CREDENTIALS",
    );
    // A confirmed account's email answers as a new one would: no enumeration.
    const existing = await registerRecruiter(call);
    assertEquals(
      await outcome(
        backend.register({ email: existing.email, password: "password123", full_name: "X" }, meta),
      ),
      "409 EMAIL_CONFIRMATION_REQUIRED",
    );
  } finally {
    standIn.autoconfirm = true;
  }
});

test("the adapter's logout of a session Supabase Auth already ended succeeds", async () => {
  const backend = new SupabaseAuthBackend({
    url: standIn.url,
    anonKey: standIn.anonKey,
    serviceRoleKey: standIn.serviceRoleKey,
  });
  const recruiter = await registerRecruiter(call);
  const sessionId = sessionIdOf(recruiter.access_token);
  // Ended elsewhere (another device's global sign-out, a concurrent logout) after our check.
  await db`delete from auth.sessions where id = ${sessionId}`;
  await backend.logout(recruiter.access_token, sessionId, recruiter.user.id);
  const signOut = standIn.requestsTo("/logout").at(-1)!;
  assertEquals(signOut.headers.authorization, `Bearer ${recruiter.access_token}`);
});

test("the stand-in answers in Supabase Auth's error shapes", async () => {
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${standIn.url}/auth/v1${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: JSON.stringify(body),
    }).then(async (r) => [r.status, await r.json()]);
  const bad = { email: uniqueEmail(), password: "whatever" };
  assertEquals(await post("/token?grant_type=password", bad, { apikey: standIn.anonKey }), [400, {
    code: 400,
    error_code: "invalid_credentials",
    msg: "Invalid login credentials",
  }]);
  assertEquals(
    await post("/token?grant_type=password", bad, {
      apikey: standIn.anonKey,
      "X-Supabase-Api-Version": "2024-01-01",
    }),
    [400, { code: "invalid_credentials", msg: "Invalid login credentials" }],
  );
  assertEquals(await post("/token?grant_type=password", bad), [401, {
    message: "No API key found in request",
  }]);
  assertEquals(await post("/admin/users", bad, { apikey: standIn.anonKey }), [401, {
    code: 401,
    error_code: "no_authorization",
    msg: "This endpoint requires a valid Bearer token",
  }]);
  const jwks = await fetch(`${standIn.url}/auth/v1/.well-known/jwks.json`).then((r) => r.json());
  assertEquals(jwks.keys.map((k: { kid: string; alg: string }) => [k.kid, k.alg]), [
    [standIn.kid, "ES256"],
  ]);
  assert(!("d" in jwks.keys[0]), "no private key material");
});

function now(): number {
  return Math.floor(Date.now() / 1000);
}

function b64url(value: unknown): string {
  return btoa(JSON.stringify(value)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}
