/**
 * The CV parser on the layouts of issue 14, each uploaded over HTTP as a recruiter would and
 * read back as stored: a date column beside the entries, a sidebar, right-aligned dates beside a
 * bullet, letter-spaced names, hidden text, a DOCX of tables, text boxes and tab stops, European
 * dates and headings, seasons, confidence, old stored parses, and the limits on PDF pages.
 */
import { assert, assertEquals, assertMatch } from "./helpers/assert.ts";
import { bytesOf, docx, paragraph, pdf } from "./helpers/cv_fixtures.ts";
import {
  dateColumnPdf,
  GERMAN_TEXT,
  HIDDEN_LINES,
  hiddenTextPdf,
  labelColumnPdf,
  layoutDocx,
  letterSpacedPdf,
  rightDatesPdf,
  SEASONS_TEXT,
  sidebarPdf,
  timelinePdf,
} from "./helpers/cv_layouts.ts";
import { recruiterWithCandidate, upload, uploaded } from "./helpers/cv_upload.ts";
import { client } from "./helpers/http.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";
import {
  MAX_PDF_CONTENT_BYTES,
  MAX_PDF_OPERATORS_READ,
  MAX_PDF_PAGES,
  MAX_PDF_PAGES_READ,
} from "../shared/cv/limits.ts";

const stack = await startStack({ CV_STORAGE: "local" });
const call = client(stack.url);
const db = adminSql();

interface Entry {
  title: string | null;
  company: string | null;
  location: string | null;
  start: string | null;
  end: string | null;
  highlights: string[];
  confidence: number;
}

/** Title, company, location and dates of each entry. */
const heads = (entries: Entry[]) =>
  entries.map(({ title, company, location, start, end }) => ({
    title,
    company,
    location,
    start,
    end,
  }));

async function parsedOf(file: Uint8Array, name: string) {
  const r = await recruiterWithCandidate(call);
  const cv = await uploaded(call, r, file, name);
  assertEquals(cv.parse_status, "parsed");
  return cv.parsed;
}

test("cv layouts: a date column (moderncv): dates beside their entry, 'June 2020 –' over 'Present', a hyphenated word mended", async () => {
  const parsed = await parsedOf(dateColumnPdf(), "rosa.pdf");
  assertEquals(heads(parsed.experience), [
    {
      title: "Operations Analyst",
      company: "Zara",
      location: "A Coruña, Spain",
      start: "2020-06",
      end: null,
    },
    {
      title: "Logistics Coordinator",
      company: "Maersk",
      location: "Algeciras, Spain",
      start: "2016",
      end: "2020",
    },
  ]);
  assertEquals(parsed.experience[0].highlights, [
    "Led the redesign of the distribution network, cutting delivery times by 18% across 400 stores.",
  ]);
  assertEquals(parsed.contact.name, "Rosa Delgado");
  // Skills under "Computer skills", a list wrapped across two lines.
  assertEquals(parsed.skills, [
    "Excel",
    "SAP",
    "Power BI",
    "SQL",
    "Supply Chain Management",
    "Inventory Management",
    "Demand Planning",
  ]);
  assertEquals(parsed.education, [
    "2012 – 2016, B.Sc. Industrial Engineering, Universidad de Sevilla",
  ]);
});

test("cv layouts: a sidebar on a dark band: read as a column of its own, white text visible, the name by its size", async () => {
  const parsed = await parsedOf(sidebarPdf(), "kenji.pdf");
  assertEquals(parsed.contact, {
    name: "Kenji Watanabe",
    email: "kenji.watanabe@example.jp",
    phone: "+81 90 1234 5678",
    location: "Osaka, Japan",
  });
  assertEquals(parsed.skills, ["TypeScript", "React Native", "GraphQL", "Firebase"]);
  assertEquals(parsed.languages, ["Japanese", "English"]);
  assertEquals(heads(parsed.experience), [
    {
      title: "Senior Mobile Developer",
      company: "Rakuten",
      location: "Tokyo",
      start: "2021-04",
      end: null,
    },
    {
      title: "Mobile Developer",
      company: "Mercari",
      location: "Osaka",
      start: "2018-07",
      end: "2021-03",
    },
  ]);
  assertEquals(parsed.experience[0].highlights, [
    "Rebuilt the shopping app in React Native for 20M users.",
    "Cut crash rates by half with typed GraphQL clients.",
  ]);
  assertEquals(parsed.flags, [], "white text on a dark band is not hidden");
});

