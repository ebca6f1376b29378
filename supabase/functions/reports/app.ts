/**
 * The reports function: a recruiter's report on a finished interview, with every version of it.
 *
 * - POST /reports: the AI's report (version 1). Its numbers and evidence come from the
 *   evaluations made as each answer arrived (an answer the AI could not evaluate then is
 *   evaluated now); the AI writes only the prose around them. Idempotent: the first request
 *   writes it, every later one (and a concurrent one that lost the race) answers the same report.
 * - POST /reports/:id/rescore: a new AI version from the current provider, prompt and rubric,
 *   every answer evaluated again.
 * - POST /reports/:id/review: a person's version: any of the overall score, the recommendation
 *   and competency scores changed, each with its reason. The AI's version stays.
 * - GET /reports/:id (the current version, with the AI's original beside a person's change) and
 *   GET /reports/:id/versions (all of them).
 *
 * Every call to the AI is recorded in the interview's trail in the transaction that stores what
 * it produced (or, when the request fails, on its own); a version becomes the report's content
 * and goes on the trail by the database's own trigger (20261204002100_report_versions.sql).
 */
import { createApp } from "@shared/http/app.ts";
import { router as aiVersions } from "./ai_versions.ts";
import { router as impact } from "./impact.ts";
import { router as read } from "./read.ts";
import { router as review } from "./review.ts";

export const app = createApp("/reports");
// The impact route first: `/{id}` would otherwise take "impact" for an id.
app.route("/", impact);
app.route("/", aiVersions);
app.route("/", review);
app.route("/", read);
