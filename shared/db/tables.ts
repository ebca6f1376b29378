/** The owned tables the functions read and write, with what their answers show. */
import type { OwnedTable } from "./owned_table.ts";
import { sql } from "./statement.ts";
import { HUMAN_DECISION_NOTICE } from "../schemas/interview_report.ts";

export const jobDescriptions: OwnedTable = {
  name: "job_descriptions",
  columns: [
    "id",
    "title",
    "description",
    "department",
    "location",
    "employment_type",
    "seniority",
    "requirements",
    "skills",
    "status",
    "interview_settings",
    "created_at",
    "updated_at",
  ],
  searchable: ["title", "description", "department", "location", "requirements", "skills"],
};

export const candidates: OwnedTable = {
  name: "candidates",
  columns: [
    "id",
    "full_name",
    "email",
    "phone",
    "linkedin_url",
    "location",
    "status",
    "notes",
    "created_at",
    "updated_at",
  ],
  searchable: ["full_name", "email", "phone", "location", "notes"],
};

export const cvs: OwnedTable = {
  name: "cvs",
  // Not the storage path, checksum or extracted text: those stay behind the API.
  columns: [
    "id",
    "candidate_id",
    "file_name",
    "mime_type",
    "size_bytes",
    "parse_status",
    "parsed",
    "created_at",
    "updated_at",
  ],
  searchable: ["file_name", "extracted_text"],
};

/** A ticket's status as answered: `expired` is derived from `expires_at`, not stored. */
export const ticketStatus = sql`
  case when status = 'active' and expires_at <= now() then 'expired' else status end`;

export const interviewTickets: OwnedTable = {
  name: "interview_tickets",
  // Not the code's hash.
  columns: sql`
    id, candidate_id, job_description_id, expires_at, max_uses, uses, created_at,
    ${ticketStatus} as status`,
  searchable: [],
};

export const interviews: OwnedTable = {
  name: "interviews",
  columns: [
    "id",
    "candidate_id",
    "job_description_id",
    "ticket_id",
    "status",
    "duration_minutes",
    "max_follow_ups",
    "started_at",
    "deadline_at",
    "completed_at",
    "created_at",
    "updated_at",
  ],
  searchable: [],
};

/**
 * A report as answered: its current version's numbers and evidence (kept in `details`), the job
 * it was for, which AI produced it, which version it is and who made it, the AI's original
 * beside a person's change, and the notice that a person decides.
 */
export const interviewReports: OwnedTable = {
  name: "interview_reports",
  columns: sql`
    id, interview_id, overall_score, recommendation, summary, strengths, weaknesses,
    competency_scores,
    (select jsonb_build_object('id', j.id, 'title', j.title) from public.job_descriptions j
     where j.id = interview_reports.job_description_id) as job,
    coalesce(details -> 'competencies', '[]') as competencies,
    coalesce(details -> 'flags', '[]') as flags,
    coalesce(details -> 'claim_check', '[]') as claim_check,
    jsonb_build_object('provider', provider, 'model', model, 'prompt_version', prompt_version,
                       'rubric_version', rubric_version) as ai,
    ${HUMAN_DECISION_NOTICE} as notice,
    current_version as version, source, provider, model, prompt_version, rubric_version,
    case when reviewer_id is null then null else jsonb_build_object('id', reviewer_id,
      'full_name', (select u.full_name from public.users u where u.id = reviewer_id)) end
      as reviewer,
    changes,
    case when source = 'human' then (
      select jsonb_build_object('version', v.version, 'overall_score', v.overall_score,
                                'recommendation', v.recommendation,
                                'competency_scores', v.competency_scores)
      from public.interview_report_versions v
      where v.report_id = interview_reports.id and v.version = interview_reports.ai_version)
    end as ai_original,
    created_at, updated_at`,
  searchable: [],
};

/** Every version of a report, as it was. */
export const interviewReportVersions: OwnedTable = {
  name: "interview_report_versions",
  columns: sql`
    id, report_id, version, source, based_on_version, overall_score, recommendation, summary,
    strengths, weaknesses, competency_scores,
    coalesce(details -> 'competencies', '[]') as competencies,
    coalesce(details -> 'flags', '[]') as flags,
    coalesce(details -> 'claim_check', '[]') as claim_check,
    provider, model, prompt_version, rubric_version,
    case when reviewer_id is null then null else jsonb_build_object('id', reviewer_id,
      'full_name', (select u.full_name from public.users u where u.id = reviewer_id)) end
      as reviewer,
    changes, created_at`,
  searchable: [],
};

/** A decision as answered: who decided, when, why, and on which report. */
export const decisionColumns = sql`
  d.id, d.interview_id, d.candidate_id, d.decision, d.reason,
  jsonb_build_object('id', d.decided_by, 'full_name',
    (select u.full_name from public.users u where u.id = d.decided_by)) as decided_by,
  d.created_at as decided_at,
  case when d.report_id is null then null else jsonb_build_object(
    'id', d.report_id, 'version', d.report_version, 'source', d.report_source,
    'overall_score', d.overall_score, 'recommendation', d.recommendation,
    'ai_recommendation', d.ai_recommendation) end as report,
  d.previous_status, d.candidate_status`;

/** A candidate's request as the candidate reads it: what was asked, and the answer once given. */
export const requestColumns = sql`
  r.id, r.kind, r.message, r.status, r.created_at,
  case when r.status = 'answered' then jsonb_build_object(
    'message', r.answer, 'explanation', r.explanation, 'report_version', r.report_version,
    'answered_at', r.answered_at) end as answer`;

/** The recruiter's view of a request: the same, and whose it is and who answered. */
export const requestDetailColumns = sql`
  ${requestColumns}, r.interview_id, r.candidate_id, r.answered_by`;
