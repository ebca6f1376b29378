/**
 * Who a request is for, once its token is verified: a recruiter (a Supabase Auth user) or a
 * candidate holding an interview-scoped credential. The database sees the same claims in
 * `request.jwt.claims`, so row-level security decides what each may reach.
 */

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
  return {
    kind: "recruiter",
    userId: claims.sub,
    email: typeof claims.email === "string" ? claims.email : null,
    sessionId: typeof claims.session_id === "string" ? claims.session_id : null,
    claims,
  };
}
