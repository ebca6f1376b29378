/**
 * CVs over HTTP, once stored: download, re-parse, list and search, delete (and a candidate's
 * erasure), tenant isolation on every id route, and concurrent uploads.
 */
import { join } from "node:path";
import { assert, assertEquals } from "./helpers/assert.ts";
import { bytesOf, CLASSIC_TEXT, classicPdf, modernDocx } from "./helpers/cv_fixtures.ts";
import {
  assertNothingStored,
  DOCX,
  filesOf,
  form,
  PDF,
  recruiterWithCandidate,
  storageRoot,
  TEXT,
  upload,
  uploaded,
} from "./helpers/cv_upload.ts";
import { client, uniqueEmail } from "./helpers/http.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";
import { attachmentDisposition } from "../shared/cv/file_name.ts";

const stack = await startStack({ CV_STORAGE: "local" });
const call = client(stack.url);
const db = adminSql();

test("cvs: the download is the uploaded bytes, as an attachment with its type", async () => {
  const r = await recruiterWithCandidate(call);
  for (
    const [bytes, name, type] of [
      [classicPdf(), "Lebenslauf Müller.pdf", PDF],
      [modernDocx(), "CV (final), v2.docx", DOCX],
      [bytesOf(CLASSIC_TEXT), "cv.txt", TEXT],
    ] as const
  ) {
    const cv = await uploaded(call, r, bytes, name);
    const response = await fetch(`${stack.url}/cvs/${cv.id}/file`, {
      headers: { Authorization: `Bearer ${r.token}` },
    });
    assertEquals(response.status, 200);
    assertEquals(new Uint8Array(await response.arrayBuffer()), bytes);
    assertEquals(response.headers.get("content-type"), type);
    assertEquals(response.headers.get("x-content-type-options"), "nosniff");
    assertEquals(response.headers.get("cache-control"), "private, no-store");
    assertEquals(response.headers.get("content-disposition"), attachmentDisposition(name));
  }
  assertEquals(
    attachmentDisposition("Lebenslauf Müller.pdf"),
    `attachment; filename="Lebenslauf Mu_ller.pdf"; filename*=UTF-8''Lebenslauf%20M%C3%BCller.pdf`,
  );
  assertEquals(
    attachmentDisposition('a"b;c.docx'),
    `attachment; filename="a_b_c.docx"; filename*=UTF-8''a%22b%3Bc.docx`,
  );
});

test("cvs: POST /cvs/{id}/parse parses again from the stored file", async () => {
  const r = await recruiterWithCandidate(call);
  const cv = await uploaded(call, r, modernDocx(), "cv.docx");
  await db`update cvs set parsed = null, parse_status = 'pending', extracted_text = null
            where id = ${cv.id}`;
  const reparsed = await call(`/cvs/${cv.id}/parse`, { method: "POST", token: r.token });
  assertEquals(reparsed.status, 200, JSON.stringify(reparsed.body));
  assertEquals(reparsed.body.data.parse_status, "parsed");
  assertEquals(reparsed.body.data.parsed, cv.parsed);
  assert(reparsed.body.data.updated_at > cv.updated_at);
  const [row] = await db`select extracted_text from cvs where id = ${cv.id}`;
  assert(row.extracted_text.includes("Deliveroo Ltd"));
});

test("cvs: lists are paginated newest first, filtered by candidate, searched in name and text", async () => {
  const r = await recruiterWithCandidate(call);
  const other = await call("/candidates", {
    json: { full_name: "Other Person", email: uniqueEmail("other") },
    token: r.token,
  });
  const marker = crypto.randomUUID().slice(0, 8);
  const ids: string[] = [];
  for (let i = 0; i < 4; i++) {
    const cv = await uploaded(call, r, bytesOf(`${CLASSIC_TEXT}\nversion ${i}`), `cv-${i}.txt`);
    ids.unshift(cv.id);
  }
  const byText = await call("/cvs", {
    body: form({
      file: bytesOf(`Zed Zulu\nKeyword ${marker} in the text`),
      candidate_id: other.body.data.id,
    }, "plain.txt"),
    token: r.token,
  });
  assertEquals(byText.status, 201);
  const byName = await uploaded(call, r, bytesOf("Yan Yu\nNothing special"), `named-${marker}.txt`);

  const first = await call("/cvs?page=1&page_size=4", { token: r.token });
  assertEquals(first.status, 200);
  assertEquals({ ...first.body.data, items: undefined }, {
    items: undefined,
    total: 6,
    page: 1,
    page_size: 4,
    pages: 2,
  });
  assertEquals(first.body.data.items.map((cv: { id: string }) => cv.id), [
    byName.id,
    byText.body.data.id,
    ids[0],
    ids[1],
  ]);
  assert(first.body.data.items.every((cv: object) => !("extracted_text" in cv)));
  const filtered = await call(`/cvs?candidate_id=${r.candidateId}&page_size=100`, {
    token: r.token,
  });
  assertEquals(filtered.body.data.total, 5);
  const searched = await call(`/cvs?q=${marker.toUpperCase()}`, { token: r.token });
  assertEquals(
    searched.body.data.items.map((cv: { id: string }) => cv.id),
    [byName.id, byText.body.data.id],
  );
  const bad = await call("/cvs?candidate_id=nope&page_size=500", { token: r.token });
  assertEquals(bad.status, 422);
  assertEquals(
    bad.body.error.details.map((d: { path: string }) => d.path).sort(),
    ["candidate_id", "page_size"],
  );
});

