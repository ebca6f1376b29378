/** A candidate's answer to one question (public.interview_responses). */
import { z } from "zod";
import { noNul, Timestamp, Uuid } from "./common.ts";

export const InterviewResponseBase = z.object({
  question_id: Uuid,
  answer_text: z.string().trim().max(20_000).refine(...noNul),
  duration_seconds: z.int().min(0).max(86_400).nullable().optional(),
});

export const InterviewResponseCreate = InterviewResponseBase.strict().meta({
  id: "InterviewResponseCreate",
});

/** Scoring is the only change an answer takes. */
export const InterviewResponseUpdate = z.object({
  score: z.number().min(0).max(100),
  score_details: z.record(z.string(), z.unknown()),
}).partial().strict();

export const InterviewResponse = InterviewResponseBase.extend({
  id: Uuid,
  interview_id: Uuid,
  duration_seconds: z.int().nullable(),
  score: z.number().min(0).max(100).nullable(),
  created_at: Timestamp,
}).meta({ id: "InterviewResponse" });

export type InterviewResponseCreate = z.infer<typeof InterviewResponseCreate>;
export type InterviewResponseUpdate = z.infer<typeof InterviewResponseUpdate>;
export type InterviewResponse = z.infer<typeof InterviewResponse>;
