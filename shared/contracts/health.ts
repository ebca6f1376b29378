/** The health function's routes (served at /functions/v1/health). */
import { z } from "zod";
import { createRoute } from "../http/router.ts";
import { errors, ok, publicAccess } from "./responses.ts";

const tags = ["health"];

export const Health = z.object({
  status: z.literal("ok"),
  version: z.string(),
  uptime_seconds: z.number().min(0),
  timestamp: z.iso.datetime({ offset: true }),
}).meta({ id: "Health" });

export const DatabaseHealth = z.object({
  status: z.literal("ok"),
  database: z.literal("reachable"),
  latency_ms: z.number().min(0),
  server_version: z.string(),
}).meta({ id: "DatabaseHealth" });

export const health = createRoute({
  method: "get",
  path: "/",
  tags,
  summary: "Is the function up",
  security: publicAccess,
  responses: { 200: ok(Health, "Up.") },
});

export const databaseHealth = createRoute({
  method: "get",
  path: "/db",
  tags,
  summary: "Is the database reachable, and how fast",
  security: publicAccess,
  responses: { 200: ok(DatabaseHealth, "The database answered."), ...errors(503) },
});