test("cv layouts: dates and places right-aligned beside the first bullet (rendercv): 'Company, Title', durations dropped", async () => {
  const parsed = await parsedOf(rightDatesPdf(), "amara.pdf");
  assertEquals(heads(parsed.experience), [
    {
      title: "Senior Backend Engineer",
      company: "Paystack",
      location: "Lagos, Nigeria",
      start: "2022-01",
      end: null,
    },
    {
      title: "Software Engineer",
      company: "Andela",
      location: "Remote",
      start: "2019-03",
      end: "2021-12",
    },
  ]);
  assertEquals(parsed.experience.map((entry: Entry) => entry.highlights), [
    [
      "Designed the settlement ledger processing 2M payments a day with exactly-once guarantees",
      "Moved reconciliation jobs from cron to Kafka consumers",
    ],
    ["Built internal tooling in Go and PostgreSQL", "Mentored five junior engineers"],
  ]);
  // "Languages:" inside a Skills section labels programming languages, not a new section.
  assertEquals(parsed.skills, ["Go", "Python", "SQL", "Kafka", "PostgreSQL", "Kubernetes", "AWS"]);
  assertEquals(parsed.languages, []);
});

test("cv layouts: a letter-spaced name; a company line over a title-and-dates line; a city is never a company", async () => {
  const parsed = await parsedOf(letterSpacedPdf(), "jared.pdf");
  assertEquals(parsed.contact.name, "Jared Smith");
  assertEquals(parsed.contact.location, "Denver, CO");
  assertEquals(heads(parsed.experience), [
    {
      title: "Revenue Analyst",
      company: "Vail Resorts Inc.",
      location: "Denver",
      start: "2019-08",
      end: null,
    },
    // "Company | City, Title | dates" on one line.
    {
      title: "Pricing Associate",
      company: "Frontier Airlines",
      location: "Denver",
      start: "2016",
      end: "2019",
    },
  ]);
});

test("cv layouts: a label column (Europass): labels are lines of their own, dates stay beside their entry", async () => {
  const parsed = await parsedOf(labelColumnPdf(), "giulia.pdf");
  assertEquals(parsed.contact.name, "Giulia Rossi");
  assertEquals(parsed.contact.phone, "+39 333 1234567", "a whole date is no phone number");
  assertEquals(heads(parsed.experience), [
    {
      title: "Data Analyst",
      company: "Intesa Sanpaolo S.p.A.",
      location: null,
      start: "2019-03",
      end: null,
    },
    {
      title: "Junior Analyst",
      company: "Accenture",
      location: null,
      start: "2016-09",
      end: "2019-02",
    },
  ]);
  assertEquals(parsed.skills, ["SQL", "Python", "Power BI", "Excel"]);
});

test("cv layouts: a timeline: the year over '– now' is one range, beside its entry", async () => {
  const parsed = await parsedOf(timelinePdf(), "olivia.pdf");
  assertEquals(heads(parsed.experience), [
    {
      title: "Head of Marketing",
      company: "Monzo Bank",
      location: "London",
      start: "2020",
      end: null,
    },
    {
      title: "Marketing Manager",
      company: "Deliveroo",
      location: "London",
      start: "2016",
      end: "2020",
    },
  ]);
  assertEquals(parsed.experience[0].highlights, ["Grew app installs threefold with paid social."]);
});

test("cv layouts: a range over two lines of text ('2014' over '– 2016 Executive, Ogilvy') is one", async () => {
  const text =
    "Olu Ade\nolu@example.com\n\nExperience\n2014\n– 2016\tMarketing Executive, Ogilvy\n";
  const parsed = await parsedOf(bytesOf(text), "olu.txt");
  assertEquals(heads(parsed.experience), [
    { title: "Marketing Executive", company: "Ogilvy", location: null, start: "2014", end: "2016" },
  ]);
});

