/**
 * Uploading CVs as a recruiter does: a recruiter with a candidate, and the multipart form; and
 * what the test stack's local store then holds.
 */
import { join } from "node:path";
import type postgres from "postgres";
import { config } from "../../shared/config.ts";
import { assertEquals } from "./assert.ts";
import { type Call, registerRecruiter, uniqueEmail } from "./http.ts";

export const PDF = "application/pdf";
export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const TEXT = "text/plain";

export interface Recruiter {
  token: string;
  userId: string;
  candidateId: string;
}

export async function recruiterWithCandidate(call: Call): Promise<Recruiter> {
  const recruiter = await registerRecruiter(call);
  const candidate = await call("/candidates", {
    json: { full_name: "Cand Idate", email: uniqueEmail("candidate") },
    token: recruiter.access_token,
  });
  assertEquals(candidate.status, 201, JSON.stringify(candidate.body));
  return {
    token: recruiter.access_token,
    userId: recruiter.user.id,
    candidateId: candidate.body.data.id,
  };
}

/** A multipart form: bytes go in as a file part named `name`, strings as text fields. */
export function form(fields: Record<string, string | Uint8Array>, name = "cv", type = "") {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === "string") body.append(key, value);
    else body.append(key, new Blob([value as Uint8Array<ArrayBuffer>], { type }), name);
  }
  return body;
}

export function upload(call: Call, r: Recruiter, file: Uint8Array, name: string, type = "") {
  return call("/cvs", {
    body: form({ file, candidate_id: r.candidateId }, name, type),
    token: r.token,
  });
}

/** Uploads and expects 201; the CV as answered. */
export async function uploaded(
  call: Call,
  r: Recruiter,
  file: Uint8Array,
  name: string,
  type = "",
) {
  const response = await upload(call, r, file, name, type);
  assertEquals(response.status, 201, JSON.stringify(response.body));
  return response.body.data;
}

/** Where the stack's local store (CV_STORAGE=local) keeps the CV files. */
export function storageRoot(): string {
  return join(config().localDataDir, "storage", "cvs");
}

/** The names of the files the local store holds for `ownerId`, sorted. */
export async function filesOf(ownerId: string): Promise<string[]> {
  try {
    const names: string[] = [];
    for await (const entry of Deno.readDir(join(storageRoot(), ownerId))) names.push(entry.name);
    return names.sort();
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return [];
    throw error;
  }
}

export async function assertNothingStored(db: postgres.Sql, r: Recruiter, label: string) {
  const [{ count }] = await db`select count(*)::int as count from cvs where owner_id = ${r.userId}`;
  assertEquals(count, 0, `${label}: no row`);
  assertEquals(await filesOf(r.userId), [], `${label}: no file (nor temporary file)`);
}
