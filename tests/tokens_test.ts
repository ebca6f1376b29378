/**
 * Token and session attacks, as tables: every forged or dead credential is refused with 401
 * on reads and writes alike, and a refused write leaves nothing behind. Recruiters' tokens
 * (the built-in store's HS256), candidates' interview credentials, and a verifier holding
 * both an HS256 secret and a JWKS (where algorithm confusion would bite). Also: a deleted
 * user's and a logged-out session's tokens on every function, concurrent refresh-token reuse,
 * and the sign-in rate limits holding across two function instances and a restart (they live
 * in the database).
 *
 * Existing tests already prove, and are not repeated here: tampered payloads, a wrong secret,
 * expiry and reuse of a rotated refresh token on /auth/me (auth_test.ts); the JWKS-only
 * verifier with Supabase Auth, its unknown kids and outages (auth_supabase_test.ts); the limits'
 * counts within one instance (rate_limit_test.ts).
 */
import { decodeJwt, exportJWK, exportSPKI, generateKeyPair, SignJWT } from "jose";
import { assert, assertEquals } from "./helpers/assert.ts";
import { client, registerRecruiter, uniqueEmail } from "./helpers/http.ts";
import { startServe } from "./helpers/processes.ts";
import { adminSql, JWT_SECRET, startStack, test } from "./helpers/stack.ts";
import { TokenVerifier } from "../shared/auth/jwt.ts";
import { interviewCredentialSecret } from "../shared/auth/secret.ts";
import { config } from "../shared/config.ts";
import type { AppError } from "../shared/http/errors.ts";
import { gateway } from "../local/gateway.ts";