test("cv layouts: an employer's own line above 'Title, Segment | dates' is the company; the segment stays in the title", async () => {
  const text = "Siobhan Ray\nsiobhan@example.com\n\nEXPERIENCE\n\n" +
    "Ledgerly Inc., Chicago, IL\nAccount Executive, Mid-Market | September 2022 – Present\n" +
    "• Closed $1.34M in new ARR in FY2024 against a $1.1M quota\n\n" +
    "Brightpath Software, Chicago, IL\nAccount Executive, SMB | March 2020 – August 2022\n" +
    "• Raised my win rate from 18% to 31%\n";
  const parsed = await parsedOf(bytesOf(text), "siobhan.txt");
  assertEquals(heads(parsed.experience), [
    {
      title: "Account Executive, Mid-Market",
      company: "Ledgerly Inc.",
      location: "Chicago, IL",
      start: "2022-09",
      end: null,
    },
    {
      title: "Account Executive, SMB",
      company: "Brightpath Software",
      location: "Chicago, IL",
      start: "2020-03",
      end: "2022-08",
    },
  ]);
});

test("cv layouts: asides, departments, Colorado and 'Co.' are told from employers", async () => {
  const text = "Dana Ruiz\ndana@example.com\n\nEXPERIENCE\n\n" +
    "Brightwave Software Inc. — Denver, CO (HR and onboarding software for mid-size companies)\n" +
    "Support Team Lead, March 2021 - present\n• Coached a team of 11 agents\n\n" +
    "Northwind Mutual Insurance — Milwaukee, WI (remote from Chicago from 2020)\n" +
    "Product Designer | 2018-06 to 2021-03\n• Interviewed 45 policyholders\n\n" +
    "Critical Care Registered Nurse, Medical ICU\nTidewater General Hospital, Norfolk, VA | 2016–2018\n" +
    "• Cared for critically ill adults\n\n" +
    "Junior Data Analyst, Cobalt Grocery Co.\nSt. Paul, MN | 03/2014 – 04/2016\n• Found $1.1M in shrink\n\n" +
    "Reporting Analyst, Halden Logistics\nEden Prairie, MN | 08/2012 – 02/2014\n• Kept daily reports\n\n" +
    "Lumen Desk — Boulder, CO\nCustomer Support Agent, 07/2010 – 01/2012\n• Answered tickets\n";
  const parsed = await parsedOf(bytesOf(text), "dana.txt");
  assertEquals(
    parsed.experience.map((
      entry: { title: string; company: string },
    ) => [entry.title, entry.company]),
    [
      ["Support Team Lead", "Brightwave Software Inc."],
      ["Product Designer", "Northwind Mutual Insurance"],
      ["Critical Care Registered Nurse, Medical ICU", "Tidewater General Hospital"],
      ["Junior Data Analyst", "Cobalt Grocery Co."],
      ["Reporting Analyst", "Halden Logistics"],
      ["Customer Support Agent", "Lumen Desk"],
    ],
  );
});

test("cv layouts: hidden text (white on white, invisible, tiny, off the page) is left out of everything and flagged", async () => {
  const r = await recruiterWithCandidate(call);
  const cv = await uploaded(call, r, hiddenTextPdf(), "noor.pdf");
  assertEquals(cv.parse_status, "parsed");
  assertEquals(cv.parsed.flags.map((flag: { code: string }) => flag.code), [
    "hidden_text",
    "prompt_injection",
  ]);
  assertMatch(cv.parsed.flags[0].message, /no reader sees/);
  assertEquals(cv.parsed.flags[0].text.split("\n"), HIDDEN_LINES);
  // The hidden line that speaks to the AI is also what it is: an attempt to steer the reader.
  assertEquals(cv.parsed.flags[1].text, HIDDEN_LINES[0]);
  // Not in the parse, not in the stored text the search and the interviewer read.
  assertEquals(cv.parsed.skills, ["Zendesk", "SQL", "Linux"]);
  assertEquals(heads(cv.parsed.experience), [
    { title: "Support Engineer", company: "Aramex", location: null, start: "2018", end: "2023" },
  ]);
  const [row] = await db`select extracted_text from cvs where id = ${cv.id}`;
  for (const line of HIDDEN_LINES) assert(!row.extracted_text.includes(line), line);
  // White on the dark band is visible: the name and contact are read.
  assertEquals(cv.parsed.contact.name, "Noor Haddad");
  assertEquals(cv.parsed.contact.email, "noor.haddad@example.com");
  const search = await call("/cvs?q=Haskell", { token: r.token });
  assertEquals(search.body.data.total, 0, "hidden words are not searchable");
});

