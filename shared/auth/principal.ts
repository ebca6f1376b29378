/**
 * Who a request is for, once its token is verified: a recruiter (a Supabase Auth user) or a
 * candidate holding an interview-scoped credential. The database sees the same claims in
 * `request.jwt.claims`, so row-level security decides what each may reach.
 */
import { UnauthorizedError } from "../http/errors.ts";

/** The claims of a recruiter's access token, as Supabase Auth issues them. */
export interface AccessClaims {
  sub: string;
  role: "authenticated";
  aud: "authenticated" | string[];
  iss: string;
  exp: number;
  iat: number;
  email?: string;
  session_id?: string;
  [claim: string]: unknown;
}

/** The claims of a candidate's credential, scoped to one interview. */
export interface CandidateClaims {
  sub: string;
  role: "authenticated";
  aud: "interview";
  iss: string;
  exp: number;
  iat: number;
  interview_id: string;
  [claim: string]: unknown;
}

export type Principal =
  | {
    kind: "recruiter";
    userId: string;
    email: string | null;
    /** The Supabase Auth session the token belongs to; a revoked session refuses the token. */
    sessionId: string | null;
    claims: AccessClaims;
  }
  | { kind: "candidate"; interviewId: string; claims: CandidateClaims };

export type RecruiterPrincipal = Extract<Principal, { kind: "recruiter" }>;

/** The principal of a verified recruiter access token. */
export function recruiterPrincipal(claims: AccessClaims): RecruiterPrincipal {
  const sessionId = typeof claims.session_id === "string" ? claims.session_id : null;
  uuidOrRefused(claims.sub);
  if (sessionId !== null) uuidOrRefused(sessionId);
  return {
    kind: "recruiter",
    userId: claims.sub,
    email: typeof claims.email === "string" ? claims.email : null,
    sessionId,
    claims,
  };
}

/** The principal of a verified interview credential: its subject is its interview. */
export function candidatePrincipal(claims: CandidateClaims): Principal {
  if (typeof claims.interview_id !== "string" || claims.interview_id !== claims.sub) {
    throw invalidToken();
  }
  return { kind: "candidate", interviewId: uuidOrRefused(claims.interview_id), claims };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A user, session or interview id as the database keys it: a token naming anything else is
 * refused here, before any query is written for it.
 */
function uuidOrRefused(id: string): string {
  if (!UUID.test(id)) throw invalidToken();
  return id;
}

function invalidToken() {
  return new UnauthorizedError("The access token is invalid.", "INVALID_TOKEN");
}
