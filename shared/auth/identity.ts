/**
 * The identity backends behind /auth, one interface: Supabase Auth (hosted, or `supabase
 * start`) and the built-in store (the embedded local stack), which keeps users in the same
 * `auth.users`, `auth.sessions` and `auth.refresh_tokens` tables with the same hashes and
 * token claims, so the rest of the code cannot tell them apart.
 */
import type { RegisterRequest } from "../schemas/auth.ts";

/** What a successful sign-in gives; the auth function adds the profile. */
export interface IssuedSession {
  userId: string;
  accessToken: string;
  refreshToken: string;
  /** Unix time, seconds. */
  expiresAt: number;
}

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

export interface IdentityBackend {
  readonly name: "builtin" | "supabase";
  /** Creates the user (and so its profile) and signs it in. EMAIL_TAKEN (409) if it exists. */
  register(input: RegisterRequest, meta: RequestMeta): Promise<IssuedSession>;
  /** INVALID_CREDENTIALS (401) for a wrong password and an unknown email alike. */
  login(email: string, password: string, meta: RequestMeta): Promise<IssuedSession>;
  /** Rotates the refresh token; a used or revoked one is INVALID_REFRESH_TOKEN (401). */
  refresh(refreshToken: string, meta: RequestMeta): Promise<IssuedSession>;
  /** Ends the session the access token belongs to; its tokens are refused from then on. */
  logout(accessToken: string, sessionId: string | null, userId: string): Promise<void>;
}
