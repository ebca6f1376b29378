/**
 * CVs over HTTP: uploads of every accepted type in several layouts, parsed into concrete fields;
 * every kind of refusal (too large, checked while the body streams in; wrong or unknown type;
 * encrypted, damaged, zip and PDF bombs; bad form fields; another tenant's candidate), each
 * leaving no row and no file behind; download, re-parse, list and search, delete; tenant
 * isolation on every id route; concurrent uploads; and a store or commit that fails half-way.
 * Also the parser's date formats and file names, and the Supabase Storage store against a
 * stand-in of the Storage API.
 */
import { join } from "node:path";
import { assert, assertEquals, assertMatch } from "./helpers/assert.ts";
import {
  bytesOf,
  CLASSIC_TEXT,
  classicPdf,
  corruptDocx,
  corruptPdf,
  imageOnlyPdf,
  LABELLED_TEXT,
  manyEntriesDocx,
  modernDocx,
  oleFile,
  pdfBomb,
  png,
  spreadsheetZip,
  utf16Text,
  zipBombDocx,
} from "./helpers/cv_fixtures.ts";
import {
  form,
  type Recruiter,
  recruiterWithCandidate as recruiterWithCandidateOf,
  upload as uploadAs,
  uploaded as uploadedAs,
} from "./helpers/cv_upload.ts";
import { type Call, client, uniqueEmail } from "./helpers/http.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";
import { config } from "../shared/config.ts";
import { findDateRange, formatYearMonth, totalYears } from "../shared/cv/dates.ts";
import { attachmentDisposition, cleanFileName } from "../shared/cv/file_name.ts";
import { MAX_CV_BYTES, MAX_UPLOAD_BODY_BYTES } from "../shared/cv/limits.ts";
import { ServiceUnavailableError } from "../shared/http/errors.ts";
import { type CvStore, cvStore, setCvStore } from "../shared/storage/cv_store.ts";
import { SupabaseCvStore } from "../shared/storage/supabase_cv_store.ts";

const stack = await startStack({ CV_STORAGE: "local" });
const call = client(stack.url);
const sql = adminSql();
const storageRoot = join(config().localDataDir, "storage", "cvs");

const PDF = "application/pdf";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const TEXT = "text/plain";

const recruiterWithCandidate = (c: Call = call) => recruiterWithCandidateOf(c);
const upload = (r: Recruiter, file: Uint8Array, name: string, type = "") =>
  uploadAs(call, r, file, name, type);
const uploaded = (r: Recruiter, file: Uint8Array, name: string, type = "") =>
  uploadedAs(call, r, file, name, type);

async function filesOf(ownerId: string): Promise<string[]> {
  try {
    const names: string[] = [];
    for await (const entry of Deno.readDir(join(storageRoot, ownerId))) names.push(entry.name);
    return names.sort();
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return [];
    throw error;
  }
}

async function assertNothingStored(r: Recruiter, label: string) {
  const [{ count }] =
    await sql`select count(*)::int as count from cvs where owner_id = ${r.userId}`;
  assertEquals(count, 0, `${label}: no row`);
  assertEquals(await filesOf(r.userId), [], `${label}: no file (nor temporary file)`);
}

/** The part of an entry the older tests check: title, company and dates. */
function core(entries: { title: string; company: string; start: string; end: string | null }[]) {
  return entries.map(({ title, company, start, end }) => ({ title, company, start, end }));
}

/** Months from `start` (YYYY-MM) through this month, inclusive, as years to one decimal. */
function yearsSince(start: string, extraMonths = 0): number {
  const now = new Date();
  const [year, month] = start.split("-").map(Number);
  const months = now.getUTCFullYear() * 12 + now.getUTCMonth() - (year * 12 + month - 1) + 1;
  return Math.round(((months + extraMonths) / 12) * 10) / 10;
}

// --- uploads that parse ----------------------------------------------------------------------

