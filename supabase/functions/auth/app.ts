/**
 * The auth function: register, login, me, logout, refresh. Identity is Supabase Auth when
 * hosted and the built-in store in the local stack (shared/auth/backends.ts); either way the
 * profile comes from public.users, read under row-level security as the user.
 */
import { identityBackend } from "@shared/auth/backends.ts";
import type { IssuedSession } from "@shared/auth/identity.ts";
import { bearerToken } from "@shared/auth/jwt.ts";
import { type Principal, recruiterPrincipal } from "@shared/auth/principal.ts";
import { forgetAttempts, limits, recordAttempt } from "@shared/auth/rate_limit.ts";
import { recruiterTokens } from "@shared/auth/verifiers.ts";
import * as routes from "@shared/contracts/auth.ts";
import { sql } from "@shared/db/statement.ts";
import { withUserTransaction } from "@shared/db/transaction.ts";
import { createApp, createRouter } from "@shared/http/app.ts";
import { envelope } from "@shared/http/envelope.ts";
import { NotFoundError } from "@shared/http/errors.ts";
import { requestMeta } from "@shared/http/request_meta.ts";
import type { AuthSession } from "@shared/schemas/auth.ts";
import type { User } from "@shared/schemas/user.ts";

const router = createRouter();

router.openapi(routes.register, async (c) => {
  const input = c.req.valid("json");
  const meta = requestMeta(c);
  if (meta.ip) await recordAttempt([limits.registerPerAddress(meta.ip)]);
  const session = await identityBackend().register(input, meta);
  return c.json(envelope(await sessionAnswer(session), "Registered."), 201);
});

router.openapi(routes.login, async (c) => {
  const { email, password } = c.req.valid("json");
  const meta = requestMeta(c);
  const attempts = await recordAttempt([
    limits.loginPerEmail(email),
    ...(meta.ip ? [limits.loginPerAddress(meta.ip)] : []),
  ]);
  const session = await identityBackend().login(email, password, meta);
  await forgetAttempts(attempts);
  return c.json(envelope(await sessionAnswer(session)), 200);
});

router.openapi(routes.me, async (c) => {
  return c.json(envelope(await profile(c.get("principal"))), 200);
});

router.openapi(routes.logout, async (c) => {
  const principal = c.get("principal");
  if (principal.kind !== "recruiter") throw new NotFoundError();
  // Refuses an already ended session (401) before ending it.
  await withUserTransaction(principal, sql`select 1`);
  const token = bearerToken(c.req.header("Authorization"))!;
  await identityBackend().logout(token, principal.sessionId, principal.userId);
  (await recruiterTokens()).forget(token);
  return c.json(envelope(null, "Signed out."), 200);
});

router.openapi(routes.refresh, async (c) => {
  const { refresh_token } = c.req.valid("json");
  const session = await identityBackend().refresh(refresh_token, requestMeta(c));
  return c.json(envelope(await sessionAnswer(session)), 200);
});

/** The token answer, with the profile read as the newly signed-in user. */
async function sessionAnswer(session: IssuedSession): Promise<AuthSession> {
  const claims = await (await recruiterTokens()).verify(session.accessToken);
  const user = await profile(recruiterPrincipal(claims));
  return {
    access_token: session.accessToken,
    token_type: "bearer",
    expires_in: Math.max(0, session.expiresAt - Math.floor(Date.now() / 1000)),
    expires_at: session.expiresAt,
    refresh_token: session.refreshToken,
    user,
  };
}

async function profile(principal: Principal): Promise<User> {
  // By the token's own user id (row-level security still allows only the caller's row): a key
  // lookup the planner sees as one, rather than a second `auth.uid()` beside the policy's.
  const [user] = await withUserTransaction(
    principal,
    sql<User>`
      select id, email, full_name, company_name, created_at
      from public.users
      where id = ${principal.claims.sub}`,
  );
  if (!user) throw new NotFoundError("This account has no profile.", "PROFILE_NOT_FOUND");
  return user;
}

export const app = createApp("/auth");
app.route("/", router);
