/** A question of an interview (public.interview_questions): a main question or a follow-up. */
import { z } from "zod";
import { text, Uuid } from "./common.ts";
import { Difficulty } from "./job_description.ts";

export const QuestionCategory = z.enum(["technical", "behavioral", "situational", "experience"])
  .meta({ id: "QuestionCategory" });

export const QuestionSource = z.enum(["job", "cv_claim", "cv", "general", "follow_up"]).meta({
  id: "QuestionSource",
  description:
    "Where the question comes from: the job's skills and requirements, a concrete claim of the CV, the CV's roles and skills, the general banks, or a follow-up on an answer.",
});

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
  source: QuestionSource,
  rubric: z.record(z.string(), z.unknown()),
  parent_question_id: Uuid.nullable().optional(),
  follow_up_index: z.int().min(0).max(3).optional(),
}).strict();

export const InterviewQuestionUpdate = InterviewQuestionCreate.partial().strict();

/** The candidate's view of a question. */
export const InterviewQuestion = InterviewQuestionBase.extend({
  id: Uuid,
  parent_question_id: Uuid.nullable().meta({
    description: "For a follow-up: the question it follows up; null for a main question.",
  }),
}).meta({ id: "InterviewQuestion" });

export const NextQuestion = z.object({ question: InterviewQuestion.nullable() })
  .meta({ id: "NextQuestion", description: "`question` is null once every question is answered." });

export type InterviewQuestionCreate = z.infer<typeof InterviewQuestionCreate>;
export type InterviewQuestionUpdate = z.infer<typeof InterviewQuestionUpdate>;
export type InterviewQuestion = z.infer<typeof InterviewQuestion>;
