/**
 * Supabase Auth as the identity backend, through supabase-js: what runs on a hosted project
 * and under `supabase start`. Users, sessions and refresh tokens live in Supabase Auth (the same
 * database's `auth` schema); the profile trigger creates public.users rows as it does for the
 * built-in store.
 */
import type { AuthError, Session, SupabaseClient } from "@supabase/supabase-js";
import {
  ConflictError,
  ForbiddenError,
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
  /** How long one call to Supabase Auth may take before it counts as unavailable. */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * supabase-js, loaded on the first call to Supabase Auth rather than with the module: the auth
 * function imports this backend whichever backend is configured, and on the built-in store it
 * never runs, while loading supabase-js was one of the larger parts of the function's start.
 */
let supabaseJs: Promise<typeof import("@supabase/supabase-js")> | undefined;
const loadSupabaseJs = () => supabaseJs ??= import("@supabase/supabase-js");

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
      const client = await this.#client(this.settings.serviceRoleKey);
      const { error } = await client.auth.admin.createUser({
        email: input.email,
        password: input.password,
        email_confirm: true,
        user_metadata: userMetadata,
      });
      if (error) throw this.#translate(error);
      return await this.login(input.email, input.password, _meta);
    }
    const { data, error } = await (await this.#client()).auth.signUp({
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
    const client = await this.#client();
    const { data, error } = await client.auth.signInWithPassword({ email, password });
    if (error || !data.session) throw this.#translate(error);
    return issued(data.session);
  }

  async refresh(refreshToken: string, _meta: RequestMeta): Promise<IssuedSession> {
    const { data, error } = await (await this.#client()).auth.refreshSession({
      refresh_token: refreshToken,
    });
    if (error || !data.session) {
      // Only a refusal of the token itself says the token is bad; an outage or a rate limit
      // must not tell the client to sign in again.
      if (error && (isUnavailable(error) || error.status === 429)) throw this.#translate(error);
      throw new UnauthorizedError(
        "The refresh token is invalid or was already used.",
        "INVALID_REFRESH_TOKEN",
      );
    }
    return issued(data.session);
  }

  async logout(accessToken: string, _sessionId: string | null, _userId: string): Promise<void> {
    const key = this.settings.serviceRoleKey ?? this.settings.anonKey;
    const { isAuthSessionMissingError } = await loadSupabaseJs();
    const { error } = await (await this.#client(key)).auth.admin.signOut(accessToken, "local");
    // A session (or user) that is already gone is signed out all the same: Supabase Auth
    // answers 403 `session_not_found` (which supabase-js turns into AuthSessionMissingError) or
    // `user_not_found`; older versions 404 or 401.
    if (
      error && !isAuthSessionMissingError(error) && error.code !== "session_not_found" &&
      error.code !== "user_not_found" && error.status !== 404 && error.status !== 401
    ) {
      throw this.#translate(error);
    }
  }

  async #client(key = this.settings.anonKey): Promise<SupabaseClient> {
    const { createClient } = await loadSupabaseJs();
    return createClient(this.settings.url, key ?? "", {
      auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
      global: { fetch: failFast(this.settings.timeoutMs ?? DEFAULT_TIMEOUT_MS) },
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
      case "email_not_confirmed":
        return new ForbiddenError(
          "Confirm the email address before signing in.",
          "EMAIL_NOT_CONFIRMED",
        );
      case "email_address_invalid":
        return new ValidationError([{ path: "email", message: "This email address is refused." }]);
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

/**
 * A status outside the range supabase-js retries (500-504, 520-530), answered in place of a
 * Supabase Auth that cannot be reached, timed out or failed; #translate makes it a 503.
 */
const UNAVAILABLE_STATUS = 599;

/** The statuses supabase-js retries on (NETWORK_ERROR_CODES in auth-js's lib/fetch). */
function retried(status: number): boolean {
  return (status >= 500 && status <= 504) || (status >= 520 && status <= 530);
}

/**
 * The fetch supabase-js uses here. On its own it waits as long as Supabase Auth takes, and
 * `refreshSession` retries a failed call with back-off for up to 30 seconds; an API request
 * must not hang that long. So every call, body included, has a deadline, and a failure to get an
 * answer (or a 5xx) comes back at once as a non-retried UNAVAILABLE_STATUS answer.
 */
function failFast(timeoutMs: number): typeof fetch {
  return async (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    try {
      const response = await fetch(input, { ...init, signal });
      if (!retried(response.status)) {
        // Read whole under the deadline too, so a body that stalls is an outage as well.
        const body = await response.arrayBuffer();
        return new Response([204, 205, 304].includes(response.status) ? null : body, response);
      }
      await response.body?.cancel();
    } catch (error) {
      if (init?.signal?.aborted) throw error;
    }
    return Response.json(
      { error_code: "auth_unavailable", msg: "Supabase Auth is unavailable." },
      { status: UNAVAILABLE_STATUS },
    );
  };
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
