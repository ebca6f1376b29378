/** The reports function's routes (served at /functions/v1/reports). */
import { createRoute } from "../http/router.ts";
import { page, PageQuery, Uuid } from "../schemas/common.ts";
import { GenerateInterviewReport, InterviewReport } from "../schemas/interview_report.ts";
import { IdParams } from "./resource.ts";
import { bearerAuth, errors, jsonBody, ok } from "./responses.ts";

const tags = ["reports"];

export const ReportListQuery = PageQuery.omit({ q: true }).extend({ interview_id: Uuid.optional() })
  .strict();

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
  summary: "One report",
  security: bearerAuth,
  request: { params: IdParams },
  responses: { 200: ok(InterviewReport, "The report."), ...errors(401, 404, 422, 503) },
});
