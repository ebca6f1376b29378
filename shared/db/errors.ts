/**
 * What a Postgres error means to a caller. Constraint failures are the caller's (409, 404, 422);
 * a database that cannot be reached is 503; anything else stays a bug (500) for onError.
 */
import postgres from "postgres";
import {
  type AppError,
  ConflictError,
  NotFoundError,
  ServiceUnavailableError,
  UnauthorizedError,
  ValidationError,
} from "../http/errors.ts";

const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "53300", // too_many_connections
  "57014", // query_canceled: statement timeout
]);

/** Unique constraints a caller can run into, by name, with what they mean. */
const CONFLICTS: Record<string, AppError> = {
  interview_responses_question_id_key: new ConflictError(
    "This question has already been answered.",
    "ALREADY_ANSWERED",
  ),
  candidates_owner_email_key: new ConflictError(
    "A candidate with this email is already in your pipeline.",
    "CANDIDATE_EMAIL_TAKEN",
  ),
  candidate_requests_one_open_idx: new ConflictError(
    "You have asked for this already; the request is open and will be answered.",
    "REQUEST_OPEN",
  ),
};

/** The connection is gone (or never came): nothing more can be sent on it. */
export function isConnectionLost(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string" && (UNREACHABLE.has(code) || code.startsWith("08")) &&
    code !== "57014";
}

export function databaseErrorToAppError(error: unknown): AppError | undefined {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== "string") return undefined;
  if (code === "40001" || code === "40P01") {
    // Serialization failure or deadlock: the same request is likely to pass when retried.
    return new ServiceUnavailableError("The database is busy; try again.", "DATABASE_BUSY");
  }
  if (UNREACHABLE.has(code) || code.startsWith("08")) {
    return new ServiceUnavailableError(
      "The database is unavailable; try again shortly.",
      "DATABASE_UNAVAILABLE",
    );
  }
  if (!(error instanceof postgres.PostgresError)) return undefined;
  switch (code) {
    case "P0401": // raised by private.assert_active_session
      return new UnauthorizedError("This session has ended; sign in again.", "SESSION_REVOKED");
    case "P0409": // raised by private.guard_decided_status
      return new ConflictError(
        "A candidate is rejected, offered or hired (or moved out of those) only by a decision: POST /interviews/{id}/decision.",
        "DECISION_REQUIRED",
      );
    case "23505": // unique_violation
      return CONFLICTS[error.constraint_name ?? ""] ??
        new ConflictError("A record with these values already exists.");
    case "23503": // foreign_key_violation
      // Inserting a reference to a row you cannot see is the same as to one that does not exist.
      return /^insert or update/.test(error.message)
        ? new NotFoundError("A record this request refers to was not found.")
        : new ConflictError("Other records still depend on this one.", "STILL_REFERENCED");
    case "42501": // insufficient_privilege, including a write refused by row-level security
      return new NotFoundError();
    case "23514": // check_violation
    case "23502": // not_null_violation
    case "22001": // string_data_right_truncation
      return new ValidationError([{ path: "", message: "A value is out of its allowed range." }]);
    case "22021": // character_not_in_repertoire: U+0000 in text
    case "22P05": // untranslatable_character: \u0000 in jsonb
    case "22P02": // invalid_text_representation: a lone surrogate's escape in jsonb
      // The schemas refuse such text in the fields they know; this is the net for any other.
      return new ValidationError([{ path: "", message: "A value cannot be stored as sent." }]);
    default:
      return undefined;
  }
}
