/**
 * Every function's route contracts, by the name Supabase serves the function under: the one
 * list the API documentation (shared/openapi.ts, served by the docs function) is built from.
 * A new function's contracts are one line here; a new route in a contract module is picked up
 * on its own.
 */
import type { RouteConfig } from "@hono/zod-openapi";
import * as auth from "./auth.ts";
import * as candidates from "./candidates.ts";
import * as cvs from "./cvs.ts";
import * as health from "./health.ts";
import * as interviews from "./interviews.ts";
import * as jobs from "./jobs.ts";
import * as reports from "./reports.ts";
import * as tickets from "./tickets.ts";

export const contracts: Record<string, Record<string, RouteConfig>> = {
  auth: routesOf(auth),
  candidates: routesOf(candidates),
  cvs: routesOf(cvs),
  health: routesOf(health),
  interviews: routesOf(interviews),
  jobs: routesOf(jobs),
  reports: routesOf(reports),
  tickets: routesOf(tickets),
};

/** The route contracts a contract module exports, by export name (schemas beside them aside). */
function routesOf(module: Record<string, unknown>): Record<string, RouteConfig> {
  return Object.fromEntries(
    Object.entries(module).filter(([, value]) =>
      typeof value === "object" && value !== null && "method" in value && "path" in value &&
      "responses" in value
    ),
  ) as Record<string, RouteConfig>;
}
