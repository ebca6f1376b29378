/**
 * Who the matrix's cases run as: the owner (recruiter A), another recruiter (B), the Data API's
 * anonymous role, and candidate credentials for A's two interviews.
 */
import type { CallerRole } from "../helpers/as_caller.ts";
import { A, B, rows, SESSIONS, uuid } from "./fixture.ts";

export interface Identity {
  role: Exclude<CallerRole, "service_role">;
  claims: Record<string, unknown> | null;
}

/** A recruiter's token as the identity store signs it: its session is checked. */
const recruiter = (sub: string): Identity => ({
  role: "authenticated",
  claims: { sub, role: "authenticated", aud: "authenticated", session_id: SESSIONS[sub] },
});
export const candidateFor = (interviewId: string): Identity => ({
  role: "authenticated",
  claims: { sub: uuid(), role: "authenticated", aud: "interview", interview_id: interviewId },
});

export const ACTORS = {
  owner: recruiter(A),
  "other recruiter": recruiter(B),
  anon: { role: "anon", claims: { role: "anon" } },
  /** A candidate credential for interview A: the interview every matrix case aims at. */
  candidate: candidateFor(rows.interviews.A),
  /** A candidate credential for interview A2: the same recruiter's other interview. */
  "other candidate": candidateFor(rows.interviews.A2),
} satisfies Record<string, Identity>;
export type Actor = keyof typeof ACTORS;
