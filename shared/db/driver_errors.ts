/**
 * What a Postgres error means, as the database layer's own errors (errors.ts): constraint
 * failures are the caller's, a database that cannot be reached is unavailable; anything else
 * stays as it is, a bug.
 */
import postgres from "postgres";
import { DatabaseError, DatabaseUnavailableError, SessionRevokedError } from "./errors.ts";

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
const CONFLICTS: Record<string, [code: string, message: string]> = {
  interview_responses_question_id_key: [
    "ALREADY_ANSWERED",
    "This question has already been answered.",
  ],
  candidates_owner_email_key: [
    "CANDIDATE_EMAIL_TAKEN",
    "A candidate with this email is already in your pipeline.",
  ],
  candidate_requests_one_open_idx: [
    "REQUEST_OPEN",
    "You have asked for this already; the request is open and will be answered.",
  ],
};

/** The connection is gone (or never came): nothing more can be sent on it. */
export function isConnectionLost(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string" && (UNREACHABLE.has(code) || code.startsWith("08")) &&
    code !== "57014";
}

/** `error` as the database layer's own error, when the driver's error has a meaning. */
export function asDatabaseError(error: unknown): unknown {
  if (error instanceof DatabaseError) return error;
  return meaningOf(error) ?? error;
}

function meaningOf(error: unknown): DatabaseError | undefined {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== "string") return undefined;
  if (code === "40001" || code === "40P01") {
    // Serialization failure or deadlock: the same request is likely to pass when retried.
    return new DatabaseError("busy", "DATABASE_BUSY", "The database is busy; try again.");
  }
  if (UNREACHABLE.has(code) || code.startsWith("08")) return new DatabaseUnavailableError();
  if (!(error instanceof postgres.PostgresError)) return undefined;
  switch (code) {
    case "P0401": // raised by private.assert_active_session
      return new SessionRevokedError();
    case "P0409": // raised by private.guard_decided_status
      return new DatabaseError(
        "conflict",
        "DECISION_REQUIRED",
        "A candidate is rejected, offered or hired (or moved out of those) only by a decision: POST /interviews/{id}/decision.",
      );
    case "23505": { // unique_violation
      const [known, message] = CONFLICTS[error.constraint_name ?? ""] ??
        ["CONFLICT", "A record with these values already exists."];
      return new DatabaseError("conflict", known, message);
    }
    case "23503": // foreign_key_violation
      // Inserting a reference to a row you cannot see is the same as to one that does not exist.
      return /^insert or update/.test(error.message)
        ? new DatabaseError(
          "missing",
          "NOT_FOUND",
          "A record this request refers to was not found.",
        )
        : new DatabaseError(
          "conflict",
          "STILL_REFERENCED",
          "Other records still depend on this one.",
        );
    case "42501": // insufficient_privilege, including a write refused by row-level security
      return new DatabaseError("missing", "NOT_FOUND", "Not found.");
    case "23514": // check_violation
    case "23502": // not_null_violation
    case "22001": // string_data_right_truncation
      return new DatabaseError(
        "invalid",
        "VALUE_OUT_OF_RANGE",
        "A value is out of its allowed range.",
      );
    case "22021": // character_not_in_repertoire: U+0000 in text
    case "22P05": // untranslatable_character: \u0000 in jsonb
    case "22P02": // invalid_text_representation: a lone surrogate's escape in jsonb
      // The schemas refuse such text in the fields they know; this is the net for any other.
      return new DatabaseError(
        "invalid",
        "VALUE_NOT_STORABLE",
        "A value cannot be stored as sent.",
      );
    default:
      return undefined;
  }
}
