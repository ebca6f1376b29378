/**
 * What a candidate is told before the interview starts (the answer to POST /interviews/redeem):
 * that an AI asks and scores the questions, what it assesses (the job's competencies), that a
 * person makes the decision, what the AI is never given, and how to ask for an explanation, a
 * human review, a copy or the erasure of their data. The EU AI Act (Art. 26(11), Recital 93)
 * asks deployers of a high-risk system to inform the people it assesses; GDPR Art. 13-14 and 22
 * ask for the logic involved and the right to human intervention and to contest.
 *
 * The text is versioned: the version shown is recorded in the interview's trail, so what a
 * candidate was told can be proven later. Change the version whenever the text changes.
 */
import type { CandidateNotice } from "../schemas/interview.ts";

export const CANDIDATE_NOTICE_VERSION = "notice-2026-12-04";

/** What the notice is made from: the job, its competencies, and who is hiring. */
export interface NoticeFacts {
  interviewId: string;
  company: string | null;
  jobTitle: string;
  focusAreas: string[];
  skills: string[];
  requirements: string[];
}

/** The competencies named in the notice: the job's focus areas, skills and requirements. */
const MAX_ASSESSED = 20;

export function candidateNotice(facts: NoticeFacts): CandidateNotice {
  const who = facts.company?.trim() || "The employer";
  const assessed = unique([...facts.focusAreas, ...facts.skills, ...facts.requirements])
    .slice(0, MAX_ASSESSED);
  const requests = `/interviews/${facts.interviewId}/requests`;
  const ai_role =
    `${who} uses an AI interviewer for this interview for "${facts.jobTitle}". The AI asks the questions, may ask a follow-up question on an answer, and scores each answer against what the question looks for; it then writes a report with an overall score and a recommendation.`;
  const decision =
    `A person at ${who} reads the report and makes the decision. The AI's scores and recommendation are advice to that person, never the decision itself; a person can change any score, and every change is recorded with its reason.`;
  const data_use =
    `The AI is not given your name, contact details, photo or pronouns: it receives the job, the skills, roles and achievements of your CV, and your answers. Every call to the AI is recorded with what it was given and what it answered, so any score can be checked later. You may answer a voluntary self-identification (sex, race or ethnicity, or decline: PUT /interviews/${facts.interviewId}/self-identification); it is stored apart, never reaches the AI or the score, is never shown to the employer one person at a time, and is used only in aggregate to audit the process for bias.`;
  const rights = {
    explanation:
      `You can ask for an explanation of your assessment: POST ${requests} with {"kind": "explanation"}. It says, for each competency, what you were asked, what counted in your answers and what was missing.`,
    human_review:
      `You can ask for a person to review the AI's assessment: POST ${requests} with {"kind": "human_review"} and, if you like, a message saying what you contest.`,
    answers: `You can read the answers to your requests with GET ${requests}.`,
    data:
      `You can ask ${who} for a copy of the data held about you, or for its erasure; both cover your CV, your answers, the AI's assessments and its records.`,
  };
  const summary = [
    ai_role,
    `It assesses: ${
      assessed.length ? assessed.join("; ") : "the job's requirements"
    }, and general skills such as communication and problem solving.`,
    decision,
    "You can ask for an explanation or for a person to review the assessment, with this interview's credential.",
  ].join(" ");
  return {
    version: CANDIDATE_NOTICE_VERSION,
    summary,
    ai_role,
    assessed,
    decision,
    data_use,
    rights,
  };
}

function unique(items: string[]): string[] {
  const seen = new Set<string>();
  return items.map((item) => item.trim()).filter((item) => {
    const key = item.toLowerCase();
    if (!item || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
