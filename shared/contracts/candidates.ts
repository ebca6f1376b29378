/** The candidates function's routes (served at /functions/v1/candidates). */
import {
  Candidate,
  CandidateCreate,
  CandidateStatus,
  CandidateUpdate,
} from "../schemas/candidate.ts";
import { resourceRoutes } from "./resource.ts";

export const { create, list, get, update, remove } = resourceRoutes({
  tag: "candidates",
  noun: "candidate",
  row: Candidate,
  create: CandidateCreate,
  update: CandidateUpdate,
  filters: { status: CandidateStatus.optional() },
  searches: "name, email, phone, location and notes",
});
