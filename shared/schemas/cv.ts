/** A candidate's CV (public.cvs): the stored file and what was parsed from it. */
import { z } from "zod";
import { Timestamp, Uuid } from "./common.ts";

export const CvMimeType = z.enum([
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "text/plain",
]).meta({ id: "CvMimeType" });
export const ParseStatus = z.enum(["pending", "parsed", "failed"]).meta({ id: "ParseStatus" });

export const ParsedCv = z.object({
  contact: z.object({
    name: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    location: z.string().nullable(),
  }),
  skills: z.array(z.string()),
  experience: z.array(z.object({
    title: z.string().nullable(),
    company: z.string().nullable(),
    start: z.string().nullable().meta({ description: "YYYY-MM or YYYY" }),
    end: z.string().nullable().meta({ description: "YYYY-MM, YYYY, or null for present" }),
    location: z.string().nullable().optional(),
    highlights: z.array(z.string()).optional().meta({
      description: "The entry's own bullets and sentences, as written.",
    }),
    confidence: z.number().min(0).max(1).optional().meta({
      description: "How sure the parser is of this entry's title and company, 0..1.",
    }),
  })),
  education: z.array(z.string()),
  languages: z.array(z.string()),
  total_years_experience: z.number().min(0).nullable(),
}).meta({ id: "ParsedCv" });

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
