/** A job description (public.job_descriptions): what interviews are generated from. */
import { z } from "zod";
import { atLeastOneField, optionalText, text, Timestamp, Uuid } from "./common.ts";

export const EmploymentType = z.enum(["full_time", "part_time", "contract", "internship"])
  .meta({ id: "EmploymentType" });
export const Seniority = z.enum(["junior", "mid", "senior", "lead"]).meta({ id: "Seniority" });
export const JobStatus = z.enum(["draft", "open", "closed", "archived"]).meta({ id: "JobStatus" });
export const Difficulty = z.enum(["easy", "medium", "hard"]).meta({ id: "Difficulty" });

const shortList = z.array(text(200)).max(100);

const QuestionCount = z.int().min(1).max(50);
const DurationMinutes = z.int().min(5).max(240);
const FocusAreas = z.array(text(100)).max(20);
const MaxFollowUps = z.int().min(0).max(3).meta({
  description: "Probing follow-up questions the interviewer may ask per main question.",
});
const CvClaimShare = z.number().min(0).max(1).meta({
  description:
    "The share of the main questions that each probe one concrete claim of the CV (0.25: 2 of 8), where the CV has claims.",
});

export const InterviewSettings = z.object({
  question_count: QuestionCount.default(8),
  duration_minutes: DurationMinutes.default(45),
  difficulty: Difficulty.default("medium"),
  focus_areas: FocusAreas.default([]),
  max_follow_ups: MaxFollowUps.default(1),
  cv_claim_share: CvClaimShare.default(0.25),
}).strict().meta({ id: "InterviewSettings" });

/** A change to some of the settings; the others keep their values. */
export const InterviewSettingsUpdate = z.object({
  question_count: QuestionCount,
  duration_minutes: DurationMinutes,
  difficulty: Difficulty,
  focus_areas: FocusAreas,
  max_follow_ups: MaxFollowUps,
  cv_claim_share: CvClaimShare,
}).partial().strict().meta({ id: "InterviewSettingsUpdate" });

export const JobDescriptionBase = z.object({
  title: text(200).meta({ example: "Senior Backend Engineer" }),
  description: text(20_000),
  department: optionalText(200),
  location: optionalText(200),
  employment_type: EmploymentType,
  seniority: Seniority,
  requirements: shortList,
  skills: shortList,
  status: JobStatus,
  interview_settings: InterviewSettings,
});

// Defaults belong to Create alone: an Update leaves out what it does not change.
export const JobDescriptionCreate = JobDescriptionBase.extend({
  employment_type: EmploymentType.default("full_time"),
  seniority: Seniority.default("mid"),
  requirements: shortList.default([]),
  skills: shortList.default([]),
  status: JobStatus.default("draft"),
  // The defaults, worked out once at start: without Zod's compiled fast path, which pays off
  // only over many parses.
  interview_settings: InterviewSettings.default(InterviewSettings.parse({}, { jitless: true })),
}).strict().meta({ id: "JobDescriptionCreate" });

export const JobDescriptionUpdate = JobDescriptionBase.extend({
  interview_settings: InterviewSettingsUpdate,
}).partial().strict().refine(...atLeastOneField).meta({ id: "JobDescriptionUpdate" });

export const JobDescription = z.object({
  id: Uuid,
  title: z.string(),
  description: z.string(),
  department: z.string().nullable(),
  location: z.string().nullable(),
  employment_type: EmploymentType,
  seniority: Seniority,
  requirements: z.array(z.string()),
  skills: z.array(z.string()),
  status: JobStatus,
  interview_settings: z.object({
    question_count: z.int(),
    duration_minutes: z.int(),
    difficulty: Difficulty,
    focus_areas: z.array(z.string()),
    max_follow_ups: z.int(),
    cv_claim_share: z.number(),
  }),
  created_at: Timestamp,
  updated_at: Timestamp,
}).meta({ id: "JobDescription" });

export type JobDescriptionCreate = z.infer<typeof JobDescriptionCreate>;
export type JobDescriptionUpdate = z.infer<typeof JobDescriptionUpdate>;
export type JobDescription = z.infer<typeof JobDescription>;
