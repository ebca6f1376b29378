/** An interview (public.interviews): one candidate, one job, from a redeemed ticket. */
import { z } from "zod";
import { Timestamp, Uuid } from "./common.ts";

export const InterviewStatus = z.enum([
  "pending",
  "in_progress",
  "completed",
  "expired",
  "abandoned",
])
  .meta({ id: "InterviewStatus" });

export const InterviewBase = z.object({
  candidate_id: Uuid,
  job_description_id: Uuid,
});

/** Interviews are created by redeeming a ticket (POST /interviews/redeem), never directly. */
export const InterviewCreate = InterviewBase.extend({
  ticket_id: Uuid,
  duration_minutes: z.int().min(5).max(240),
  max_follow_ups: z.int().min(0).max(3),
}).strict();

/** Interviews change by state moves (start, finish), each its own route. */
export const InterviewUpdate = z.object({ status: InterviewStatus }).strict();

export const Interview = InterviewBase.extend({
  id: Uuid,
  ticket_id: Uuid.nullable(),
  status: InterviewStatus,
  duration_minutes: z.int(),
  max_follow_ups: z.int(),
  started_at: Timestamp.nullable(),
  deadline_at: Timestamp.nullable(),
  completed_at: Timestamp.nullable(),
  created_at: Timestamp,
  updated_at: Timestamp,
}).meta({ id: "Interview" });

export const RedeemTicket = z.object({ code: z.string().trim().min(16).max(200) }).strict()
  .meta({ id: "RedeemTicket" });

/** What the candidate is told before the interview: shown on redeeming, recorded in the trail. */
export const CandidateNotice = z.object({
  version: z.string().meta({ description: "The notice's version, recorded in the trail." }),
  summary: z.string().meta({ description: "The whole notice in one paragraph." }),
  ai_role: z.string().meta({ description: "That an AI asks and scores the questions." }),
  assessed: z.array(z.string()).meta({ description: "The job's competencies it assesses." }),
  decision: z.string().meta({ description: "That a person makes the decision." }),
  data_use: z.string().meta({
    description: "What the AI is given and never given, and how AI calls are recorded.",
  }),
  rights: z.object({
    explanation: z.string(),
    human_review: z.string(),
    answers: z.string(),
    data: z.string(),
  }).meta({ description: "How to ask for an explanation, a human review, a copy or erasure." }),
}).meta({ id: "CandidateNotice" });
export type CandidateNotice = z.infer<typeof CandidateNotice>;

export const InterviewCredential = z.object({
  interview_id: Uuid,
  access_token: z.string(),
  expires_at: Timestamp,
  notice: CandidateNotice,
}).meta({ id: "InterviewCredential" });

export type InterviewCreate = z.infer<typeof InterviewCreate>;
export type InterviewUpdate = z.infer<typeof InterviewUpdate>;
export type Interview = z.infer<typeof Interview>;
