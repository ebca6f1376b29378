/** Uploading CVs as a recruiter does: a recruiter with a candidate, and the multipart form. */
import { assertEquals } from "./assert.ts";
import { type Call, registerRecruiter, uniqueEmail } from "./http.ts";

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
