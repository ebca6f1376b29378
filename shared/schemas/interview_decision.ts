/** A person's decision on an interview (public.interview_decisions). */
import { z } from "zod";
import { CandidateStatus } from "./candidate.ts";
import { noNul, Timestamp, Uuid } from "./common.ts";
import { PersonRef, Recommendation, ReportSource } from "./interview_report.ts";

export const DecisionKind = z.enum(["advance", "reject", "hold"]).meta({
  id: "DecisionKind",
  description:
    "advance: the candidate goes on (to `interviewing`, or `offered`/`hired` when asked); reject: the candidate is `rejected`; hold: no decision yet (a rejected candidate is back to `interviewing`).",
});

export const InterviewDecisionCreate = z.object({
  decision: DecisionKind,
  reason: z.string().trim().min(3).max(5000).refine(...noNul).meta({
    description: "Why: required, kept with the decision, and part of the candidate's record.",
  }),
  candidate_status: z.enum(["offered", "hired"]).optional().meta({
    description: "For an advance: move the candidate to offered or hired.",
  }),
  report_version: z.int().min(0).optional().meta({
    description:
      "The report version the decision is made on, as the recruiter read it: 409 REPORT_CHANGED if the report has moved on since.",
  }),
}).strict().refine(
  (body) => body.candidate_status === undefined || body.decision === "advance",
  { path: ["candidate_status"], message: "Only an advance moves a candidate to offered or hired." },
).meta({ id: "InterviewDecisionCreate" });
export type InterviewDecisionCreate = z.infer<typeof InterviewDecisionCreate>;

export const InterviewDecision = z.object({
  id: Uuid,
  interview_id: Uuid,
  candidate_id: Uuid,
  decision: DecisionKind,
  reason: z.string(),
  decided_by: PersonRef.meta({ description: "The recruiter who decided." }),
  decided_at: Timestamp,
  report: z.object({
    id: Uuid,
    version: z.int().min(0),
    source: ReportSource,
    overall_score: z.number().min(0).max(100),
    recommendation: Recommendation.meta({ description: "The version's recommendation." }),
    ai_recommendation: Recommendation.meta({ description: "The AI's own recommendation." }),
  }).nullable().meta({
    description: "The report the decision was made against, as it stood; null without a report.",
  }),
  previous_status: CandidateStatus,
  candidate_status: CandidateStatus.meta({ description: "The candidate's status after it." }),
}).meta({ id: "InterviewDecision" });
export type InterviewDecision = z.infer<typeof InterviewDecision>;
