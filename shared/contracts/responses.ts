/** Building blocks for route contracts: JSON bodies, envelopes and the error answers. */
import type { z } from "zod";
import { ErrorEnvelope, successEnvelope } from "../schemas/common.ts";

/**
 * Every route states who may call it, as one of these three: the router guards each route by
 * its declared security (shared/http/router.ts) and refuses to register a route that states
 * none, so no route is public by accident.
 */
export const bearerAuth = [{ bearerAuth: [] }];
/** A candidate's interview-scoped credential, from POST /interviews/redeem. */
export const interviewCredential = [{ interviewCredential: [] }];
/** No credential (OpenAPI's empty security requirement): registration, login, a ticket's redemption. */
export const publicAccess: Record<string, string[]>[] = [];

/** A required JSON request body. */
export function jsonBody<T extends z.ZodType>(schema: T, description?: string) {
  return {
    required: true,
    description,
    content: { "application/json": { schema } },
  } as const;
}

/**
 * A success answer: `{ success: true, data }`. Answers are not validated, so the envelope's
 * schema is read by the API document alone (the docs function): it is built when first read,
 * not at every function's start.
 */
export function ok<T extends z.ZodType>(data: T | (() => T), description: string) {
  let schema: ReturnType<typeof successEnvelope<T>> | undefined;
  return {
    description,
    content: {
      "application/json": {
        get schema() {
          return schema ??= successEnvelope(typeof data === "function" ? data() : data);
        },
      },
    },
  } as const;
}

const ERROR_DESCRIPTIONS = {
  400: "Malformed request (for example, a body that is not JSON).",
  401: "No, invalid, expired or revoked token.",
  403: "Forbidden.",
  404: "Not found (also another tenant's id).",
  409: "Conflict with the current state.",
  410: "Gone: it has expired.",
  413: "Request body too large.",
  415: "Unsupported media type.",
  422: "Validation failed; `details` lists every bad field.",
  429: "Rate limited; see `Retry-After`.",
  500: "A bug on our side.",
  503: "A service this request needs is unavailable.",
} as const;

type ErrorStatus = keyof typeof ERROR_DESCRIPTIONS;

/** The error answers a route can give, all in the error envelope. */
export function errors<S extends ErrorStatus>(...statuses: S[]) {
  return Object.fromEntries(
    [...statuses, 500 as const].map((status) => [
      status,
      {
        description: ERROR_DESCRIPTIONS[status],
        content: { "application/json": { schema: ErrorEnvelope } },
      },
    ]),
  ) as unknown as Record<
    S | 500,
    { description: string; content: { "application/json": { schema: typeof ErrorEnvelope } } }
  >;
}