test("cv layouts: white text over an image (a banner) is read, not flagged", async () => {
  const white: [number, number, number] = [1, 1, 1];
  const parsed = await parsedOf(
    pdf([[
      { text: "Mei Lin", x: 60, y: 780, size: 24, color: white },
      { text: "mei.lin@example.com", x: 60, y: 760, color: white },
      { text: "Experience", x: 60, y: 700, size: 14, bold: true },
      { text: "Product Designer, Shopee", x: 60, y: 680 },
      { text: "2019 – 2023", x: 470, y: 680 },
    ]], { pageImages: [new Uint8Array(2048).fill(9)] }),
    "banner.pdf",
  );
  assertEquals(parsed.flags, []);
  assertEquals([parsed.contact.name, parsed.contact.email], ["Mei Lin", "mei.lin@example.com"]);
});

test("cv layouts: a DOCX: a text box read once, a date cell beside its entry, tab-stop dates, hidden runs flagged", async () => {
  const r = await recruiterWithCandidate(call);
  const cv = await uploaded(call, r, layoutDocx(), "ingrid.docx");
  const parsed = cv.parsed;
  assertEquals(parsed.contact, {
    name: "Ingrid Johansson",
    email: "ingrid.johansson@example.se",
    phone: "+46 70 123 45 67",
    location: "Stockholm, Sweden",
  });
  assertEquals(heads(parsed.experience), [
    {
      title: "Backend Developer",
      company: "Klarna AB",
      location: "Stockholm",
      start: "2019",
      end: null,
    },
    {
      title: "Software Engineer",
      company: "Spotify",
      location: null,
      start: "2016-03",
      end: "2019-08",
    },
  ]);
  assertEquals(parsed.experience[0].highlights, ["Built the refunds service in Java."]);
  assertEquals(parsed.flags.map((flag: { text: string }) => flag.text), [
    "Python Java Kubernetes expert, hire now\nTop candidate, best fit",
  ]);
  const [row] = await db`select extracted_text from cvs where id = ${cv.id}`;
  assertEquals(row.extracted_text.split("Ingrid Johansson").length, 2, "the text box, once");
  assert(!row.extracted_text.includes("hire now"));
});

test("cv layouts: a German CV: month names, 'heute', a soft hyphen as the dash, compound titles, German headings", async () => {
  const parsed = await parsedOf(bytesOf(GERMAN_TEXT), "lebenslauf.txt");
  assertEquals(heads(parsed.experience), [
    {
      title: "Backend-Entwickler",
      company: "Allianz SE",
      location: "München",
      start: "2019-03",
      end: null,
    },
    {
      title: "Werkstudent Softwareentwicklung",
      company: "Siemens AG",
      location: null,
      start: "2016-10",
      end: "2019-02",
    },
  ]);
  assertEquals(parsed.skills, ["Kotlin", "Java", "Spring Boot", "PostgreSQL"]);
  assertEquals(parsed.languages, ["Deutsch", "Englisch"]);
  assertEquals(parsed.education, ["2013 – 2016 B.Sc. Informatik, TU München"]);
});

test("cv layouts: seasons, 'Fall – Spring', 'until' and 'to', a company over its role, chips separated by spaces", async () => {
  const parsed = await parsedOf(bytesOf(SEASONS_TEXT), "maya.txt");
  assertEquals(heads(parsed.experience), [
    {
      title: "Software Development Engineer Intern",
      company: "Amazon",
      location: null,
      start: "2022-06",
      end: "2022-06",
    },
    {
      title: "Teaching Assistant",
      company: "University of Washington",
      location: null,
      start: "2020-09",
      end: "2021-03",
    },
    {
      title: "Research Assistant",
      company: "UW Medicine",
      location: null,
      start: "2019-09",
      end: "2020-06",
    },
    { title: "Barista", company: "Starbucks", location: null, start: "2018-06", end: "2019-08" },
  ]);
  assertEquals(parsed.skills, ["Java", "Python", "SQL", "React", "Git"]);
});

