/**
 * The auth function's scenarios that hold whichever identity backend is behind it: run by
 * tests/auth_test.ts against the built-in store and by tests/auth_supabase_test.ts against
 * Supabase Auth (its stand-in), each beside the tests of what only its backend does.
 */
import { decodeJwt } from "jose";
import type postgres from "postgres";
import { assert, assertEquals, assertMatch, assertNotEquals } from "./assert.ts";
import { type Call, registerRecruiter, uniqueEmail } from "./http.ts";
import { test } from "./stack.ts";

// deno-lint-ignore no-explicit-any
type Session = any;

export interface IdentityBackend {
  /** Names its tests: "auth (built-in store)", "auth (Supabase Auth)". */
  name: string;
  call: Call;
  db: postgres.Sql;
  /** How long its access tokens last. */
  tokenSeconds: number;
  /** Checks of what only this backend does when a recruiter registers. */
  registered?(session: Session, email: string): Promise<void> | void;
  /** Checks of what only this backend does when `token`'s session logs out. */
  loggedOut?(token: string): void;
}

const sessionIdOf = (token: string) => decodeJwt(token).session_id as string;

export function authScenarios(
  { name, call, db, tokenSeconds, registered, loggedOut }: IdentityBackend,
) {
  test(`${name}: register is 201 and signs in, with Supabase's claims and the profile from the auth.users trigger`, async () => {
    const email = uniqueEmail();
    const answer = await call("/auth/register", {
      json: { email, password: "password123", full_name: "Test User", company_name: "Acme" },
    });
    assertEquals(answer.status, 201);
    assertEquals(answer.body.success, true);
    const session = answer.body.data;
    assertEquals(session.token_type, "bearer");
    assertEquals(session.user.email, email);
    assertEquals(session.user.full_name, "Test User");
    assertEquals(session.user.company_name, "Acme");

    const claims = decodeJwt(session.access_token);
    assertEquals(claims.sub, session.user.id);
    assertEquals(claims.role, "authenticated");
    assertEquals(claims.aud, "authenticated");
    assertEquals(claims.email, email);
    assertMatch(String(claims.session_id), /^[0-9a-f-]{36}$/);
    assertEquals((claims.exp as number) - (claims.iat as number), tokenSeconds);
    assertEquals(session.expires_at, claims.exp);
    assert(session.expires_in > tokenSeconds - 100 && session.expires_in <= tokenSeconds);

    const [user] = await db`select encrypted_password, raw_user_meta_data from auth.users
      where id = ${session.user.id}`;
    assertMatch(user.encrypted_password, /^\$2a\$10\$.{53}$/);
    assertEquals(user.raw_user_meta_data.full_name, "Test User");
    const [profile] = await db`select email, full_name, company_name from public.users
      where id = ${session.user.id}`;
    assertEquals(profile, { email, full_name: "Test User", company_name: "Acme" });
    const [{ n }] = await db`select count(*)::int as n from auth.sessions
      where id = ${sessionIdOf(session.access_token)}`;
    assertEquals(n, 1);
    await registered?.(session, email);
  });

  test(`${name}: a duplicate email is 409 EMAIL_TAKEN, whatever its case`, async () => {
    const recruiter = await registerRecruiter(call);
    const again = await call("/auth/register", {
      json: { email: recruiter.email.toUpperCase(), password: "another one", full_name: "Other" },
    });
    assertEquals(again.status, 409);
    assertEquals(again.body.error.code, "EMAIL_TAKEN");
    const [{ count }] =
      await db`select count(*)::int from auth.users where lower(email) = ${recruiter.email}`;
    assertEquals(count, 1);
  });

  test(`${name}: login opens a new session; a wrong password and an unknown email get the same 401`, async () => {
    const recruiter = await registerRecruiter(call);
    const login = await call("/auth/login", {
      json: { email: recruiter.email, password: recruiter.password },
    });
    assertEquals(login.status, 200);
    const session = login.body.data;
    assertEquals(session.user, recruiter.user);
    assertNotEquals(sessionIdOf(session.access_token), sessionIdOf(recruiter.access_token));
    assert(session.expires_in > tokenSeconds - 60 && session.expires_in <= tokenSeconds);
    assertEquals(session.expires_at, decodeJwt(session.access_token).exp);

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

  test(`${name}: me, logout, then me is 401 SESSION_REVOKED for that session only; a second logout is refused`, async () => {
    const recruiter = await registerRecruiter(call);
    const login = await call("/auth/login", {
      json: { email: recruiter.email, password: recruiter.password },
    });
    const token = login.body.data.access_token;
    const me = await call("/auth/me", { token });
    assertEquals(me.status, 200);
    assertEquals(me.body.data, recruiter.user);

    const logout = await call("/auth/logout", { method: "POST", token });
    assertEquals(logout.status, 200);
    assertEquals(logout.body, { success: true, data: null, message: "Signed out." });
    loggedOut?.(token);

    const after = await call("/auth/me", { token });
    assertEquals(after.status, 401);
    assertEquals(after.body.error.code, "SESSION_REVOKED");
    const again = await call("/auth/logout", { method: "POST", token });
    assertEquals(again.status, 401);
    const [{ n }] = await db`select count(*)::int as n from auth.sessions
      where id = ${sessionIdOf(token)}`;
    assertEquals(n, 0);
    // The session from registration is another one, and still good.
    assertEquals((await call("/auth/me", { token: recruiter.access_token })).status, 200);
  });
}
