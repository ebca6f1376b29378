/**
 * The response envelopes every function answers in, and the small shared field types.
 * See ../../README.md ("The API contract") for the frontend's view of them.
 */
import { z } from "zod";

export const Uuid = z.uuid().meta({
  description: "A UUID.",
  example: "7a1c1f2e-9d0b-4a57-8d8e-2f6c4b8a9e31",
});
export const Timestamp = z.iso.datetime({ offset: true }).meta({
  description: "An ISO 8601 timestamp.",
  example: "2026-11-24T09:30:00.000Z",
});
/**
 * Text Postgres can store as sent: no U+0000 (text cannot hold it) and no lone UTF-16
 * surrogate (jsonb refuses its escape; text would silently turn it into U+FFFD). Refused at
 * its field (422 with the field's path), before it could reach the database.
 */
export const noNul = [
  (value: string) => !value.includes("\0") && value.isWellFormed(),
  { message: "Must be valid Unicode text without NUL (U+0000) characters." },
] as const;
/** A trimmed, non-empty line of text of at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1).max(max).refine(...noNul);
/** Free text that may be empty or absent. */
export const optionalText = (max: number) =>
  z.string().trim().max(max).refine(...noNul).nullable().optional();
export const Email = z.email().max(320).transform((value) => value.toLowerCase()).meta({
  example: "ada@example.com",
});

export const FieldIssueSchema = z.object({
  path: z.string().meta({
    description: 'Dotted path of the field (`interview_settings.question_count`); "" for the body.',
  }),
  message: z.string(),
}).meta({ id: "FieldIssue" });

export const ErrorEnvelope = z.object({
  success: z.literal(false),
  error: z.object({
    code: z.string().regex(/^[A-Z][A-Z0-9_]*$/).meta({ example: "VALIDATION_ERROR" }),
    message: z.string(),
    details: z.array(FieldIssueSchema).optional(),
  }),
  request_id: z.string(),
}).meta({ id: "ErrorEnvelope", description: "Every error answer." });
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;

/** `{ success: true, data, message? }` around a payload schema. */
export function successEnvelope<T extends z.ZodType>(data: T) {
  return z.object({ success: z.literal(true), data, message: z.string().optional() });
}

/** A page of items: the `data` of a list answer. */
export function page<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.int().min(0),
    page: z.int().min(1),
    page_size: z.int().min(1).max(100),
    pages: z.int().min(0),
  });
}

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  page_size: z.coerce.number().int().min(1).max(100).default(20),
  q: z.string().trim().max(200).refine(...noNul).optional(),
});
export type PageQuery = z.infer<typeof PageQuery>;

/** For Update schemas: an empty PATCH is a mistake, not a no-op. */
export const atLeastOneField = [
  (value: object) => Object.keys(value).length > 0,
  { message: "Send at least one field to change." },
] as const;
