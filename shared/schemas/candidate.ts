/** A candidate in a recruiter's pipeline (public.candidates). */
import { z } from "zod";
import { atLeastOneField, Email, noNul, optionalText, text, Timestamp, Uuid } from "./common.ts";

export const CandidateStatus = z.enum([
  "new",
  "screening",
  "interviewing",
  "offered",
  "hired",
  "rejected",
])
  .meta({ id: "CandidateStatus" });

/**
 * The statuses a recruiter sets by editing a candidate. `rejected`, `offered` and `hired` follow
 * from a decision on an interview (POST /interviews/{id}/decision), which records who decided,
 * why, and on which report; the database refuses them any other way.
 */
export const PipelineStatus = z.enum(["new", "screening", "interviewing"]).meta({
  id: "PipelineStatus",
  description:
    "Set by editing the candidate. rejected, offered and hired are set by a decision (POST /interviews/{id}/decision) only.",
});

export const CandidateBase = z.object({
  full_name: text(200).meta({ example: "Grace Hopper" }),
  email: Email,
  phone: optionalText(50).meta({ example: "+44 20 7946 0958" }),
  linkedin_url: z.url({ protocol: /^https?$/ }).max(500).refine(...noNul).nullable().optional(),
  location: optionalText(200),
  status: PipelineStatus,
  notes: optionalText(10_000),
});

// Defaults belong to Create alone: an Update leaves out what it does not change.
export const CandidateCreate = CandidateBase.extend({ status: PipelineStatus.default("new") })
  .strict().meta({ id: "CandidateCreate" });
export const CandidateUpdate = CandidateBase.partial().strict().refine(...atLeastOneField)
  .meta({ id: "CandidateUpdate" });

export const Candidate = z.object({
  id: Uuid,
  full_name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  linkedin_url: z.string().nullable(),
  location: z.string().nullable(),
  status: CandidateStatus,
  notes: z.string().nullable(),
  created_at: Timestamp,
  updated_at: Timestamp,
}).meta({ id: "Candidate" });

export type CandidateCreate = z.infer<typeof CandidateCreate>;
export type CandidateUpdate = z.infer<typeof CandidateUpdate>;
export type Candidate = z.infer<typeof Candidate>;