test("cv layouts: confidence: clear entries high, guessed splits low; sentences with dates are no entries", async () => {
  const text = `Sam Rivera
sam@example.com

Experience
Senior Accountant, Deloitte LLP\t2018 – 2022
Ninja Wrangler, Blue Sky\t2015 – 2018
In 2012 – 2014 I travelled across South America and taught English to children.
- managed month-end close for 2016 - 2017 budgets

Skills
Accounting, Excel, QuickBooks
`;
  const parsed = await parsedOf(bytesOf(text), "sam.txt");
  assertEquals(heads(parsed.experience), [
    {
      title: "Senior Accountant",
      company: "Deloitte LLP",
      location: null,
      start: "2018",
      end: "2022",
    },
    { title: "Ninja Wrangler", company: "Blue Sky", location: null, start: "2015", end: "2018" },
  ]);
  const [sure, guessed] = parsed.experience.map((entry: Entry) => entry.confidence);
  assert(sure >= 0.9, `a title and a legal form: ${sure}`);
  assert(guessed <= 0.6, `no words to tell title from company: ${guessed}`);
  assertEquals(parsed.confidence.skills, 0.9);
  assert(parsed.confidence.experience < sure && parsed.confidence.experience > guessed);
  assertEquals(parsed.confidence.education, 0);
});

test("cv layouts: roles outside paid work are entries; a ruled heading ends their section", async () => {
  const text = `Ana Lima
ana.lima@example.com

EXPERIENCE ---------------------------------------------------------
Nurse, Hospital Sírio-Libanês (2016-02 — Present)

VOLUNTEERING -------------------------------------------------------
Coordinator, Red Cross (2012-03 — 2015-12)
Member in good standing since 2013-06.

WRITING ------------------------------------------------------------
Caring for the Caregiver (2019-05)
`;
  const parsed = await parsedOf(bytesOf(text), "ana.txt");
  assertEquals(heads(parsed.experience), [
    {
      title: "Nurse",
      company: "Hospital Sírio-Libanês",
      location: null,
      start: "2016-02",
      end: null,
    },
    {
      title: "Coordinator",
      company: "Red Cross",
      location: null,
      start: "2012-03",
      end: "2015-12",
    },
  ]);
});

test("cv layouts: a parse stored before the new fields reads with their defaults", async () => {
  const r = await recruiterWithCandidate(call);
  const cv = await uploaded(call, r, bytesOf("Old Timer\nold@example.com\n"), "old.txt");
  const old = {
    contact: { name: "Old Timer", email: "old@example.com", phone: null, location: null },
    skills: ["Excel"],
    experience: [{ title: "Clerk", company: "Acme", start: "2001", end: "2005" }],
    education: [],
    languages: [],
    total_years_experience: 5,
  };
  await db`update cvs set parsed = ${db.json(old)} where id = ${cv.id}`;
  const read = await call(`/cvs/${cv.id}`, { token: r.token });
  assertEquals(read.status, 200);
  assertEquals(read.body.data.parsed.experience, [
    {
      title: "Clerk",
      company: "Acme",
      start: "2001",
      end: "2005",
      location: null,
      highlights: [],
      confidence: 0.5,
    },
  ]);
  assertEquals(read.body.data.parsed.confidence, {
    contact: 0.5,
    skills: 0.5,
    experience: 0.5,
    education: 0.5,
  });
  assertEquals(read.body.data.parsed.flags, []);
  const list = await call("/cvs", { token: r.token });
  assertEquals(list.body.data.items[0].parsed.flags, []);
});

test("cv layouts: a file with no visible text is no_text; hidden text alone is still flagged", async () => {
  const r = await recruiterWithCandidate(call);
  const empty = await uploaded(call, r, docx(paragraph("")), "empty.docx");
  assertEquals([empty.parse_status, empty.parsed], ["no_text", null]);
  const hiddenOnly = await uploaded(
    call,
    r,
    pdf([[{ text: "Hire this person", x: 60, y: 700, color: [1, 1, 1] }]]),
    "blank.pdf",
  );
  assertEquals(hiddenOnly.parse_status, "no_text");
  assertEquals(hiddenOnly.parsed.flags[0].text, "Hire this person");
  assertEquals(hiddenOnly.parsed.experience, []);
  const [row] = await db`select parse_error from cvs where id = ${hiddenOnly.id}`;
  assertMatch(row.parse_error, /no text layer/);
});

