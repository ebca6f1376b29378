/** A question of an interview (public.interview_questions). */
import { z } from "zod";
import { text, Timestamp, Uuid } from "./common.ts";
import { Difficulty } from "./job_description.ts";

export const QuestionCategory = z.enum(["technical", "behavioral", "situational", "experience"])
  .meta({ id: "QuestionCategory" });

export const InterviewQuestionBase = z.object({
  position: z.int().min(1).max(50),
  text: text(2000),
  category: QuestionCategory,
  time_limit_seconds: z.int().min(10).max(3600),
});

/** What the question generator produces; expected points are never shown to the candidate. */
export const InterviewQuestionCreate = InterviewQuestionBase.extend({
  difficulty: Difficulty,
  competency: z.string().max(100).nullable().optional(),
  expected_points: z.array(text(500)).min(1).max(20),
}).strict();

export const InterviewQuestionUpdate = InterviewQuestionCreate.partial().strict();

/** The candidate's view of a question. */
export const InterviewQuestion = InterviewQuestionBase.extend({ id: Uuid })
  .meta({ id: "InterviewQuestion" });

/** The recruiter's view, with what a good answer covers. */
export const InterviewQuestionDetail = InterviewQuestion.extend({
  difficulty: Difficulty,
  competency: z.string().nullable(),
  expected_points: z.array(z.string()),
  created_at: Timestamp,
}).meta({ id: "InterviewQuestionDetail" });

export const NextQuestion = z.object({ question: InterviewQuestion.nullable() })
  .meta({ id: "NextQuestion", description: "`question` is null once every question is answered." });

export type InterviewQuestionCreate = z.infer<typeof InterviewQuestionCreate>;
export type InterviewQuestionUpdate = z.infer<typeof InterviewQuestionUpdate>;
export type InterviewQuestion = z.infer<typeof InterviewQuestion>;
