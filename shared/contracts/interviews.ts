/**
 * The interviews function's routes (served at /functions/v1/interviews): the candidate's side
 * (redeem a ticket, then start, answer, finish with the interview credential) and the
 * recruiter's (list, detail).
 */
import { z } from "zod";
import { createRoute } from "../http/router.ts";
import { page, PageQuery, Timestamp, Uuid } from "../schemas/common.ts";
import {
  Interview,
  InterviewCredential,
  InterviewStatus,
  RedeemTicket,
} from "../schemas/interview.ts";
import { Difficulty } from "../schemas/job_description.ts";
import { InterviewQuestion, QuestionSource } from "../schemas/interview_question.ts";
import {
  InterviewResponse,
  InterviewResponseCreate,
  RecordedAnswer,
} from "../schemas/interview_response.ts";
import { AuditEvent } from "../schemas/audit.ts";
import {
  CandidateRequest,
  CandidateRequestCreate,
  CandidateRequestDetail,
  RequestAnswerCreate,
} from "../schemas/candidate_request.ts";
import { InterviewDecision, InterviewDecisionCreate } from "../schemas/interview_decision.ts";
import { SelfIdentification, SelfIdentificationCreate } from "../schemas/self_identification.ts";
import { IdParams } from "./resource.ts";
import {
  bearerAuth,
  errors,
  interviewCredential,
  jsonBody,
  ok,
  publicAccess,
} from "./responses.ts";

const candidateTags = ["interviews (candidate)"];
const recruiterTags = ["interviews (recruiter)"];

export const InterviewProgress = z.object({
  status: InterviewStatus,
  started_at: Timestamp.nullable(),
  deadline_at: Timestamp.nullable(),
  answered: z.int().min(0),
  total: z.int().min(0),
}).meta({ id: "InterviewProgress" });

export const NextQuestionAnswer = z.object({
  question: InterviewQuestion.nullable().meta({
    description: "null once every question is answered.",
  }),
  interview: InterviewProgress,
}).meta({ id: "NextQuestionAnswer" });

/** The answer to a candidate's answer: what was recorded, and where the interview stands. */
export const AnswerRecorded = z.object({
  answer: RecordedAnswer,
  interview: InterviewProgress,
}).meta({ id: "AnswerRecorded" });

/** The recruiter's view of a question: what it probes, and its answer with the evaluation. */
export const InterviewQuestionDetail = InterviewQuestion.extend({
  follow_up_index: z.int().min(0).max(3).meta({ description: "0 for a main question." }),
  source: QuestionSource,
  difficulty: Difficulty,
  competency: z.string().nullable(),
  expected_points: z.array(z.string()),
  claim: z.string().nullable().meta({ description: "The CV claim the question probes, if any." }),
  answer: InterviewResponse.nullable(),
  created_at: Timestamp,
}).meta({ id: "InterviewQuestionDetail" });

export const InterviewDetail = Interview.extend({
  questions: z.array(InterviewQuestionDetail).meta({
    description:
      "Every question in order, main and follow-up (linked by parent_question_id), each with its answer.",
  }),
  decision: InterviewDecision.nullable().meta({
    description: "The current decision: the latest one; null before any.",
  }),
  decisions: z.array(InterviewDecision).meta({
    description: "Every decision on the interview, newest first: each later one supersedes.",
  }),
  requests: z.array(CandidateRequestDetail).meta({
    description: "The candidate's requests (explanation, human review), open ones first.",
  }),
  open_requests: z.int().min(0).meta({ description: "How many requests await an answer." }),
}).meta({ id: "InterviewDetail" });

export const InterviewListQuery = PageQuery.omit({ q: true }).extend({
  candidate_id: Uuid.optional(),
  job_description_id: Uuid.optional(),
  status: InterviewStatus.optional(),
}).strict();

export const redeem = createRoute({
  method: "post",
  path: "/redeem",
  tags: candidateTags,
  summary: "Redeem a ticket's code for an interview credential",
  description:
    "Atomic: when many requests redeem a single-use ticket at once, exactly one interview is created.",
  security: publicAccess,
  request: { body: jsonBody(RedeemTicket) },
  responses: {
    201: ok(
      InterviewCredential,
      "The interview and its credential (a bearer token for this interview only).",
    ),
    ...errors(400, 404, 409, 410, 413, 415, 422, 429, 503),
  },
});

export const start = createRoute({
  method: "post",
  path: "/{id}/start",
  tags: candidateTags,
  summary: "Start the interview: its questions are generated and the clock starts",
  security: interviewCredential,
  request: { params: IdParams },
  responses: { 200: ok(InterviewProgress, "Started."), ...errors(401, 404, 409, 422, 503) },
});

export const next = createRoute({
  method: "get",
  path: "/{id}/next",
  tags: candidateTags,
  summary: "The next unanswered question",
  security: interviewCredential,
  request: { params: IdParams },
  responses: {
    200: ok(NextQuestionAnswer, "The next question, or null."),
    ...errors(401, 404, 409, 422, 503),
  },
});

export const respond = createRoute({
  method: "post",
  path: "/{id}/responses",
  tags: candidateTags,
  summary: "Answer a question (once)",
  description:
    "The answer is evaluated as it arrives; the interviewer may then ask a follow-up, which `GET /next` serves before the next main question. The candidate never sees a score.",
  security: interviewCredential,
  request: { params: IdParams, body: jsonBody(InterviewResponseCreate) },
  responses: {
    201: ok(AnswerRecorded, "The recorded answer."),
    ...errors(400, 401, 404, 409, 413, 415, 422, 503),
  },
});

