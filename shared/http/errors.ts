/**
 * The application's errors: each carries an HTTP status and a stable UPPER_SNAKE code, and the
 * one `onError` (shared/http/app.ts) turns any of them into the error envelope. Handlers throw
 * these; they never build an error response by hand.
 */
import type { ContentfulStatusCode } from "hono/utils/http-status";

export interface FieldIssue {
  /** Dotted path of the bad field (`interview_settings.question_count`), "" for the body. */
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: FieldIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = "Authentication is required.", code = "UNAUTHORIZED") {
    super(401, code, message, undefined, { "WWW-Authenticate": 'Bearer realm="functions"' });
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You are not allowed to do this.", code = "FORBIDDEN") {
    super(403, code, message);
  }
}

export class NotFoundError extends AppError {
  constructor(message = "Not found.", code = "NOT_FOUND") {
    super(404, code, message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, code = "CONFLICT") {
    super(409, code, message);
  }
}

export class GoneError extends AppError {
  constructor(message: string, code = "GONE") {
    super(410, code, message);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(message = "The request body is too large.", code = "PAYLOAD_TOO_LARGE") {
    super(413, code, message);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(message = "Unsupported media type.", code = "UNSUPPORTED_MEDIA_TYPE") {
    super(415, code, message);
  }
}

export class ValidationError extends AppError {
  constructor(details: FieldIssue[], message = "The request is invalid.") {
    super(422, "VALIDATION_ERROR", message, details);
  }
}

export class RateLimitedError extends AppError {
  constructor(retryAfterSeconds: number, message = "Too many attempts; try again later.") {
    super(429, "RATE_LIMITED", message, undefined, {
      "Retry-After": String(Math.max(1, Math.ceil(retryAfterSeconds))),
    });
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(
    message = "A service this request needs is unavailable.",
    code = "SERVICE_UNAVAILABLE",
  ) {
    super(503, code, message, undefined, { "Retry-After": "5" });
  }
}