test("cvs: a plain text CV (classic layout) uploads (201), parses, and is stored as sent", async () => {
  const r = await recruiterWithCandidate();
  const bytes = bytesOf(CLASSIC_TEXT);
  const cv = await uploaded(r, bytes, "Jane Doe CV.txt", "text/plain");
  assertEquals(Object.keys(cv).sort(), [
    "candidate_id",
    "created_at",
    "file_name",
    "id",
    "mime_type",
    "parse_status",
    "parsed",
    "size_bytes",
    "updated_at",
  ]);
  assertEquals(cv.candidate_id, r.candidateId);
  assertEquals(cv.file_name, "Jane Doe CV.txt");
  assertEquals(cv.mime_type, TEXT);
  assertEquals(cv.size_bytes, bytes.length);
  assertEquals(cv.parse_status, "parsed");
  assertEquals(cv.parsed.contact, {
    name: "Jane Doe",
    email: "jane.doe@example.com",
    phone: "+1 (555) 010-0199",
    location: "Berlin, Germany",
  });
  assertEquals(core(cv.parsed.experience), [
    { title: "Senior Software Engineer", company: "Acme Corp", start: "2019-01", end: null },
    { title: "Software Engineer", company: "Initech", start: "2015", end: "2019" },
    { title: "Junior Developer", company: "Globex GmbH", start: "2013-03", end: "2015-06" },
  ]);
  assertEquals(cv.parsed.experience.map((job: { highlights: string[] }) => job.highlights), [
    ["Led the migration to Kubernetes and Terraform.", "Built REST APIs in Node.js."],
    ["Wrote Python services on AWS."],
    [],
  ]);
  assertEquals(cv.parsed.flags, []);
  // 03/2013 through this month, the three jobs overlapping into one span.
  assertEquals(cv.parsed.total_years_experience, yearsSince("2013-03"));
  // The Skills section's list is the answer: what the bullets name in passing is not added.
  assertEquals(cv.parsed.skills, [
    "TypeScript",
    "Go",
    "PostgreSQL",
    "Docker",
    "React",
    "Git",
    "Jira",
  ]);
  assertEquals(cv.parsed.confidence.skills, 0.9);
  assertEquals(cv.parsed.education, [
    "M.Sc. Computer Science, TU Berlin, 2011 – 2013",
    "B.Sc. Mathematics, University of Lisbon",
  ]);
  assertEquals(cv.parsed.languages, ["English", "German", "Spanish"]);

  const fetched = await call(`/cvs/${cv.id}`, { token: r.token });
  assertEquals(fetched.status, 200);
  assertEquals(fetched.body.data, cv);

  const [row] = await sql`select owner_id, storage_path, sha256, extracted_text from cvs
                          where id = ${cv.id}`;
  assertEquals(row.owner_id, r.userId);
  assertEquals(row.storage_path, `${r.userId}/${cv.id}`);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  assertEquals(row.sha256, Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join(""));
  assert(row.extracted_text.includes("Globex GmbH"));
  assertEquals(await filesOf(r.userId), [cv.id]);
  assertEquals(await Deno.readFile(join(storageRoot, r.userId, cv.id)), bytes);
});

test("cvs: a text CV with labelled fields and other date formats parses", async () => {
  const r = await recruiterWithCandidate();
  const cv = await uploaded(r, bytesOf(LABELLED_TEXT), "carlos.txt");
  assertEquals(cv.parsed.contact, {
    name: "Carlos Silva",
    email: "carlos@silva.pt",
    phone: "+351 912 345 678",
    location: "Porto, Portugal",
  });
  assertEquals(core(cv.parsed.experience), [
    { title: "Lead Engineer", company: "Umbrella Labs", start: "2021-07", end: "2024-02" },
    { title: "Data Analyst", company: "Globex Inc", start: "2017", end: "2021" },
    { title: "Trainee", company: "Initrode", start: "2016-09", end: "2016-12" },
  ]);
  // 09/2016 through 02/2024 without a gap: 90 months.
  assertEquals(cv.parsed.total_years_experience, 7.5);
  assertEquals(cv.parsed.education, ["BSc Informatics — University of Porto — 2013-2017"]);
  assertEquals(cv.parsed.languages, ["Portuguese", "English", "French"]);
  for (const skill of ["Spark", "GCP", "Tableau", "SQL"]) {
    assert(cv.parsed.skills.includes(skill), skill);
  }
});

test("cvs: a DOCX CV (contact in the page header, jobs in a table) uploads and parses", async () => {
  const r = await recruiterWithCandidate();
  const bytes = modernDocx();
  const cv = await uploaded(r, bytes, "amira.docx", DOCX);
  assertEquals(cv.mime_type, DOCX);
  assertEquals(cv.parse_status, "parsed");
  assertEquals(cv.parsed.contact, {
    name: "Amira Haddad",
    email: "amira.haddad@example.org",
    phone: "+44 20 7946 0958",
    location: "London, United Kingdom",
  });
  assertEquals(core(cv.parsed.experience), [
    { title: "Engineering Manager", company: "Monzo Bank", start: "2020-09", end: null },
    { title: "Senior Developer", company: "Deliveroo Ltd", start: "2016-02", end: "2020-08" },
  ]);
  assertEquals(cv.parsed.total_years_experience, yearsSince("2016-02"));
  assertEquals(cv.parsed.education, [
    "MEng Software Engineering, Imperial College London, 2011 – 2015",
  ]);
  assertEquals(cv.parsed.languages, ["English", "Arabic", "French"]);
  assertEquals(cv.parsed.skills.slice(0, 5), ["Python", "Django", "React", "AWS", "Leadership"]);
});