const stack = await startStack();
const call = client(stack.url);
const db = adminSql();
const issuer = config().jwt.issuer;
const encode = (text: string) => new TextEncoder().encode(text);
const now = () => Math.floor(Date.now() / 1000);
const b64url = (value: unknown) =>
  btoa(typeof value === "string" ? value : JSON.stringify(value)).replace(/=+$/, "")
    .replace(/\+/g, "-").replace(/\//g, "_");

type Claims = Record<string, unknown>;

async function hs(
  claims: Claims,
  key: Uint8Array = encode(JWT_SECRET),
  header: Record<string, unknown> = {},
  alg = "HS256",
) {
  return await new SignJWT(claims).setProtectedHeader({ alg, typ: "JWT", ...header }).sign(key);
}

/** HS256 over any header, even one jose would refuse to write (an unknown `crit`). */
async function hmac(header: Claims, payload: Claims, key = encode(JWT_SECRET)) {
  const input = `${b64url(header)}.${b64url(payload)}`;
  const cryptoKey = await crypto.subtle.importKey(
    "raw",
    key as Uint8Array<ArrayBuffer>,
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const signature = new Uint8Array(await crypto.subtle.sign("HMAC", cryptoKey, encode(input)));
  return `${input}.${b64url(String.fromCharCode(...signature))}`;
}

/** A token with this header and payload, signed with nothing or with `signature`. */
function unsigned(header: Claims, payload: Claims, signature = "") {
  return `${b64url(header)}.${b64url(payload)}.${signature}`;
}

/** A recruiter with a job, and a candidate mid-interview, to aim forged tokens at. */
async function workspace() {
  const recruiter = await registerRecruiter(call);
  const token = recruiter.access_token;
  const job = (await call("/jobs", {
    token,
    json: { title: "Token target", description: "Forged tokens must not reach this." },
  })).body.data;
  const candidate = (await call("/candidates", {
    token,
    json: { full_name: "Ada", email: uniqueEmail("tokens") },
  })).body.data;
  const ticket = (await call("/tickets", {
    token,
    json: { candidate_id: candidate.id, job_description_id: job.id },
  })).body.data;
  const credential = (await call("/interviews/redeem", { json: { code: ticket.code } })).body.data;
  const started = await call(`/interviews/${credential.interview_id}/start`, {
    method: "POST",
    token: credential.access_token,
  });
  assertEquals(started.status, 200);
  return {
    recruiter,
    claims: decodeJwt(token) as Claims,
    interviewId: credential.interview_id as string,
    candidateToken: credential.access_token as string,
    candidateClaims: decodeJwt(credential.access_token) as Claims,
  };
}

async function jobCount(owner: string): Promise<number> {
  const [{ n }] =
    await db`select count(*)::int as n from public.job_descriptions where owner_id = ${owner}`;
  return n;
}

test("tokens: forged and flawed recruiter tokens are 401 on reads and writes; nothing is written", async () => {
  const space = await workspace();
  const other = await registerRecruiter(call);
  const claims = space.claims;
  const { iat: _iat, exp: _exp, ...timeless } = claims;
  const fresh = (extra: Claims = {}) => ({ ...timeless, iat: now(), exp: now() + 600, ...extra });
  const without = (name: string) => {
    const copy: Claims = fresh();
    delete copy[name];
    return copy;
  };
  const genuine = space.recruiter.access_token;
  const [, genuinePayload, genuineSignature] = genuine.split(".");
  const cases: [string, string, RegExp][] = [
    ["alg none", unsigned({ alg: "none", typ: "JWT" }, fresh()), /INVALID_TOKEN/],
    ["alg None", unsigned({ alg: "None", typ: "JWT" }, fresh()), /INVALID_TOKEN/],
    [
      "alg NONE with the genuine signature",
      `${b64url({ alg: "NONE" })}.${genuinePayload}.${genuineSignature}`,
      /INVALID_TOKEN/,
    ],
    ["no alg", unsigned({ typ: "JWT" }, fresh(), genuineSignature), /INVALID_TOKEN/],
    [
      "HS384 with the right secret",
      await hs(fresh(), encode(JWT_SECRET), {}, "HS384"),
      /INVALID_TOKEN/,
    ],
    [
      "HS512 with the right secret",
      await hs(fresh(), encode(JWT_SECRET), {}, "HS512"),
      /INVALID_TOKEN/,
    ],
    [
      "HS256 with the candidates' key",
      await hs(fresh(), await interviewCredentialSecret()),
      /INVALID_TOKEN/,
    ],
    ["HS256 with an empty-ish secret", await hs(fresh(), encode(" ")), /INVALID_TOKEN/],
    ["wrong audience", await hs(fresh({ aud: "interview" })), /INVALID_TOKEN/],
    ["audience list without ours", await hs(fresh({ aud: ["anon", "service"] })), /INVALID_TOKEN/],
    ["no audience", await hs(without("aud")), /INVALID_TOKEN/],
    ["wrong issuer", await hs(fresh({ iss: "https://evil.example/auth/v1" })), /INVALID_TOKEN/],
    ["issuer with a trailing slash", await hs(fresh({ iss: `${issuer}/` })), /INVALID_TOKEN/],
    ["no issuer", await hs(without("iss")), /INVALID_TOKEN/],
    ["expired", await hs(fresh({ iat: now() - 7200, exp: now() - 3600 })), /TOKEN_EXPIRED/],
    ["expired beyond the clock skew", await hs(fresh({ exp: now() - 90 })), /TOKEN_EXPIRED/],
    ["not yet valid (nbf)", await hs(fresh({ nbf: now() + 3600 })), /INVALID_TOKEN/],
    [
      "issued in the future (iat)",
      await hs(fresh({ iat: now() + 3600, exp: now() + 7200 })),
      /INVALID_TOKEN/,
    ],
    ["no exp", await hs(without("exp")), /INVALID_TOKEN/],
    ["exp not a number", await hs(fresh({ exp: String(now() + 600) })), /INVALID_TOKEN/],
    ["no sub", await hs(without("sub")), /INVALID_TOKEN/],
    ["empty sub", await hs(fresh({ sub: "" })), /INVALID_TOKEN/],
    ["sub not a string", await hs(fresh({ sub: 42 })), /INVALID_TOKEN/],
    ["role anon", await hs(fresh({ role: "anon" })), /INVALID_TOKEN/],
    ["role service_role", await hs(fresh({ role: "service_role" })), /INVALID_TOKEN/],
    ["anonymous user", await hs(fresh({ is_anonymous: true })), /INVALID_TOKEN/],
    [
      "a session that never existed",
      await hs(fresh({ session_id: crypto.randomUUID() })),
      /SESSION_REVOKED/,
    ],
    [
      "another recruiter's session under this sub",
      await hs(fresh({ session_id: decodeJwt(other.access_token).session_id })),
      /SESSION_REVOKED/,
    ],
    [
      "an unknown critical header",
      await hmac({ alg: "HS256", crit: ["x-bank"], "x-bank": 1 }, fresh()),
      /INVALID_TOKEN/,
    ],
    ["a candidate's credential", space.candidateToken, /INVALID_TOKEN/],
    ["trailing segment", `${genuine}.e30`, /INVALID_TOKEN/],
    [
      "payload not JSON",
      `${genuine.split(".")[0]}.${b64url("not json")}.${genuineSignature}`,
      /INVALID_TOKEN/,
    ],
    [
      "signature of another token",
      `${genuine.split(".")[0]}.${b64url(fresh())}.${genuineSignature}`,
      /INVALID_TOKEN/,
    ],
  ];
  const owner = space.recruiter.user.id;
  const jobs = await jobCount(owner);
  for (const [name, token, code] of cases) {
    const me = await call("/auth/me", { token });
    assertEquals(
      me.status,
      401,
      `${name}: /auth/me answered ${me.status} ${JSON.stringify(me.body)}`,
    );
    assert(code.test(me.body.error.code), `${name}: ${me.body.error.code}`);
    assertEquals(me.headers.get("cache-control"), "no-store");
    const write = await call("/jobs", { token, json: { title: name, description: "forged" } });
    assertEquals(write.status, 401, `${name}: POST /jobs answered ${write.status}`);
  }
  assertEquals(await jobCount(owner), jobs, "a forged token wrote a job");
  // The controls: the same claims, signed as the store signs (or by hand), pass.
  assertEquals((await call("/auth/me", { token: await hs(fresh()) })).status, 200);
  assertEquals(
    (await call("/auth/me", { token: await hmac({ alg: "HS256" }, fresh()) })).status,
    200,
  );
});

test("tokens: forged candidate credentials are 401; the interview is untouched", async () => {
  const space = await workspace();
  const { iat: _iat, exp: _exp, ...timeless } = space.candidateClaims;
  const fresh = (extra: Claims = {}) => ({ ...timeless, iat: now(), exp: now() + 600, ...extra });
  const key = await interviewCredentialSecret();
  const cases: [string, string][] = [
    ["alg none", unsigned({ alg: "none", typ: "JWT" }, fresh())],
    ["signed with the recruiters' secret", await hs(fresh())],
    ["a recruiter's audience", await hs(fresh({ aud: "authenticated" }), key)],
    ["expired", await hs(fresh({ iat: now() - 7200, exp: now() - 3600 }), key)],
    ["not yet valid (nbf)", await hs(fresh({ nbf: now() + 3600 }), key)],
    ["issued in the future (iat)", await hs(fresh({ iat: now() + 3600, exp: now() + 7200 }), key)],
    ["interview_id not its sub", await hs(fresh({ sub: crypto.randomUUID() }), key)],
    ["no interview_id", await hs({ ...fresh(), interview_id: undefined }, key)],
    ["no sub", await hs({ ...fresh(), sub: undefined }, key)],
    ["wrong issuer", await hs(fresh({ iss: "https://evil.example" }), key)],
    ["a recruiter's access token", space.recruiter.access_token],
  ];
  const [before] =
    await db`select status, updated_at from public.interviews where id = ${space.interviewId}`;
  for (const [name, token] of cases) {
    const next = await call(`/interviews/${space.interviewId}/next`, { token });
    assertEquals(next.status, 401, `${name}: next answered ${next.status}`);
    const finish = await call(`/interviews/${space.interviewId}/finish`, { method: "POST", token });
    assertEquals(finish.status, 401, `${name}: finish answered ${finish.status}`);
  }
  const [after] =
    await db`select status, updated_at from public.interviews where id = ${space.interviewId}`;
  assertEquals(after, before);
  assertEquals(before.status, "in_progress");
  const [{ n }] =
    await db`select count(*)::int as n from public.interview_responses where interview_id = ${space.interviewId}`;
  assertEquals(n, 0);
  // The control: the genuine credential passes.
  assertEquals(
    (await call(`/interviews/${space.interviewId}/next`, { token: space.candidateToken })).status,
    200,
  );
});

test("tokens: a verifier with an HS256 secret and a JWKS refuses algorithm confusion and unknown kids", async () => {
  const ec = await generateKeyPair("ES256", { extractable: true });
  const rsa = await generateKeyPair("RS256", { extractable: true });
  const ecJwk = { ...(await exportJWK(ec.publicKey)), kid: "ec-1", alg: "ES256", use: "sig" };
  const rsaJwk = { ...(await exportJWK(rsa.publicKey)), kid: "rsa-1", alg: "RS256", use: "sig" };
  const jwks = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    () => Response.json({ keys: [ecJwk, rsaJwk] }),
  );
  try {
    const secret = encode("a legacy project secret, long enough for HS256!!");
    const verifier = new TokenVerifier({
      secret,
      jwksUrl: `http://127.0.0.1:${jwks.addr.port}/auth/v1/.well-known/jwks.json`,
      issuer: "https://project.supabase.co/auth/v1",
      audience: "authenticated",
    });
    const claims = {
      sub: crypto.randomUUID(),
      role: "authenticated",
      iss: "https://project.supabase.co/auth/v1",
      aud: "authenticated",
      iat: now(),
      exp: now() + 600,
    };
    const sign = (alg: string, key: CryptoKey | Uint8Array, kid?: string) =>
      new SignJWT(claims).setProtectedHeader({ alg, typ: "JWT", ...(kid ? { kid } : {}) }).sign(
        key,
      );
    const outcome = (token: string) =>
      verifier.verify(token).then(() => "ok", (error: AppError) => `${error.status} ${error.code}`);

    // The controls: each genuine kind passes.
    assertEquals(await outcome(await sign("ES256", ec.privateKey, "ec-1")), "ok");
    assertEquals(await outcome(await sign("RS256", rsa.privateKey, "rsa-1")), "ok");
    assertEquals(await outcome(await sign("HS256", secret)), "ok");

    const publicForms: [string, string][] = [
      ["the RSA key's PEM", await exportSPKI(rsa.publicKey)],
      ["the RSA key's JWK", JSON.stringify(rsaJwk)],
      ["the RSA key's modulus", rsaJwk.n!],
      ["the EC key's PEM", await exportSPKI(ec.publicKey)],
      ["the EC key's JWK", JSON.stringify(ecJwk)],
    ];
    for (const [name, form] of publicForms) {
      for (const kid of [undefined, "rsa-1", "ec-1"]) {
        assertEquals(
          await outcome(await sign("HS256", encode(form), kid)),
          "401 INVALID_TOKEN",
          `HS256 signed with ${name} (kid ${kid})`,
        );
      }
    }
    const stranger = await generateKeyPair("ES256");
    assertEquals(
      await outcome(await sign("ES256", stranger.privateKey, "unknown-kid")),
      "401 INVALID_TOKEN",
    );
    assertEquals(
      await outcome(await sign("ES256", stranger.privateKey, "ec-1")),
      "401 INVALID_TOKEN",
    );
    assertEquals(await outcome(await sign("RS256", rsa.privateKey, "ec-1")), "401 INVALID_TOKEN");
    assertEquals(
      await outcome(unsigned({ alg: "none", kid: "ec-1" }, claims)),
      "401 INVALID_TOKEN",
    );
    const ps = await generateKeyPair("PS256");
    assertEquals(await outcome(await sign("PS256", ps.privateKey, "rsa-1")), "401 INVALID_TOKEN");
  } finally {
    await jwks.shutdown();
  }
});

test("tokens: a deleted user's tokens are refused everywhere, refresh included", async () => {
  const recruiter = await registerRecruiter(call);
  const token = recruiter.access_token;
  assertEquals(
    (await call("/jobs", { token, json: { title: "Before", description: "x" } })).status,
    201,
  );
  await db`delete from auth.users where id = ${recruiter.user.id}`;
  for (
    const path of [
      "/auth/me",
      "/jobs",
      "/candidates",
      "/cvs",
      "/tickets",
      "/interviews",
      "/reports",
    ]
  ) {
    const response = await call(path, { token });
    assertEquals(response.status, 401, `${path}: ${JSON.stringify(response.body)}`);
    assertEquals(response.body.error.code, "SESSION_REVOKED");
  }
  assertEquals(
    (await call("/jobs", { token, json: { title: "After", description: "x" } })).status,
    401,
  );
  const refreshed = await call("/auth/refresh", {
    json: { refresh_token: recruiter.refresh_token },
  });
  assertEquals(refreshed.status, 401);
  assertEquals(
    await jobCount(recruiter.user.id),
    0,
    "nothing of the deleted user remains or was added",
  );
});

test("tokens: a logged-out session's token is refused by every function, and writes nothing", async () => {
  const recruiter = await registerRecruiter(call);
  const token = recruiter.access_token;
  assertEquals((await call("/auth/logout", { method: "POST", token })).status, 200);
  for (
    const path of [
      "/auth/me",
      "/jobs",
      "/candidates",
      "/cvs",
      "/tickets",
      "/interviews",
      "/reports",
    ]
  ) {
    const response = await call(path, { token });
    assertEquals(response.status, 401, path);
    assertEquals(response.body.error.code, "SESSION_REVOKED", path);
  }
  for (
    const [path, json] of [
      ["/jobs", { title: "x", description: "y" }],
      ["/candidates", { full_name: "x", email: uniqueEmail() }],
    ] as const
  ) {
    assertEquals((await call(path, { token, json })).status, 401, path);
  }
  assertEquals(await jobCount(recruiter.user.id), 0);
  const [{ n }] =
    await db`select count(*)::int as n from public.candidates where owner_id = ${recruiter.user.id}`;
  assertEquals(n, 0);
  // Its refresh token died with it.
  assertEquals(
    (await call("/auth/refresh", { json: { refresh_token: recruiter.refresh_token } })).status,
    401,
  );
});

test("tokens: one refresh token presented five times at once: one rotation, then the family is revoked", async () => {
  const recruiter = await registerRecruiter(call);
  const answers = await Promise.all(
    Array.from(
      { length: 5 },
      () => call("/auth/refresh", { json: { refresh_token: recruiter.refresh_token } }),
    ),
  );
  const codes = answers.map((a) => a.status === 200 ? "200" : a.body.error.code);
  // One rotation wins the token's row lock; the others find it used and end the session. The
  // winner answers with its profile, read in that session, so a loser that ends the session
  // first makes the winner's answer 401 SESSION_REVOKED too: at most one 200, never two.
  assertEquals(
    codes.filter((code) => code === "INVALID_REFRESH_TOKEN").length >= 4,
    true,
    `${codes}`,
  );
  assert(
    codes.every((code) => /^(200|INVALID_REFRESH_TOKEN|SESSION_REVOKED)$/.test(code)),
    `${codes}`,
  );
  const won = answers.filter((a) => a.status === 200);
  // The losers presented a used token: the whole session is gone, the winner's tokens with it.
  for (const winner of won) {
    assertEquals((await call("/auth/me", { token: winner.body.data.access_token })).status, 401);
    assertEquals(
      (await call("/auth/refresh", { json: { refresh_token: winner.body.data.refresh_token } }))
        .status,
      401,
    );
  }
  assertEquals((await call("/auth/me", { token: recruiter.access_token })).status, 401);
  const [{ n }] =
    await db`select count(*)::int as n from auth.sessions where user_id = ${recruiter.user.id}`;
  assertEquals(n, 0);
});

test("rate limits hold across two function instances and a restart (they live in the database)", async () => {
  // This test's own client address (Linux answers on all of 127.0.0.0/8), so no other test's
  // traffic counts against its per-address limits.
  const address = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${
    2 + Math.floor(Math.random() * 250)
  }`;
  const limits = { RATE_LIMIT_LOGIN_PER_ADDRESS: "14", RATE_LIMIT_REGISTER_PER_ADDRESS: "3" };
  const env = { SUPABASE_JWT_SECRET: JWT_SECRET, ...limits };
  // Instance A: this process, with the same limits; instance B: scripts/serve.ts.
  const { setConfig, parseConfig } = await import("../shared/config.ts");
  setConfig(parseConfig({ ...Deno.env.toObject(), ...localEnv(), ...limits }));
  const serverA = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, gateway);
  const httpClient = Deno.createHttpClient({ localAddress: address });
  const a = client(`http://127.0.0.1:${serverA.addr.port}/functions/v1`, httpClient);
  let instanceB = await startServe(env);
  try {
    let b = client(instanceB.url, httpClient);
    const recruiter = await registerRecruiter(a);
    // 10 failed logins for one email, alternating instances: the 11th is refused on both.
    for (let attempt = 0; attempt < 10; attempt++) {
      const answer = await (attempt % 2 ? b : a)("/auth/login", {
        json: { email: recruiter.email, password: `wrong ${attempt}` },
      });
      assertEquals(answer.status, 401, `attempt ${attempt + 1}`);
    }
    for (const instance of [a, b]) {
      const limited = await instance("/auth/login", {
        json: { email: recruiter.email, password: recruiter.password },
      });
      assertEquals(limited.status, 429);
      assertEquals(limited.body.error.code, "RATE_LIMITED");
      assert(Number(limited.headers.get("retry-after")) > 14 * 60);
    }
    // B restarts: the limit is still there.
    const statusB = await instanceB.stop();
    assertEquals(statusB.code, 0);
    instanceB = await startServe(env);
    b = client(instanceB.url, httpClient);
    const afterRestart = await b("/auth/login", {
      json: { email: recruiter.email, password: recruiter.password },
    });
    assertEquals(afterRestart.status, 429, "after a restart");
    assert(Number(afterRestart.headers.get("retry-after")) > 0);

    // Per address: 14 failures in all from this address (10 counted above), over both instances.
    let spray = 0;
    for (; spray < 10; spray++) {
      const answer = await (spray % 2 ? a : b)("/auth/login", {
        json: { email: uniqueEmail("spray"), password: "guess1234" },
      });
      if (answer.status === 429) {
        assert(Number(answer.headers.get("retry-after")) > 0);
        break;
      }
      assertEquals(answer.status, 401);
    }
    assertEquals(spray, 4, "the address had 4 failures left");

    // Registrations per address: one used above on A; one on B, one on A, then both refuse.
    await registerRecruiter(b);
    await registerRecruiter(a);
    for (const instance of [a, b]) {
      const refused = await instance("/auth/register", {
        json: { email: uniqueEmail(), password: "password123", full_name: "One too many" },
      });
      assertEquals(refused.status, 429);
      assert(Number(refused.headers.get("retry-after")) > 0);
    }
  } finally {
    await instanceB.stop();
    httpClient.close();
    await serverA.shutdown();
  }
});

/** The environment startStack gave this process (its secret and data folder). */
function localEnv(): Record<string, string> {
  return {
    SUPABASE_JWT_SECRET: JWT_SECRET,
    LOCAL_DATA_DIR: config().localDataDir,
    AUTH_BACKEND: "builtin",
  };
}
