/**
 * What the database layer says went wrong, in its own terms: shared/db raises these (never an
 * HTTP error, and never the driver's own errors, which it translates in driver_errors.ts), and
 * the one error handler (shared/http/app.ts) decides what each answers. Nothing here loads the
 * driver, so that handler can know these without it.
 */

/**
 * - `unavailable`, `busy`: the database cannot do it now; the same request may pass later.
 * - `session_ended`: the caller's session was revoked or has ended.
 * - `conflict`: the rows as they stand refuse the change (a unique key, a dependent row).
 * - `missing`: a row the request names or refers to does not exist for the caller.
 * - `invalid`: a value the database cannot hold; the message says which kind.
 */
export type Refusal = "unavailable" | "busy" | "session_ended" | "conflict" | "missing" | "invalid";

export class DatabaseError extends Error {
  constructor(readonly refusal: Refusal, readonly code: string, message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The database cannot be reached, or stopped answering. */
export class DatabaseUnavailableError extends DatabaseError {
  constructor() {
    super("unavailable", "DATABASE_UNAVAILABLE", "The database is unavailable; try again shortly.");
  }
}

/** The caller's Supabase Auth session has ended (private.assert_active_session). */
export class SessionRevokedError extends DatabaseError {
  constructor() {
    super("session_ended", "SESSION_REVOKED", "This session has ended; sign in again.");
  }
}