test("cvs: delete removes the row and the file (200), then 404", async () => {
  const r = await recruiterWithCandidate(call);
  const kept = await uploaded(call, r, bytesOf(CLASSIC_TEXT), "kept.txt");
  const cv = await uploaded(call, r, classicPdf(), "gone.pdf");
  assertEquals(await filesOf(r.userId), [kept.id, cv.id].sort());
  const deleted = await call(`/cvs/${cv.id}`, { method: "DELETE", token: r.token });
  assertEquals(deleted.status, 200);
  assertEquals(deleted.body.data, { id: cv.id, deleted: true });
  assertEquals(await filesOf(r.userId), [kept.id]);
  const [{ count }] = await db`select count(*)::int as count from cvs where id = ${cv.id}`;
  assertEquals(count, 0);
  for (const path of [`/cvs/${cv.id}`, `/cvs/${cv.id}/file`]) {
    assertEquals((await call(path, { token: r.token })).status, 404);
  }
  assertEquals((await call(`/cvs/${cv.id}`, { method: "DELETE", token: r.token })).status, 404);
});

test("cvs: deleting a candidate erases their CVs, rows and files", async () => {
  const r = await recruiterWithCandidate(call);
  await uploaded(call, r, bytesOf(CLASSIC_TEXT), "one.txt");
  await uploaded(call, r, classicPdf(), "two.pdf");
  assertEquals((await filesOf(r.userId)).length, 2);
  const deleted = await call(`/candidates/${r.candidateId}`, { method: "DELETE", token: r.token });
  assertEquals(deleted.status, 200);
  await assertNothingStored(db, r, "after the candidate's deletion");
});

test("cvs: another recruiter's CV is 404 on every id route, and nothing changes", async () => {
  const owner = await recruiterWithCandidate(call);
  const intruder = await recruiterWithCandidate(call);
  const cv = await uploaded(call, owner, classicPdf(), "private.pdf");
  const attempts = await Promise.all([
    call(`/cvs/${cv.id}`, { token: intruder.token }),
    call(`/cvs/${cv.id}/file`, { token: intruder.token }),
    call(`/cvs/${cv.id}/parse`, { method: "POST", token: intruder.token }),
    call(`/cvs/${cv.id}`, { method: "DELETE", token: intruder.token }),
  ]);
  for (const response of attempts) {
    assertEquals(response.status, 404);
    assertEquals(response.body.error.code, "NOT_FOUND");
  }
  assertEquals((await call("/cvs", { token: intruder.token })).body.data.total, 0);
  const list = await call(`/cvs?candidate_id=${owner.candidateId}`, { token: intruder.token });
  assertEquals(list.body.data.total, 0);
  const [row] = await db`select updated_at from cvs where id = ${cv.id}`;
  assertEquals(row.updated_at.toISOString(), cv.updated_at);
  assertEquals(await filesOf(owner.userId), [cv.id]);
  const badId = await call("/cvs/not-a-uuid/file", { token: owner.token });
  assertEquals(badId.status, 422);
});

test("cvs: 10 concurrent uploads all land: 10 rows, 10 files, each with its own bytes", async () => {
  const r = await recruiterWithCandidate(call);
  const files = Array.from({ length: 10 }, (_, i) => bytesOf(`${CLASSIC_TEXT}\nUpload ${i}\n`));
  const started = performance.now();
  const responses = await Promise.all(files.map((file, i) => upload(call, r, file, `cv-${i}.txt`)));
  const elapsed = performance.now() - started;
  assertEquals(responses.map((response) => response.status), Array(10).fill(201));
  const ids = responses.map((response) => response.body.data.id as string);
  assertEquals(new Set(ids).size, 10);
  const [{ count }] = await db`select count(*)::int as count from cvs where owner_id = ${r.userId}`;
  assertEquals(count, 10);
  assertEquals(await filesOf(r.userId), [...ids].sort());
  for (const [i, id] of ids.entries()) {
    assertEquals(await Deno.readFile(join(storageRoot(), r.userId, id)), files[i]);
  }
  console.log(`10 concurrent uploads in ${elapsed.toFixed(0)} ms`);
});
