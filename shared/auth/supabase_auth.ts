/**
 * Supabase Auth as the identity backend, through supabase-js: what runs on a hosted project
 * and under `supabase start`. Users, sessions and refresh tokens live in Supabase Auth (the same
 * database's `auth` schema); the profile trigger creates public.users rows as it does for the
 * built-in store.
 */
import {
  type AuthError,
  createClient,
  type Session,
  type SupabaseClient,
} from "@supabase/supabase-js";
import {
  ConflictError,
  RateLimitedError,
  ServiceUnavailableError,
  UnauthorizedError,
  ValidationError,
} from "../http/errors.ts";
import type { RegisterRequest } from "../schemas/auth.ts";
import type { IdentityBackend, IssuedSession, RequestMeta } from "./identity.ts";

export interface SupabaseAuthSettings {
  url: string;
  anonKey?: string;
  serviceRoleKey?: string;
}

export class SupabaseAuthBackend implements IdentityBackend {
  readonly name = "supabase" as const;

  constructor(private readonly settings: SupabaseAuthSettings) {}

  async register(input: RegisterRequest, _meta: RequestMeta): Promise<IssuedSession> {
    const userMetadata = {
      full_name: input.full_name,
      ...(input.company_name ? { company_name: input.company_name } : {}),
    };
    if (this.settings.serviceRoleKey) {
      // With the service key the account is created confirmed, then signed in: the recruiter
      // can work at once, as with the built-in store.
      const { error } = await this.#client(this.settings.serviceRoleKey).auth.admin.createUser({
        email: input.email,
        password: input.password,
        email_confirm: true,
        user_metadata: userMetadata,
      });
      if (error) throw this.#translate(error);
      return await this.login(input.email, input.password, _meta);
    }
    const { data, error } = await this.#client().auth.signUp({
      email: input.email,
      password: input.password,
      options: { data: userMetadata },
    });
    if (error) throw this.#translate(error);
    if (!data.session) {
      throw new ConflictError(
        "Registered; confirm the email address before signing in.",
        "EMAIL_CONFIRMATION_REQUIRED",
      );
    }
    return issued(data.session);
  }

  async login(email: string, password: string, _meta: RequestMeta): Promise<IssuedSession> {
    const { data, error } = await this.#client().auth.signInWithPassword({ email, password });
    if (error || !data.session) throw this.#translate(error);
    return issued(data.session);
  }

  async refresh(refreshToken: string, _meta: RequestMeta): Promise<IssuedSession> {
    const { data, error } = await this.#client().auth.refreshSession({
      refresh_token: refreshToken,
    });
    if (error || !data.session) {
      if (error && isUnavailable(error)) throw this.#translate(error);
      throw new UnauthorizedError(
        "The refresh token is invalid or was already used.",
        "INVALID_REFRESH_TOKEN",
      );
    }
    return issued(data.session);
  }

  async logout(accessToken: string, _sessionId: string | null, _userId: string): Promise<void> {
    const key = this.settings.serviceRoleKey ?? this.settings.anonKey;
    const { error } = await this.#client(key).auth.admin.signOut(accessToken, "local");
    // A session that is already gone is signed out all the same.
    if (error && error.status !== 404 && error.status !== 401) throw this.#translate(error);
  }

  #client(key = this.settings.anonKey): SupabaseClient {
    return createClient(this.settings.url, key ?? "", {
      auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    });
  }

  #translate(error: AuthError | null): Error {
    if (!error) return new UnauthorizedError("Invalid email or password.", "INVALID_CREDENTIALS");
    if (isUnavailable(error)) {
      return new ServiceUnavailableError(
        "Supabase Auth is unavailable; try again shortly.",
        "AUTH_UNAVAILABLE",
      );
    }
    switch (error.code) {
      case "email_exists":
      case "user_already_exists":
        return new ConflictError("An account with this email already exists.", "EMAIL_TAKEN");
      case "invalid_credentials":
      case "user_banned":
        return new UnauthorizedError("Invalid email or password.", "INVALID_CREDENTIALS");
      case "weak_password":
        return new ValidationError([{ path: "password", message: "The password is too weak." }]);
      case "over_request_rate_limit":
      case "over_email_send_rate_limit":
        return new RateLimitedError(60);
      default:
        return error.status === 400 || error.status === 401
          ? new UnauthorizedError("Invalid email or password.", "INVALID_CREDENTIALS")
          : new ServiceUnavailableError("Supabase Auth refused the request.", "AUTH_UNAVAILABLE");
    }
  }
}

function isUnavailable(error: AuthError): boolean {
  return error.name === "AuthRetryableFetchError" || (error.status ?? 0) >= 500 ||
    error.status === 0;
}

function issued(session: Session): IssuedSession {
  return {
    userId: session.user.id,
    accessToken: session.access_token,
    refreshToken: session.refresh_token,
    expiresAt: session.expires_at ?? Math.floor(Date.now() / 1000) + session.expires_in,
  };
}
