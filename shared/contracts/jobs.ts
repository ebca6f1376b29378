/** The jobs function's routes (served at /functions/v1/jobs). */
import {
  JobDescription,
  JobDescriptionCreate,
  JobDescriptionUpdate,
  JobStatus,
} from "../schemas/job_description.ts";
import { resourceRoutes } from "./resource.ts";

export const { create, list, get, update, remove } = resourceRoutes({
  tag: "jobs",
  noun: "job description",
  row: JobDescription,
  create: JobDescriptionCreate,
  update: JobDescriptionUpdate,
  filters: { status: JobStatus.optional() },
  searches: "title, description, department, location, requirements and skills",
});
