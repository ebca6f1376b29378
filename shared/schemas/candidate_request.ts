/**
 * A candidate's request for an explanation or a human review (public.candidate_requests), its
 * answer, and the explanation generated from the report's evidence.
 */
import { z } from "zod";
import { noNul, Timestamp, Uuid } from "./common.ts";

export const RequestKind = z.enum(["explanation", "human_review"]).meta({
  id: "RequestKind",
  description:
    "explanation: how the assessment was made, per competency; human_review: a person reviews the AI's assessment.",
});

export const CandidateRequestCreate = z.object({
  kind: RequestKind,
  message: z.string().trim().max(5000).refine(...noNul).optional().meta({
    description: "What the candidate wants to say: what they contest, what they want explained.",
  }),
}).strict().meta({ id: "CandidateRequestCreate" });

export const RequestAnswerCreate = z.object({
  message: z.string().trim().min(1).max(10_000).refine(...noNul).meta({
    description:
      "The recruiter's answer. For an explanation, the explanation generated from the report's evidence is attached to it.",
  }),
}).strict().meta({ id: "RequestAnswerCreate" });

export const ExplainedCompetency = z.object({
  name: z.string(),
  score: z.number().min(0).max(100).meta({ description: "The candidate's own score, 0 to 100." }),
  asked: z.array(z.string()).meta({ description: "The questions asked on it, follow-ups too." }),
  counted: z.array(z.object({
    point: z.string(),
    your_words: z.string().meta({ description: "The candidate's own words that covered it." }),
  })),
  missing: z.array(z.string()).meta({ description: "What a good answer covers that was missing." }),
  changed_by_a_person: z.object({ ai_score: z.number(), reason: z.string() }).nullable(),
}).meta({ id: "ExplainedCompetency" });

export const Explanation = z.object({
  report_version: z.int().min(0),
  overall_score: z.number().min(0).max(100),
  reviewed_by_a_person: z.boolean(),
  how_answers_are_scored: z.string(),
  competencies: z.array(ExplainedCompetency),
  decision: z.string(),
}).meta({
  id: "Explanation",
  description:
    "Generated from this interview's report only: what was asked, what counted and what was missing, per competency. Nothing about other candidates.",
});
export type Explanation = z.infer<typeof Explanation>;

export const RequestAnswer = z.object({
  message: z.string(),
  explanation: Explanation.nullable(),
  report_version: z.int().nullable(),
  answered_at: Timestamp,
}).meta({ id: "RequestAnswer" });

/** The candidate's view of its request. */
export const CandidateRequest = z.object({
  id: Uuid,
  kind: RequestKind,
  message: z.string().nullable(),
  status: z.enum(["open", "answered"]),
  created_at: Timestamp,
  answer: RequestAnswer.nullable(),
}).meta({ id: "CandidateRequest" });
export type CandidateRequest = z.infer<typeof CandidateRequest>;

/** The recruiter's view: the same, with whose interview it is and who answered. */
export const CandidateRequestDetail = CandidateRequest.extend({
  interview_id: Uuid,
  candidate_id: Uuid,
  answered_by: Uuid.nullable(),
}).meta({ id: "CandidateRequestDetail" });
export type CandidateRequestDetail = z.infer<typeof CandidateRequestDetail>;
