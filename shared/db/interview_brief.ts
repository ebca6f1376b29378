/**
 * What the AI is given about an interview: the job and the candidate's latest parsed CV, never
 * who the candidate is (the interviewer is blind to name, contact details and pronouns). Read when an interview starts (questions) and when it is reported on (scores), by whatever
 * transaction the caller is in: service-level for a candidate, whose credential does not reach
 * the job or the CV; under row-level security for the recruiter.
 */
import type { JobBrief } from "../ai/provider.ts";
import { type ParsedCv, storedParsedCv } from "../schemas/cv.ts";
import type { Interview } from "../schemas/interview.ts";
import { sql } from "./statement.ts";
import { query, type Transaction } from "./transaction.ts";

export interface InterviewBrief {
  status: Interview["status"];
  question_count: number;
  cv_claim_share: number;
  job: JobBrief;
  cv: ParsedCv | null;
}

export async function interviewBrief(
  tx: Transaction,
  interviewId: string,
): Promise<InterviewBrief[]> {
  const rows = await query(
    tx,
    sql<InterviewBrief>`
      select i.status,
             (j.interview_settings ->> 'question_count')::int as question_count,
             coalesce((j.interview_settings ->> 'cv_claim_share')::float8, 0.25) as cv_claim_share,
             jsonb_build_object(
               'title', j.title, 'description', j.description, 'seniority', j.seniority,
               'requirements', to_jsonb(j.requirements), 'skills', to_jsonb(j.skills),
               'focus_areas', j.interview_settings -> 'focus_areas',
               'difficulty', j.interview_settings ->> 'difficulty'
             ) as job,
             (select parsed from public.cvs
              where candidate_id = i.candidate_id and parse_status = 'parsed'
              order by created_at desc limit 1) as cv
      from public.interviews i
      join public.job_descriptions j on j.id = i.job_description_id
      where i.id = ${interviewId}`,
  );
  // A CV parsed before a field existed reads with that field's default.
  return rows.map((row) => ({ ...row, cv: storedParsedCv(row.cv) }));
}