test("cvs: a two-page PDF CV uploads and parses (same-line and own-line dates, accents)", async () => {
  const r = await recruiterWithCandidate();
  const cv = await uploaded(r, classicPdf(), "marcus-weber.pdf", PDF);
  assertEquals(cv.mime_type, PDF);
  assertEquals(cv.parsed.contact, {
    name: "Marcus Weber",
    email: "marcus.weber@example.de",
    phone: "+49 30 901820",
    location: "Munich, Germany",
  });
  assertEquals(core(cv.parsed.experience), [
    { title: "Staff Data Engineer", company: "Zalando SE", start: "2020-04", end: null },
    { title: "Data Engineer", company: "Siemens AG", start: "2016", end: "2020" },
  ]);
  assertEquals(cv.parsed.total_years_experience, yearsSince("2016-01"));
  assertEquals(cv.parsed.education, [
    "M.Sc. Informatics, Technische Universität München, 2014 – 2016",
  ]);
  assertEquals(cv.parsed.languages, ["German", "English", "Portuguese"]);
  assertEquals(cv.parsed.skills, [
    "Python",
    "Scala",
    "SQL",
    "Kafka",
    "Spark",
    "Airflow",
    "Kubernetes",
  ]);
  const search = await call(`/cvs?q=${encodeURIComponent("Universität")}`, { token: r.token });
  assertEquals(search.body.data.items.map((item: { id: string }) => item.id), [cv.id]);
});

test("cvs: a PDF without text (a scanned image) is kept, marked no_text with the reason", async () => {
  const r = await recruiterWithCandidate();
  const cv = await uploaded(r, imageOnlyPdf(), "scan.pdf");
  assertEquals([cv.parse_status, cv.parsed], ["no_text", null]);
  const [row] = await sql`select parse_error, extracted_text from cvs where id = ${cv.id}`;
  assertMatch(row.parse_error, /no text layer .*scanned image/);
  assertEquals(row.extracted_text, null);
  assertEquals(await filesOf(r.userId), [cv.id]);
});

test("cvs: the content decides the type; a name or type that claims neither PDF nor DOCX is corrected", async () => {
  const r = await recruiterWithCandidate();
  const pdfAsText = await uploaded(r, classicPdf(), "../../etc/\u202Epasswd\u0007", "text/plain");
  assertEquals([pdfAsText.mime_type, pdfAsText.file_name], [PDF, "passwd.pdf"]);
  const docxNoType = await uploaded(r, modernDocx(), "cv.txt", "application/octet-stream");
  assertEquals([docxNoType.mime_type, docxNoType.file_name], [DOCX, "cv.docx"]);
  assertEquals(docxNoType.parsed.contact.name, "Amira Haddad");
  const textAsMarkdown = await uploaded(r, bytesOf(CLASSIC_TEXT), "resume.md", "text/markdown");
  assertEquals([textAsMarkdown.mime_type, textAsMarkdown.file_name], [TEXT, "resume.md"]);
});

test("cvs: a file named or declared PDF or DOCX whose content is something else is 415; nothing is kept", async () => {
  const r = await recruiterWithCandidate();
  const cases: [string, Uint8Array, string, string][] = [
    ["a text file named cv.pdf", bytesOf(CLASSIC_TEXT), "cv.pdf", ""],
    ["a text file named resume.PDF, declared PDF", bytesOf(CLASSIC_TEXT), "resume.PDF", PDF],
    ["a Word document named cv.pdf", modernDocx(), "cv.pdf", "application/pdf"],
    ["a Word document declared PDF", modernDocx(), "cv", PDF],
    ["a PDF named cv.docx", classicPdf(), "cv.docx", ""],
    ["a PDF declared DOCX", classicPdf(), "cv", DOCX],
    ["a text file declared DOCX", bytesOf(CLASSIC_TEXT), "cv.txt", `${DOCX}; charset=binary`],
  ];
  for (const [label, bytes, name, type] of cases) {
    const response = await upload(r, bytes, name, type);
    assertEquals(response.status, 415, `${label}: ${JSON.stringify(response.body)}`);
    assertEquals(response.body.error.code, "CV_UNSUPPORTED_TYPE", label);
    assertMatch(response.body.error.message, /is sent as .* but its content is/, label);
  }
  await assertNothingStored(r, "mislabelled files");
});

// --- refusals --------------------------------------------------------------------------------