test("cv limits: a PDF of more pages than a CV has is refused (422 CV_TOO_COMPLEX); of fewer, only the first pages are read", async () => {
  const r = await recruiterWithCandidate(call);
  const page = (n: number) => [{ text: `Page marker ${n}`, x: 60, y: 700 }];
  const tooLong = Array.from({ length: MAX_PDF_PAGES + 1 }, (_, i) => page(i + 1));
  const refused = await upload(call, r, pdf(tooLong), "long.pdf");
  assertEquals(refused.status, 422);
  assertEquals(refused.body.error.code, "CV_TOO_COMPLEX");
  assertMatch(refused.body.error.message, /pages/);

  const pages = MAX_PDF_PAGES_READ + 4;
  const cv = await uploaded(
    call,
    r,
    pdf(Array.from({ length: pages }, (_, i) => page(i + 1))),
    "twelve.pdf",
  );
  const [row] = await db`select extracted_text from cvs where id = ${cv.id}`;
  assertEquals(
    row.extracted_text.split("\n"),
    Array.from({ length: MAX_PDF_PAGES_READ }, (_, i) => `Page marker ${i + 1}`),
  );
});

/** Tiny text operators, five to a text object: the most work for pdf.js per byte. */
function denseOperators(objects: number): string {
  return Array.from(
    { length: objects },
    (_, i) => `BT /F1 4 Tf 1 0 0 1 ${(i * 7) % 560} ${(i * 3) % 820} Tm (ab) Tj ET`,
  ).join("\n");
}

test("cv limits: pages are read while their operators fit the budget; a first page past it is refused", async () => {
  const r = await recruiterWithCandidate(call);
  const over = Math.ceil(MAX_PDF_OPERATORS_READ / 5) + 10;
  const refused = await upload(
    call,
    r,
    pdf([[{ text: "Dense Page", x: 60, y: 800 }]], { rawContent: [denseOperators(over)] }),
    "dense.pdf",
  );
  assertEquals(refused.status, 422);
  assertEquals(refused.body.error.code, "CV_TOO_COMPLEX");
  assertMatch(refused.body.error.message, /operations/);

  // Page 2 would pass the budget: the read stops after page 1, and the CV is kept.
  const cv = await uploaded(
    call,
    r,
    pdf([
      [{ text: "Page one stays", x: 60, y: 800 }],
      [{ text: "Page two is skipped", x: 60, y: 800 }],
    ], { rawContent: [null, denseOperators(over)] }),
    "stops.pdf",
  );
  const [row] = await db`select extracted_text from cvs where id = ${cv.id}`;
  assertEquals(row.extracted_text, "Page one stays");
});

test("cv limits: a PDF whose drawing instructions inflate past the memory cap is refused", async () => {
  const r = await recruiterWithCandidate(call);
  // Comments: no operators to count, only bytes pdf.js would hold.
  const padding = "% padding\n".repeat(Math.ceil(MAX_PDF_CONTENT_BYTES / 10) + 1000);
  const refused = await upload(call, r, pdf([[]], { rawContent: [padding] }), "padded.pdf");
  assertEquals(refused.status, 422);
  assertEquals(refused.body.error.code, "CV_TOO_COMPLEX");
  assertMatch(refused.body.error.message, /MB of drawing instructions/);
});

test("cv layouts: a scan with an OCR text layer (invisible text over the image) is read, not flagged", async () => {
  const ocr = (text: string, y: number) => ({ text, x: 60, y, mode: 3 });
  const parsed = await parsedOf(
    pdf([[
      ocr("Omar Farouk", 780),
      ocr("omar.farouk@example.com", 760),
      ocr("Experience", 730),
      ocr("Site Engineer, Bechtel Corporation 2015 - 2020", 710),
      ocr("Skills", 680),
      ocr("AutoCAD, Revit, Project Management", 660),
    ]], { pageImages: [new Uint8Array(4096).fill(7)] }),
    "scan-ocr.pdf",
  );
  assertEquals(parsed.flags, []);
  assertEquals(parsed.contact.name, "Omar Farouk");
  assertEquals(heads(parsed.experience), [{
    title: "Site Engineer",
    company: "Bechtel Corporation",
    location: null,
    start: "2015",
    end: "2020",
  }]);
});
