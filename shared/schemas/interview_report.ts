/** The report on a completed interview (public.interview_reports). */
import { z } from "zod";
import { Timestamp, Uuid } from "./common.ts";

export const Recommendation = z.enum(["strong_hire", "hire", "maybe", "no_hire"])
  .meta({ id: "Recommendation" });

const Score = z.number().min(0).max(100);

export const InterviewReportBase = z.object({
  overall_score: Score,
  recommendation: Recommendation,
  summary: z.string().max(10_000),
  strengths: z.array(z.string()),
  weaknesses: z.array(z.string()),
  competency_scores: z.record(z.string(), Score),
});

/** What a recruiter sends: the interview to report on. The rest comes from the scorer. */
export const GenerateInterviewReport = z.object({ interview_id: Uuid }).strict()
  .meta({ id: "GenerateInterviewReport" });

export const InterviewReportCreate = InterviewReportBase.extend({
  interview_id: Uuid,
  provider: z.string().max(100),
  model: z.string().max(200).nullable(),
}).strict();

export const InterviewReportUpdate = InterviewReportBase.partial().strict();

export const InterviewReport = InterviewReportBase.extend({
  id: Uuid,
  interview_id: Uuid,
  created_at: Timestamp,
}).meta({ id: "InterviewReport" });

export type InterviewReportCreate = z.infer<typeof InterviewReportCreate>;
export type InterviewReportUpdate = z.infer<typeof InterviewReportUpdate>;
export type InterviewReport = z.infer<typeof InterviewReport>;