const refusals: {
  label: string;
  file: () => Uint8Array;
  name: string;
  type?: string;
  status: number;
  code: string;
}[] = [
  {
    label: "a file part over 10 MB",
    file: () => bytesOf("a".repeat(MAX_CV_BYTES + 1)),
    name: "big.txt",
    status: 413,
    code: "CV_TOO_LARGE",
  },
  {
    label: "a PNG",
    file: png,
    name: "cv.pdf",
    type: PDF,
    status: 415,
    code: "CV_UNSUPPORTED_TYPE",
  },
  {
    label: "a legacy .doc",
    file: oleFile,
    name: "cv.doc",
    status: 415,
    code: "CV_UNSUPPORTED_TYPE",
  },
  {
    label: "a ZIP that is not a Word document",
    file: spreadsheetZip,
    name: "cv.docx",
    status: 415,
    code: "CV_UNSUPPORTED_TYPE",
  },
  {
    label: "UTF-16 text",
    file: () => utf16Text("Jane Doe\nEngineer"),
    name: "cv.txt",
    status: 415,
    code: "CV_UNSUPPORTED_TYPE",
  },
  {
    label: "an encrypted PDF",
    file: () => classicPdf({ encrypt: true }),
    name: "cv.pdf",
    status: 422,
    code: "CV_ENCRYPTED",
  },
  {
    label: "a password-protected DOCX",
    file: () => oleFile({ encryptedPackage: true }),
    name: "cv.docx",
    status: 422,
    code: "CV_ENCRYPTED",
  },
  { label: "a corrupt PDF", file: corruptPdf, name: "cv.pdf", status: 422, code: "CV_CORRUPT" },
  { label: "a corrupt DOCX", file: corruptDocx, name: "cv.docx", status: 422, code: "CV_CORRUPT" },
  {
    label: "a zip bomb",
    file: () => zipBombDocx(60 * 1024 * 1024),
    name: "cv.docx",
    status: 422,
    code: "CV_TOO_COMPLEX",
  },
  {
    label: "a zip bomb that declares small sizes",
    file: () => zipBombDocx(60 * 1024 * 1024, { lie: true }),
    name: "cv.docx",
    status: 422,
    code: "CV_TOO_COMPLEX",
  },
  {
    label: "an archive of too many parts",
    file: () => manyEntriesDocx(1200),
    name: "cv.docx",
    status: 422,
    code: "CV_TOO_COMPLEX",
  },
  {
    label: "a PDF decompression bomb",
    file: () => pdfBomb(120 * 1024 * 1024),
    name: "cv.pdf",
    status: 422,
    code: "CV_TOO_COMPLEX",
  },
  {
    label: "an empty file",
    file: () => new Uint8Array(0),
    name: "cv.txt",
    status: 422,
    code: "VALIDATION_ERROR",
  },
];

for (const refusal of refusals) {
  test(`cvs: ${refusal.label} is refused (${refusal.status} ${refusal.code}); nothing is kept`, async () => {
    const r = await recruiterWithCandidate();
    const response = await upload(r, refusal.file(), refusal.name, refusal.type);
    assertEquals(response.status, refusal.status, JSON.stringify(response.body));
    assertEquals(response.body.success, false);
    assertEquals(response.body.error.code, refusal.code);
    if (refusal.status === 422) assertEquals(response.body.error.details[0].path, "file");
    await assertNothingStored(r, refusal.label);
  });
}

test("cvs: form fields are validated (422 with each bad field), a JSON body is 415", async () => {
  const r = await recruiterWithCandidate();
  const file = bytesOf(CLASSIC_TEXT);
  const cases: [FormData, string[]][] = [
    [form({ candidate_id: r.candidateId }), ["file"]],
    [form({ file }, "cv.txt"), ["candidate_id"]],
    [form({ file, candidate_id: "not-a-uuid" }, "cv.txt"), ["candidate_id"]],
    [form({ file, candidate_id: r.candidateId, owner_id: r.userId }, "cv.txt"), ["owner_id"]],
    // A text field named "file" is not a file.
    [form({ file: "just text", candidate_id: r.candidateId }), ["file"]],
  ];
  for (const [body, paths] of cases) {
    const response = await call("/cvs", { body, token: r.token });
    assertEquals(response.status, 422, JSON.stringify(response.body));
    assertEquals(response.body.error.details.map((d: { path: string }) => d.path), paths);
  }
  const json = await call("/cvs", { json: { candidate_id: r.candidateId }, token: r.token });
  assertEquals(json.status, 415);
  const unauthenticated = await call("/cvs", { body: form({ file, candidate_id: r.candidateId }) });
  assertEquals(unauthenticated.status, 401);
  await assertNothingStored(r, "bad forms");
});

test("cvs: another recruiter's candidate (or an unknown one) is 404; nothing is kept", async () => {
  const owner = await recruiterWithCandidate();
  const intruder = await recruiterWithCandidate();
  for (const candidateId of [owner.candidateId, crypto.randomUUID()]) {
    const response = await call("/cvs", {
      body: form({ file: bytesOf(CLASSIC_TEXT), candidate_id: candidateId }, "cv.txt"),
      token: intruder.token,
    });
    assertEquals(response.status, 404, JSON.stringify(response.body));
  }
  await assertNothingStored(intruder, "intruder");
  await assertNothingStored(owner, "owner");
});

