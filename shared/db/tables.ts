/** The owned tables the functions read and write, with what their answers show. */
import type { OwnedTable } from "./owned_table.ts";
import { sql } from "./statement.ts";

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
    "started_at",
    "deadline_at",
    "completed_at",
    "created_at",
    "updated_at",
  ],
  searchable: [],
};

export const interviewReports: OwnedTable = {
  name: "interview_reports",
  // Not the provider and model: how a report was made is ours, what it says is the recruiter's.
  columns: [
    "id",
    "interview_id",
    "overall_score",
    "recommendation",
    "summary",
    "strengths",
    "weaknesses",
    "competency_scores",
    "created_at",
  ],
  searchable: [],
};
