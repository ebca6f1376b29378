/**
 * CVs over HTTP, uploads that parse: every accepted type in several layouts, parsed into
 * concrete fields and stored as sent; the content, not the name, decides the type. Refusals are
 * tests/cvs_refusals_test.ts's, what happens to a stored CV tests/cvs_stored_test.ts's, a store
 * or commit failing half-way tests/cvs_failures_test.ts's; the parser's own units are
 * tests/cv_dates_test.ts, tests/cv_file_name_test.ts and tests/cv_layouts_test.ts.
 */
import { join } from "node:path";
import { assert, assertEquals, assertMatch } from "./helpers/assert.ts";
import {
  bytesOf,
  CLASSIC_TEXT,
  classicPdf,
  imageOnlyPdf,
  LABELLED_TEXT,
  modernDocx,
} from "./helpers/cv_fixtures.ts";
import {
  assertNothingStored,
  DOCX,
  filesOf,
  PDF,
  recruiterWithCandidate,
  storageRoot,
  TEXT,
  upload,
  uploaded,
} from "./helpers/cv_upload.ts";
import { client } from "./helpers/http.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";

const stack = await startStack({ CV_STORAGE: "local" });
const call = client(stack.url);
const db = adminSql();

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

test("cvs: a plain text CV (classic layout) uploads (201), parses, and is stored as sent", async () => {
  const r = await recruiterWithCandidate(call);
  const bytes = bytesOf(CLASSIC_TEXT);
  const cv = await uploaded(call, r, bytes, "Jane Doe CV.txt", "text/plain");
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

  const [row] = await db`select owner_id, storage_path, sha256, extracted_text from cvs
                          where id = ${cv.id}`;
  assertEquals(row.owner_id, r.userId);
  assertEquals(row.storage_path, `${r.userId}/${cv.id}`);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  assertEquals(row.sha256, Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join(""));
  assert(row.extracted_text.includes("Globex GmbH"));
  assertEquals(await filesOf(r.userId), [cv.id]);
  assertEquals(await Deno.readFile(join(storageRoot(), r.userId, cv.id)), bytes);
});

test("cvs: a text CV with labelled fields and other date formats parses", async () => {
  const r = await recruiterWithCandidate(call);
  const cv = await uploaded(call, r, bytesOf(LABELLED_TEXT), "carlos.txt");
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
  const r = await recruiterWithCandidate(call);
  const bytes = modernDocx();
  const cv = await uploaded(call, r, bytes, "amira.docx", DOCX);
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
  const r = await recruiterWithCandidate(call);
  const cv = await uploaded(call, r, classicPdf(), "marcus-weber.pdf", PDF);
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
  const r = await recruiterWithCandidate(call);
  const cv = await uploaded(call, r, imageOnlyPdf(), "scan.pdf");
  assertEquals([cv.parse_status, cv.parsed], ["no_text", null]);
  const [row] = await db`select parse_error, extracted_text from cvs where id = ${cv.id}`;
  assertMatch(row.parse_error, /no text layer .*scanned image/);
  assertEquals(row.extracted_text, null);
  assertEquals(await filesOf(r.userId), [cv.id]);
});

test("cvs: the content decides the type; a name or type that claims neither PDF nor DOCX is corrected", async () => {
  const r = await recruiterWithCandidate(call);
  const pdfAsText = await uploaded(
    call,
    r,
    classicPdf(),
    "../../etc/\u202Epasswd\u0007",
    "text/plain",
  );
  assertEquals([pdfAsText.mime_type, pdfAsText.file_name], [PDF, "passwd.pdf"]);
  const docxNoType = await uploaded(call, r, modernDocx(), "cv.txt", "application/octet-stream");
  assertEquals([docxNoType.mime_type, docxNoType.file_name], [DOCX, "cv.docx"]);
  assertEquals(docxNoType.parsed.contact.name, "Amira Haddad");
  const textAsMarkdown = await uploaded(
    call,
    r,
    bytesOf(CLASSIC_TEXT),
    "resume.md",
    "text/markdown",
  );
  assertEquals([textAsMarkdown.mime_type, textAsMarkdown.file_name], [TEXT, "resume.md"]);
});

test("cvs: a file named or declared PDF or DOCX whose content is something else is 415; nothing is kept", async () => {
  const r = await recruiterWithCandidate(call);
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
    const response = await upload(call, r, bytes, name, type);
    assertEquals(response.status, 415, `${label}: ${JSON.stringify(response.body)}`);
    assertEquals(response.body.error.code, "CV_UNSUPPORTED_TYPE", label);
    assertMatch(response.body.error.message, /is sent as .* but its content is/, label);
  }
  await assertNothingStored(db, r, "mislabelled files");
});
