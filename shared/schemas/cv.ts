/** A candidate's CV (public.cvs): the stored file and what was parsed from it. */
import { z } from "zod";
import { Timestamp, Uuid } from "./common.ts";

export const CvMimeType = z.enum([
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "text/plain",
]).meta({ id: "CvMimeType" });
export const ParseStatus = z.enum(["pending", "parsed", "failed", "no_text"]).meta({
  id: "ParseStatus",
  description: "`no_text`: the file holds no text to read (a scanned PDF); `failed`: a stored " +
    "file could not be read again.",
});

/** How sure the parser is, 0..1. */
const Confidence = z.number().min(0).max(1);

/**
 * What a stored parse lacks when it was made before a field existed: unknown, so neither
 * trusted nor dismissed (the interviewer uses fields above its own threshold).
 */
const UNKNOWN_CONFIDENCE = 0.5;

export const CvFlag = z.object({
  code: z.enum(["hidden_text", "prompt_injection"]),
  message: z.string(),
  text: z.string().nullable().meta({ description: "The text concerned, shown to the recruiter." }),
}).meta({ id: "CvFlag" });

export const ExperienceEntry = z.object({
  title: z.string().nullable(),
  company: z.string().nullable(),
  start: z.string().nullable().meta({ description: "YYYY-MM or YYYY" }),
  end: z.string().nullable().meta({ description: "YYYY-MM, YYYY, or null for present" }),
  location: z.string().nullable().default(null),
  highlights: z.array(z.string()).default([]).meta({
    description: "The entry's own bullets and sentences, in reading order, wrapped lines joined.",
  }),
  confidence: Confidence.default(UNKNOWN_CONFIDENCE).meta({
    description: "How sure the parser is of this entry's title and company.",
  }),
}).meta({ id: "ExperienceEntry" });

export const ParsedCv = z.object({
  contact: z.object({
    name: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    location: z.string().nullable(),
  }),
  skills: z.array(z.string()),
  experience: z.array(ExperienceEntry),
  education: z.array(z.string()),
  languages: z.array(z.string()),
  total_years_experience: z.number().min(0).nullable(),
  confidence: z.object({
    contact: Confidence,
    skills: Confidence,
    experience: Confidence,
    education: Confidence,
  }).default({
    contact: UNKNOWN_CONFIDENCE,
    skills: UNKNOWN_CONFIDENCE,
    experience: UNKNOWN_CONFIDENCE,
    education: UNKNOWN_CONFIDENCE,
  }).meta({ description: "How sure the parser is of each section, 0..1." }),
  flags: z.array(CvFlag).default([]).meta({
    description: "What a recruiter should know about the file (hidden text, text addressed to " +
      "the AI).",
  }),
}).meta({ id: "ParsedCv" });

/**
 * A parse as stored (jsonb), with what older parses lack filled in. Whatever does not fit the
 * schema at all is passed through as it is rather than dropped: it is still the recruiter's.
 */
export function storedParsedCv(value: unknown): ParsedCv | null {
  if (value === null || value === undefined) return null;
  const read = ParsedCv.safeParse(value);
  return read.success ? read.data : value as ParsedCv;
}

/** The upload's form fields; the file itself is checked by content, not by this schema. */
export const CvBase = z.object({ candidate_id: Uuid });
export const CvCreate = CvBase.strict();
/** Parsing again is the only change a CV takes; its fields come from the file. */
export const CvUpdate = z.object({ parse_status: ParseStatus, parsed: ParsedCv.nullable() })
  .partial();

export const Cv = CvBase.extend({
  id: Uuid,
  file_name: z.string(),
  mime_type: CvMimeType,
  size_bytes: z.int().min(1),
  parse_status: ParseStatus,
  parsed: ParsedCv.nullable(),
  created_at: Timestamp,
  updated_at: Timestamp,
}).meta({ id: "Cv" });

export type ParsedCv = z.infer<typeof ParsedCv>;
export type CvCreate = z.infer<typeof CvCreate>;
export type CvUpdate = z.infer<typeof CvUpdate>;
export type Cv = z.infer<typeof Cv>;
