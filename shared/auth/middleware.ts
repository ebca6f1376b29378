/**
 * Hono middleware that verifies the bearer token and puts the caller on the context
 * (`c.get("principal")`), or answers 401 in the envelope. Revoked sessions are refused by the
 * database check every recruiter transaction begins with (shared/db/transaction.ts), which
 * raises SessionRevokedError (401 SESSION_REVOKED, shared/http/app.ts).
 */
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../http/app.ts";
import { UnauthorizedError } from "../http/errors.ts";
import { bearerToken } from "./jwt.ts";
import { type AccessClaims, candidatePrincipal, recruiterPrincipal } from "./principal.ts";
import { candidateTokens, recruiterTokens } from "./verifiers.ts";

/** Only a recruiter's access token passes: a Supabase Auth user with role `authenticated`. */
export const requireRecruiter = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearerToken(c.req.header("Authorization"));
  if (!token) throw new UnauthorizedError("Sign in: this route needs a bearer access token.");
  const claims = await (await recruiterTokens()).verify(token) as AccessClaims;
  if (claims.role !== "authenticated" || claims.is_anonymous === true) {
    throw new UnauthorizedError("The access token is invalid.", "INVALID_TOKEN");
  }
  c.set("principal", recruiterPrincipal(claims));
  await next();
});

/** Only a candidate's interview credential passes (from POST /interviews/redeem). */
export const requireCandidate = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearerToken(c.req.header("Authorization"));
  if (!token) {
    throw new UnauthorizedError(
      "This route needs the interview credential from redeeming a ticket.",
    );
  }
  c.set("principal", candidatePrincipal(await (await candidateTokens()).verify(token)));
  await next();
});
