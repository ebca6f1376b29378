/**
 * Why a CV file cannot be read. Each is a 422 with its own code, and names the `file` field so
 * a frontend can show the message beside it; nothing of such an upload is stored.
 */
import { AppError } from "../http/errors.ts";

export type UnreadableCvCode = "CV_ENCRYPTED" | "CV_CORRUPT" | "CV_TOO_COMPLEX";

export class UnreadableCvError extends AppError {
  constructor(code: UnreadableCvCode, message: string) {
    super(422, code, message, [{ path: "file", message }]);
  }
}

export const encrypted = (what: string) =>
  new UnreadableCvError(
    "CV_ENCRYPTED",
    `The ${what} is password-protected; upload a copy without a password.`,
  );

export const corrupt = (what: string, why?: string) =>
  new UnreadableCvError(
    "CV_CORRUPT",
    `The ${what} is damaged and cannot be read${why ? ` (${why})` : ""}.`,
  );

export const tooComplex = (what: string, why: string) =>
  new UnreadableCvError("CV_TOO_COMPLEX", `The ${what} is too complex to read: ${why}.`);