export const finish = createRoute({
  method: "post",
  path: "/{id}/finish",
  tags: candidateTags,
  summary: "Finish the interview",
  security: interviewCredential,
  request: { params: IdParams },
  responses: { 200: ok(InterviewProgress, "Finished."), ...errors(401, 404, 409, 422, 503) },
});

export const list = createRoute({
  method: "get",
  path: "/",
  tags: recruiterTags,
  summary: "List your interviews, newest first",
  security: bearerAuth,
  request: { query: InterviewListQuery },
  responses: { 200: ok(() => page(Interview), "A page of interviews."), ...errors(401, 422, 503) },
});

export const get = createRoute({
  method: "get",
  path: "/{id}",
  tags: recruiterTags,
  summary: "One interview with its questions and answers",
  security: bearerAuth,
  request: { params: IdParams },
  responses: { 200: ok(InterviewDetail, "The interview."), ...errors(401, 404, 422, 503) },
});

export const AuditQuery = PageQuery.omit({ q: true }).extend({
  page_size: PageQuery.shape.page_size.meta({ description: "Events per page (at most 100)." }),
}).strict();

export const audit = createRoute({
  method: "get",
  path: "/{id}/audit",
  tags: recruiterTags,
  summary: "The interview's audit trail, in time order",
  description:
    "Append-only: its ticket issued and redeemed, the notice shown, each question served and answer received, every call to the AI (what it was given, a SHA-256 of that input, what it answered or its error, the provider, model, prompt version and latency), report versions, decisions and the candidate's requests. Oldest first.",
  security: bearerAuth,
  request: { params: IdParams, query: AuditQuery },
  responses: {
    200: ok(() => page(AuditEvent), "A page of the trail, oldest first."),
    ...errors(401, 404, 422, 503),
  },
});

export const decide = createRoute({
  method: "post",
  path: "/{id}/decision",
  tags: recruiterTags,
  summary: "Record a person's decision: advance, reject or hold, with its reason",
  description:
    "The AI recommends; a person decides. The decision is recorded with who made it, when, why, and the report version and AI recommendation it was made against; a later one supersedes it, and every one is kept. The candidate's status follows (reject: `rejected`; advance: `interviewing`, or `offered`/`hired` when asked); nothing else moves a candidate to or from rejected, offered or hired.",
  security: bearerAuth,
  request: { params: IdParams, body: jsonBody(InterviewDecisionCreate) },
  responses: {
    201: ok(InterviewDecision, "The decision, as recorded."),
    ...errors(400, 401, 404, 409, 413, 415, 422, 503),
  },
});

export const RequestParams = IdParams.extend({
  requestId: Uuid.meta({ param: { name: "requestId", in: "path" } }),
});

export const RequestListQuery = PageQuery.omit({ q: true }).strict();

export const openRequest = createRoute({
  method: "post",
  path: "/{id}/requests",
  tags: candidateTags,
  summary: "Ask for an explanation of the assessment, or for a person to review it",
  description:
    "With the interview's credential, during or after the interview. One open request of each kind at a time (409 REQUEST_OPEN). The recruiter sees it on the interview and answers it; read the answer with `GET /interviews/{id}/requests`.",
  security: interviewCredential,
  request: { params: IdParams, body: jsonBody(CandidateRequestCreate) },
  responses: {
    201: ok(CandidateRequest, "The request, open."),
    ...errors(400, 401, 404, 409, 413, 415, 422, 503),
  },
});

export const listRequests = createRoute({
  method: "get",
  path: "/{id}/requests",
  tags: candidateTags,
  summary: "Your requests and their answers, newest first",
  security: interviewCredential,
  request: { params: IdParams, query: RequestListQuery },
  responses: {
    200: ok(() => page(CandidateRequest), "A page of requests."),
    ...errors(401, 404, 422, 503),
  },
});

export const answerRequest = createRoute({
  method: "post",
  path: "/{id}/requests/{requestId}/answer",
  tags: recruiterTags,
  summary: "Answer a candidate's request (once)",
  description:
    "For an explanation, the answer carries an explanation generated from the report's current version: per competency, what was asked, what counted (the candidate's own words) and what was missing; nothing about other candidates. 409 REPORT_REQUIRED without a report, 409 REQUEST_ANSWERED once answered.",
  security: bearerAuth,
  request: { params: RequestParams, body: jsonBody(RequestAnswerCreate) },
  responses: {
    200: ok(CandidateRequestDetail, "The request, answered."),
    ...errors(400, 401, 404, 409, 413, 415, 422, 503),
  },
});

export const giveSelfIdentification = createRoute({
  method: "put",
  path: "/{id}/self-identification",
  tags: candidateTags,
  summary: "Answer the voluntary self-identification (sex, race/ethnicity; decline offered)",
  description:
    "Voluntary, and changeable while the credential lasts. Stored apart from the interview: never given to the AI or the scorer, never shown to a recruiter; used only in aggregate for bias audits (`GET /reports/impact`).",
  security: interviewCredential,
  request: { params: IdParams, body: jsonBody(SelfIdentificationCreate) },
  responses: {
    200: ok(SelfIdentification, "What is recorded."),
    ...errors(400, 401, 404, 413, 415, 422, 503),
  },
});

export const getSelfIdentification = createRoute({
  method: "get",
  path: "/{id}/self-identification",
  tags: candidateTags,
  summary: "Your self-identification, if you gave one",
  security: interviewCredential,
  request: { params: IdParams },
  responses: {
    200: ok(SelfIdentification.nullable(), "What is recorded, or null."),
    ...errors(401, 404, 422, 503),
  },
});