// --- the body limit, enforced while the body streams in ---------------------------------------

/**
 * Sends an upload's head over a raw connection, then the body in 64 KiB pieces (as declared by
 * Content-Length, or chunked) until the server answers or `total` bytes are sent. Returns the
 * answer's status line and how much was sent before it came.
 */
async function rawUpload(token: string, total: number, { chunked = false, sendBody = true } = {}) {
  const { hostname, port } = new URL(stack.url);
  const connection = await Deno.connect({ hostname, port: Number(port) });
  const encoder = new TextEncoder();
  const head = `POST /functions/v1/cvs HTTP/1.1\r\nHost: ${hostname}\r\n` +
    `Authorization: Bearer ${token}\r\nContent-Type: multipart/form-data; boundary=XyZ\r\n` +
    (chunked ? "Transfer-Encoding: chunked\r\n" : `Content-Length: ${total}\r\n`) + "\r\n";
  await connection.write(encoder.encode(head));
  let answer = "";
  const answered = (async () => {
    const buffer = new Uint8Array(4096);
    try {
      while (!answer.includes("\r\n\r\n")) {
        const read = await connection.read(buffer);
        if (read === null) break;
        answer += new TextDecoder().decode(buffer.subarray(0, read));
      }
    } catch {
      // The server may close the connection once it has answered.
    }
  })();
  let sent = 0;
  if (sendBody) {
    const piece = new Uint8Array(64 * 1024).fill(0x61);
    const frame = chunked
      ? new Uint8Array([...encoder.encode(`${piece.length.toString(16)}\r\n`), ...piece, 13, 10])
      : piece;
    try {
      while (!answer && sent < total) {
        for (let written = 0; written < frame.length;) {
          written += await connection.write(frame.subarray(written));
        }
        sent += piece.length;
      }
    } catch {
      // A refused body: the server stopped reading and closed.
    }
  }
  await Promise.race([answered, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  connection.close();
  return { status: Number(answer.split(" ")[1]), sent };
}

test("cvs: a body over the limit is refused (413) from its declared length, before it is sent", async () => {
  const r = await recruiterWithCandidate();
  const { status, sent } = await rawUpload(r.token, MAX_UPLOAD_BODY_BYTES + 1, {
    sendBody: false,
  });
  assertEquals([status, sent], [413, 0]);
  await assertNothingStored(r, "declared too large");
});

test("cvs: a chunked body is refused (413) as soon as it passes the limit, not read whole", async () => {
  const r = await recruiterWithCandidate();
  const total = 64 * 1024 * 1024;
  const { status, sent } = await rawUpload(r.token, total, { chunked: true });
  assertEquals(status, 413);
  // The server stopped at the limit; only what the sockets buffer went beyond it.
  assert(sent < MAX_UPLOAD_BODY_BYTES + 8 * 1024 * 1024, `sent ${sent} of ${total} bytes`);
  await assertNothingStored(r, "chunked too large");
});

// --- download, re-parse, list, delete --------------------------------------------------------

test("cvs: the download is the uploaded bytes, as an attachment with its type", async () => {
  const r = await recruiterWithCandidate();
  for (
    const [bytes, name, type] of [
      [classicPdf(), "Lebenslauf Müller.pdf", PDF],
      [modernDocx(), "CV (final), v2.docx", DOCX],
      [bytesOf(CLASSIC_TEXT), "cv.txt", TEXT],
    ] as const
  ) {
    const cv = await uploaded(r, bytes, name);
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
  const r = await recruiterWithCandidate();
  const cv = await uploaded(r, modernDocx(), "cv.docx");
  await sql`update cvs set parsed = null, parse_status = 'pending', extracted_text = null
            where id = ${cv.id}`;
  const reparsed = await call(`/cvs/${cv.id}/parse`, { method: "POST", token: r.token });
  assertEquals(reparsed.status, 200, JSON.stringify(reparsed.body));
  assertEquals(reparsed.body.data.parse_status, "parsed");
  assertEquals(reparsed.body.data.parsed, cv.parsed);
  assert(reparsed.body.data.updated_at > cv.updated_at);
  const [row] = await sql`select extracted_text from cvs where id = ${cv.id}`;
  assert(row.extracted_text.includes("Deliveroo Ltd"));
});

test("cvs: lists are paginated newest first, filtered by candidate, searched in name and text", async () => {
  const r = await recruiterWithCandidate();
  const other = await call("/candidates", {
    json: { full_name: "Other Person", email: uniqueEmail("other") },
    token: r.token,
  });
  const marker = crypto.randomUUID().slice(0, 8);
  const ids: string[] = [];
  for (let i = 0; i < 4; i++) {
    const cv = await uploaded(r, bytesOf(`${CLASSIC_TEXT}\nversion ${i}`), `cv-${i}.txt`);
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
  const byName = await uploaded(r, bytesOf("Yan Yu\nNothing special"), `named-${marker}.txt`);

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
  const r = await recruiterWithCandidate();
  const kept = await uploaded(r, bytesOf(CLASSIC_TEXT), "kept.txt");
  const cv = await uploaded(r, classicPdf(), "gone.pdf");
  assertEquals(await filesOf(r.userId), [kept.id, cv.id].sort());
  const deleted = await call(`/cvs/${cv.id}`, { method: "DELETE", token: r.token });
  assertEquals(deleted.status, 200);
  assertEquals(deleted.body.data, { id: cv.id, deleted: true });
  assertEquals(await filesOf(r.userId), [kept.id]);
  const [{ count }] = await sql`select count(*)::int as count from cvs where id = ${cv.id}`;
  assertEquals(count, 0);
  for (const path of [`/cvs/${cv.id}`, `/cvs/${cv.id}/file`]) {
    assertEquals((await call(path, { token: r.token })).status, 404);
  }
  assertEquals((await call(`/cvs/${cv.id}`, { method: "DELETE", token: r.token })).status, 404);
});

test("cvs: deleting a candidate erases their CVs, rows and files", async () => {
  const r = await recruiterWithCandidate();
  await uploaded(r, bytesOf(CLASSIC_TEXT), "one.txt");
  await uploaded(r, classicPdf(), "two.pdf");
  assertEquals((await filesOf(r.userId)).length, 2);
  const deleted = await call(`/candidates/${r.candidateId}`, { method: "DELETE", token: r.token });
  assertEquals(deleted.status, 200);
  await assertNothingStored(r, "after the candidate's deletion");
});

test("cvs: another recruiter's CV is 404 on every id route, and nothing changes", async () => {
  const owner = await recruiterWithCandidate();
  const intruder = await recruiterWithCandidate();
  const cv = await uploaded(owner, classicPdf(), "private.pdf");
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
  const [row] = await sql`select updated_at from cvs where id = ${cv.id}`;
  assertEquals(row.updated_at.toISOString(), cv.updated_at);
  assertEquals(await filesOf(owner.userId), [cv.id]);
  const badId = await call("/cvs/not-a-uuid/file", { token: owner.token });
  assertEquals(badId.status, 422);
});

test("cvs: 10 concurrent uploads all land: 10 rows, 10 files, each with its own bytes", async () => {
  const r = await recruiterWithCandidate();
  const files = Array.from({ length: 10 }, (_, i) => bytesOf(`${CLASSIC_TEXT}\nUpload ${i}\n`));
  const started = performance.now();
  const responses = await Promise.all(files.map((file, i) => upload(r, file, `cv-${i}.txt`)));
  const elapsed = performance.now() - started;
  assertEquals(responses.map((response) => response.status), Array(10).fill(201));
  const ids = responses.map((response) => response.body.data.id as string);
  assertEquals(new Set(ids).size, 10);
  const [{ count }] =
    await sql`select count(*)::int as count from cvs where owner_id = ${r.userId}`;
  assertEquals(count, 10);
  assertEquals(await filesOf(r.userId), [...ids].sort());
  for (const [i, id] of ids.entries()) {
    assertEquals(await Deno.readFile(join(storageRoot, r.userId, id)), files[i]);
  }
  console.log(`10 concurrent uploads in ${elapsed.toFixed(0)} ms`);
});

// --- a store or a commit that fails half-way -------------------------------------------------

/** The real store, with its operations wrapped. */
function wrappedStore(wrap: Partial<CvStore>): CvStore {
  const real = cvStore();
  return {
    put: wrap.put ?? ((...args) => real.put(...args)),
    get: wrap.get ?? ((...args) => real.get(...args)),
    remove: wrap.remove ?? ((...args) => real.remove(...args)),
  };
}

async function withStore<T>(store: CvStore, work: () => Promise<T>): Promise<T> {
  const real = cvStore();
  setCvStore(store);
  try {
    return await work();
  } finally {
    setCvStore(real);
  }
}

/** What a store throws when it cannot do its work. */
const storageDown = () => new ServiceUnavailableError("CV storage is down.", "STORAGE_UNAVAILABLE");

test("cvs: a file write that fails rolls the row back (503); nothing is kept", async () => {
  const r = await recruiterWithCandidate();
  const response = await withStore(
    wrappedStore({
      put: () => Promise.reject(storageDown()),
    }),
    () => upload(r, bytesOf(CLASSIC_TEXT), "cv.txt"),
  );
  assertEquals(response.status, 503);
  assertEquals(response.body.error.code, "STORAGE_UNAVAILABLE");
  await assertNothingStored(r, "failed write");
});

test("cvs: a commit that fails after the file is written removes the file; nothing is kept", async () => {
  const r = await recruiterWithCandidate();
  // A deferred constraint: checked at COMMIT, after the row was inserted and the file written.
  await sql.unsafe(`
    create function public.cvs_test_refuse_at_commit() returns trigger
    language plpgsql set search_path = '' as $$
    begin
      if new.file_name = 'refused-at-commit.txt' then
        raise exception 'refused at commit' using errcode = '23514';
      end if;
      return null;
    end $$;
    create constraint trigger cvs_test_refuse_at_commit after insert on public.cvs
      deferrable initially deferred for each row
      execute function public.cvs_test_refuse_at_commit();`);
  try {
    const real = cvStore();
    let written = 0;
    const response = await withStore(
      wrappedStore({
        async put(path, bytes, type) {
          await real.put(path, bytes, type);
          written++;
        },
      }),
      () => upload(r, bytesOf(CLASSIC_TEXT), "refused-at-commit.txt"),
    );
    assertEquals(response.status, 422, JSON.stringify(response.body));
    assertEquals(written, 1, "the file was written before the commit failed");
    await assertNothingStored(r, "failed commit");
  } finally {
    await sql.unsafe(`
      drop trigger cvs_test_refuse_at_commit on public.cvs;
      drop function public.cvs_test_refuse_at_commit();`);
  }
});

test("cvs: a file that cannot be removed keeps its row (503); deleting again succeeds", async () => {
  const r = await recruiterWithCandidate();
  const cv = await uploaded(r, bytesOf(CLASSIC_TEXT), "cv.txt");
  const refused = await withStore(
    wrappedStore({
      remove: () => Promise.reject(storageDown()),
    }),
    () => call(`/cvs/${cv.id}`, { method: "DELETE", token: r.token }),
  );
  assertEquals(refused.status, 503);
  assertEquals((await call(`/cvs/${cv.id}`, { token: r.token })).status, 200);
  assertEquals(await filesOf(r.userId), [cv.id]);
  const deleted = await call(`/cvs/${cv.id}`, { method: "DELETE", token: r.token });
  assertEquals(deleted.status, 200);
  await assertNothingStored(r, "deleted after a retry");
});

// --- units: dates, file names ----------------------------------------------------------------

test("cv dates: the formats CVs write, and the union of overlapping ranges", () => {
  const cases: [string, string, string | null][] = [
    ["Senior Engineer, Jan 2019 – Present", "2019-01", null],
    ["January 2019 - Mar 2021", "2019-01", "2021-03"],
    ["Sept. 2018 to current", "2018-09", null],
    ["2017-2019", "2017", "2019"],
    ["2017 — 2019", "2017", "2019"],
    ["03/2018 - 06/2021", "2018-03", "2021-06"],
    ["2018-03 – 2021-06", "2018-03", "2021-06"],
    ["(since 2020)", "2020", null],
    ["from 2015 to date", "2015", null],
    ["Summer 2022 – Fall 2022", "2022-06", "2022-09"],
    ["Fall 2011 – Spring 2012", "2011-09", "2012-03"],
    ["June 2020 –", "2020-06", null],
    ["2019 \u00ad 2021", "2019", "2021"],
    ["2019-09 until 2020-06", "2019-09", "2020-06"],
    ["Jan '19 - Mar '21", "2019-01", "2021-03"],
    ["01.03.2019 - 30.06.2021", "2019-03", "2021-06"],
    ["März 2018 bis Dez. 2020", "2018-03", "2020-12"],
    ["Juni 2020 – heute", "2020-06", null],
    ["seit 03/2019", "2019-03", null],
    ["janv. 2019 à aujourd'hui", "2019-01", null],
    ["mayo de 2019 - actualidad", "2019-05", null],
    ["settembre 2017 – presente", "2017-09", null],
    ["maart 2016 – heden", "2016-03", null],
    ["2020–Present", "2020", null],
  ];
  for (const [line, start, end] of cases) {
    const range = findDateRange(line);
    assert(range, line);
    assertEquals(
      [formatYearMonth(range.start), range.end && formatYearMonth(range.end)],
      [start, end],
      line,
    );
  }
  for (const line of ["2019 - 2017", "13/2019 - 14/2019", "Call +49 2017 2019", "Room 2019"]) {
    assertEquals(findDateRange(line), null, line);
  }
  const now = new Date("2025-06-15T00:00:00Z");
  const range = (text: string) => findDateRange(text)!;
  assertEquals(totalYears([range("03/2018 - 06/2021")], now), 3.3); // 40 months
  assertEquals(totalYears([range("2017-2019"), range("2018-2020")], now), 4);
  assertEquals(totalYears([range("2010-2011"), range("2015-2015")], now), 3);
  assertEquals(totalYears([range("Jan 2025 - Present")], now), 0.5);
  assertEquals(totalYears([], now), null);
});

test("cv file names: no path, no control or bidi characters, the content's extension, 255 max", () => {
  assertEquals(cleanFileName("C:\\Users\\me\\cv.pdf", PDF), "cv.pdf");
  assertEquals(cleanFileName("../../x/\u0000evil\u202E.txt", TEXT), "evil.txt");
  assertEquals(cleanFileName("cv.PDF", PDF), "cv.PDF");
  assertEquals(cleanFileName("cv.pdf", DOCX), "cv.docx");
  assertEquals(cleanFileName("Jane.Doe", TEXT), "Jane.Doe.txt");
  assertEquals(cleanFileName("...", PDF), "cv.pdf");
  const long = cleanFileName(`${"é".repeat(300)}.pdf`, PDF);
  assertEquals([long.length, long.endsWith("é.pdf")], [255, true]);
  assertEquals(cleanFileName(`${"😀".repeat(200)}.pdf`, PDF).length <= 255, true);
});

// --- the Supabase Storage store, against a stand-in of the Storage API -----------------------

test("cv store (Supabase Storage): creates its private bucket on demand, stores, reads, removes, times out", async () => {
  const buckets = new Map<string, { public: boolean; objects: Map<string, Uint8Array> }>();
  const seen: string[] = [];
  let failing = false;
  let delayMs = 0;
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    async (request) => {
      const url = new URL(request.url);
      seen.push(`${request.method} ${url.pathname}`);
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (request.headers.get("authorization") !== "Bearer service-role-key") {
        return Response.json({ statusCode: "403", error: "Unauthorized", message: "no" }, {
          status: 403,
        });
      }
      if (failing) return new Response("upstream down", { status: 502 });
      const notFound = (what: string) =>
        Response.json({ statusCode: "404", error: "not_found", message: `${what} not found` }, {
          status: 400,
        });
      if (request.method === "POST" && url.pathname === "/storage/v1/bucket") {
        const body = await request.json();
        if (buckets.has(body.id)) {
          return Response.json({ statusCode: "409", error: "Duplicate", message: "exists" }, {
            status: 400,
          });
        }
        buckets.set(body.id, { public: body.public, objects: new Map() });
        return Response.json({ name: body.id });
      }
      const match = /^\/storage\/v1\/object\/([^/]+)\/?(.*)$/.exec(url.pathname);
      if (!match) return notFound("Route");
      const bucket = buckets.get(match[1]);
      if (!bucket) return notFound("Bucket");
      const key = decodeURIComponent(match[2]);
      if (request.method === "POST") {
        bucket.objects.set(key, new Uint8Array(await request.arrayBuffer()));
        return Response.json({ Key: `${match[1]}/${key}`, Id: crypto.randomUUID() });
      }
      if (request.method === "GET") {
        const object = bucket.objects.get(key);
        return object ? new Response(object as Uint8Array<ArrayBuffer>) : notFound("Object");
      }
      if (request.method === "DELETE") {
        const { prefixes } = await request.json();
        const removed = prefixes.filter((prefix: string) => bucket.objects.delete(prefix));
        return Response.json(removed.map((name: string) => ({ name })));
      }
      return notFound("Route");
    },
  );
  try {
    const base = `http://127.0.0.1:${server.addr.port}`;
    const store = new SupabaseCvStore(base, "service-role-key", "cvs");
    const path = `${crypto.randomUUID()}/${crypto.randomUUID()}`;
    const bytes = classicPdf();
    await store.put(path, bytes, PDF);
    assertEquals(buckets.get("cvs")?.public, false, "the bucket is created private");
    assertEquals(await store.get(path), bytes);
    assertEquals(await store.get(`${crypto.randomUUID()}/${crypto.randomUUID()}`), null);
    await store.remove(path);
    await store.remove(path);
    assertEquals(await store.get(path), null);
    assertEquals(seen.filter((line) => line === "POST /storage/v1/bucket").length, 1);
    failing = true;
    const error = await store.put(path, bytes, PDF).catch((thrown) => thrown);
    assertEquals([error.status, error.code], [503, "STORAGE_UNAVAILABLE"]);
    failing = false;
    delayMs = 1000;
    const impatient = new SupabaseCvStore(base, "service-role-key", "cvs", 100);
    const started = performance.now();
    const timedOut = await impatient.get(path).catch((thrown) => thrown);
    assertEquals([timedOut.status, timedOut.code], [503, "STORAGE_UNAVAILABLE"]);
    assert(performance.now() - started < 900, "a slow Storage call is given up on time");
  } finally {
    await server.shutdown();
  }
});
