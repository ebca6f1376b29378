/** The reports function's routes (served at /functions/v1/reports). */
import { createRoute } from "../http/router.ts";
import { page, PageQuery, Uuid } from "../schemas/common.ts";
import {
  GenerateInterviewReport,
  InterviewReport,
  InterviewReportVersion,
  ReportReview,
} from "../schemas/interview_report.ts";
import { ImpactQuery, ImpactReport } from "../schemas/self_identification.ts";
import { IdParams } from "./resource.ts";
import { bearerAuth, errors, jsonBody, ok } from "./responses.ts";

const tags = ["reports"];

export const ReportListQuery = PageQuery.omit({ q: true }).extend({ interview_id: Uuid.optional() })
  .strict();

// Before `/{id}`: "impact" is no report's id.
export const impact = createRoute({
  method: "get",
  path: "/impact",
  tags,
  summary: "Bias audit: selection and scoring rates and impact ratios by sex and race/ethnicity",
  description:
    "For one of your jobs, over a window (a year by default): per category and per intersection, the number assessed, the selection rate (a person's `advance` decision) and its impact ratio, the scoring rate (share above the sample's median overall score) and its impact ratio, the number of unknown, and the categories under 2 % left out of the ratios: the summary New York City's Local Law 144 asks for. From the candidates' voluntary self-identification, in aggregate only; 409 SAMPLE_TOO_SMALL under 10 people assessed, where a summary would show individuals.",
  security: bearerAuth,
  request: { query: ImpactQuery },
  responses: { 200: ok(ImpactReport, "The summary."), ...errors(401, 404, 409, 422, 503) },
});

export const generate = createRoute({
  method: "post",
  path: "/",
  tags,
  summary: "Generate the report on a finished interview (idempotent)",
  description:
    "Scores every answer and writes the report. Asking again returns the same report with 200.",
  security: bearerAuth,
  request: { body: jsonBody(GenerateInterviewReport) },
  responses: {
    201: ok(InterviewReport, "The new report."),
    200: ok(InterviewReport, "The report, generated before."),
    ...errors(400, 401, 404, 409, 413, 415, 422, 503),
  },
});

export const list = createRoute({
  method: "get",
  path: "/",
  tags,
  summary: "List your reports, newest first",
  security: bearerAuth,
  request: { query: ReportListQuery },
  responses: {
    200: ok(() => page(InterviewReport), "A page of reports."),
    ...errors(401, 422, 503),
  },
});

export const get = createRoute({
  method: "get",
  path: "/{id}",
  tags,
  summary: "One report: its current version",
  security: bearerAuth,
  request: { params: IdParams },
  responses: { 200: ok(InterviewReport, "The report."), ...errors(401, 404, 422, 503) },
});

export const VersionsQuery = PageQuery.omit({ q: true }).strict();

export const rescore = createRoute({
  method: "post",
  path: "/{id}/rescore",
  tags,
  summary: "Re-score: a new AI version from the current provider, prompt and rubric",
  description:
    "Every answer is evaluated again and the report written again; the result is a new version (source `ai`), and every earlier one is kept.",
  security: bearerAuth,
  request: { params: IdParams },
  responses: {
    201: ok(InterviewReport, "The report, now at its new version."),
    ...errors(401, 404, 422, 503),
  },
});

export const review = createRoute({
  method: "post",
  path: "/{id}/review",
  tags,
  summary: "A person's review: change scores or the recommendation, each with a reason",
  description:
    "Any of the overall score, the recommendation and competency scores, each changed value with its reason. The result is a new version (source `human`, with the reviewer); the AI's version stays, and the report shows it beside the change.",
  security: bearerAuth,
  request: { params: IdParams, body: jsonBody(ReportReview) },
  responses: {
    201: ok(InterviewReport, "The report, now at its new version."),
    ...errors(400, 401, 404, 413, 415, 422, 503),
  },
});

export const versions = createRoute({
  method: "get",
  path: "/{id}/versions",
  tags,
  summary: "Every version of a report, newest first",
  security: bearerAuth,
  request: { params: IdParams, query: VersionsQuery },
  responses: {
    200: ok(() => page(InterviewReportVersion), "A page of versions, newest first."),
    ...errors(401, 404, 422, 503),
  },
});
