/**
 * A CV's text read into ParsedCv (shared/schemas/cv.ts) by heuristics that hold across the
 * usual layouts: contact details from the header (the lines before the first heading) or a
 * Contact section; skills from a Skills section's lists and the built-in vocabulary anywhere;
 * jobs from the date ranges of the Experience section, with the title and company beside the
 * dates or on the lines just above (or below) them; Education lines as they are; languages
 * from a Languages section, or from lines that say how well one is spoken; and the years of
 * experience as the union of the job ranges.
 *
 * It never throws on odd text: whatever it cannot find is null or empty.
 */
import type { ParsedCv } from "../schemas/cv.ts";
import { type DateRange, findDateRange, formatYearMonth, totalYears } from "./dates.ts";
import { findLanguages, PROFICIENCY } from "./languages.ts";
import { linesOf, readHeading, type Section, splitSections } from "./sections.ts";
import { canonicalSkill, findSkills, isKnownSkill } from "./skills.ts";

export interface ParseOptions {
  /** What "Present" means; now by default. */
  now?: Date;
}

const MAX_SKILLS = 60;
const MAX_JOBS = 30;
const MAX_EDUCATION = 20;
const MAX_LANGUAGES = 20;

export function parseCv(text: string, options: ParseOptions = {}): ParsedCv {
  const lines = normalizeLines(text);
  const sections = splitSections(lines);
  const contact = parseContact(sections, lines);
  const experienceLines = linesOf(sections, "experience");
  const jobs = parseExperience(
    experienceLines.length > 0 ? experienceLines : sections
      .filter((section) => !["education", "skills", "languages"].includes(section.kind))
      .flatMap((section) => section.lines),
  );
  return {
    contact,
    skills: parseSkills(sections, lines, contact.name),
    experience: jobs.map(({ title, company, range }) => ({
      title,
      company,
      start: formatYearMonth(range.start),
      end: range.end ? formatYearMonth(range.end) : null,
    })),
    education: linesOf(sections, "education")
      .map((line) => stripBullet(line).replace(/\s*\t+\s*/g, ", ").trim())
      .filter(Boolean)
      .map((line) => line.slice(0, 300))
      .slice(0, MAX_EDUCATION),
    languages: parseLanguages(sections, lines),
    total_years_experience: totalYears(jobs.map((job) => job.range), options.now ?? new Date()),
  };
}

// --- lines -----------------------------------------------------------------------------------

function normalizeLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/[\n\f\v\u2028\u2029]/)
    .map((line) =>
      line
        .replace(/[\u00a0\u2007\u202f]/g, " ")
        .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
        .replace(/ {2,}/g, "  ")
        .replace(/ *\t[\t ]*/g, "\t")
        .trim()
    );
}

const BULLET = /^(?:[•●▪■◦·‣∙⁃*➢►✓]|[-–—>](?=\s)|o(?=\s))\s*/;

function isBullet(line: string): boolean {
  return BULLET.test(line);
}

function stripBullet(line: string): string {
  return line.replace(BULLET, "").trim();
}

/** The pieces of a line between separators: bars, tabs, bullets, wide gaps, spaced dashes. */
function segments(line: string): string[] {
  return line
    .split(/\s*[|•·▪◆]\s*|\t+| {2,}|\s+[–—-]\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

// --- contact ---------------------------------------------------------------------------------

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
const PHONE_LABEL =
  /\b(?:phone|tel|telephone|mobile|mob|cell|whatsapp)\b\.?\s*(?:number|no\.?)?\s*[:.]?\s*(\+?[\d(][\d\s().\/-]{5,}\d)/i;
const PHONE = /(?<![\w/+.-])(\+?\(?\d[\d\s().\/-]{5,}\d)(?![\w/])/g;
const LOCATION_LABEL =
  /^(?:location|address|city|residence|based in|lives in)\b\s*[:\-–]?\s*(.+)$/i;
const PLACE =
  /^[\p{Lu}][\p{L}.'’ -]{1,40},\s*[\p{Lu}][\p{L}.'’ -]{1,40}(?:,\s*[\p{Lu}][\p{L}.'’ -]{1,40})?$/u;
const NOT_A_NAME = /^(?:curriculum vitae|resume|résumé|cv|contact|profile)$/i;

function parseContact(sections: Section[], lines: string[]): ParsedCv["contact"] {
  const head = [...linesOf(sections, "header"), ...linesOf(sections, "contact")];
  const whole = lines.join("\n");
  const email = (EMAIL.exec(head.join("\n")) ?? EMAIL.exec(whole))?.[0].toLowerCase() ?? null;
  const name = findName(head);
  return {
    name,
    email,
    phone: findPhone(head) ?? findPhone(lines),
    location: findLocation(head, name),
  };
}

function findName(head: string[]): string | null {
  for (const line of head) {
    const labelled = /^(?:full\s+)?name\s*:\s*(.+)$/i.exec(line);
    if (labelled) return titleCase(labelled[1].trim());
  }
  for (const line of head.slice(0, 8)) {
    const first = segments(line)[0];
    if (!first || NOT_A_NAME.test(first) || readHeading(first)) continue;
    if (EMAIL.test(first) || /\d|https?:|www\./i.test(first) || TITLE_WORDS.test(first)) continue;
    if (/^[\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*){1,4}$/u.test(first)) {
      return titleCase(first);
    }
  }
  return null;
}

/** "JANE O'NEIL" → "Jane O'Neil"; names already in mixed case stay as written. */
function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(
    /(^|[\s'’-])(\p{L})/gu,
    (_, before, letter) => before + letter.toUpperCase(),
  );
}

function findPhone(lines: string[]): string | null {
  for (const line of lines) {
    const labelled = PHONE_LABEL.exec(line);
    if (labelled && isPhone(labelled[1])) return tidyPhone(labelled[1]);
  }
  for (const line of lines) {
    for (const match of line.matchAll(PHONE)) {
      if (isPhone(match[1])) return tidyPhone(match[1]);
    }
  }
  return null;
}

function isPhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, "").length;
  // A date range ("2017 - 2019", "03/2018 - 06/2021") has digits enough, but is not a number.
  return digits >= 7 && digits <= 15 && !findDateRange(candidate) &&
    !/^\d{1,2}[/.]\d{4}$/.test(candidate.trim());
}

function tidyPhone(phone: string): string {
  return phone.replace(/\s+/g, " ").trim();
}

function findLocation(head: string[], name: string | null): string | null {
  for (const line of head) {
    const labelled = LOCATION_LABEL.exec(line);
    if (labelled) return labelled[1].trim();
  }
  for (const line of head) {
    for (const part of segments(line)) {
      if (part === name || TITLE_WORDS.test(part) || COMPANY_WORDS.test(part)) continue;
      if (PLACE.test(part)) return part;
    }
  }
  return null;
}

// --- experience ------------------------------------------------------------------------------

/** Words that make a piece of text a job title. */
const TITLE_WORDS = new RegExp(
  "\\b(?:" + [
    "engineer",
    "developer",
    "programmer",
    "manager",
    "director",
    "designer",
    "analyst",
    "consultant",
    "architect",
    "scientist",
    "specialist",
    "administrator",
    "intern",
    "internship",
    "lead",
    "head",
    "officer",
    "coordinator",
    "assistant",
    "associate",
    "technician",
    "teacher",
    "lecturer",
    "professor",
    "researcher",
    "nurse",
    "accountant",
    "tester",
    "qa",
    "owner",
    "founder",
    "co-founder",
    "cto",
    "ceo",
    "cfo",
    "coo",
    "vp",
    "president",
    "representative",
    "executive",
    "advisor",
    "adviser",
    "editor",
    "writer",
    "recruiter",
    "trainee",
    "apprentice",
    "student",
    "devops",
    "sre",
    "support",
    "supervisor",
    "chief",
    "principal",
    "agent",
    "auditor",
    "economist",
    "strategist",
    "marketer",
    "fellow",
    "postdoc",
    "freelancer",
    "contractor",
  ].join("|") + ")s?\\b",
  "i",
);

/** Words that make a piece of text a company. */
const COMPANY_WORDS =
  /\b(?:inc|ltd|llc|gmbh|corp|corporation|company|co|ag|sa|plc|bv|limited|group|labs?|technologies|solutions|systems|software|consulting|university|bank|studio|agency|holdings)\b\.?/i;

interface Job {
  title: string | null;
  company: string | null;
  range: DateRange;
}

interface Line {
  text: string;
  blank: boolean;
  bullet: boolean;
  range: DateRange | null;
  used: boolean;
}

function parseExperience(texts: string[]): Job[] {
  const lines: Line[] = texts.map((text) => {
    const bullet = isBullet(text);
    return {
      text,
      blank: text.trim() === "",
      bullet,
      // A date in a bullet describes a job's work, not the job.
      range: bullet ? null : findDateRange(text),
      used: false,
    };
  });
  const usable = (line: Line | undefined) =>
    line !== undefined && !line.blank && !line.bullet && !line.range && !line.used;

  const jobs: Job[] = [];
  lines.forEach((line, i) => {
    if (!line.range || jobs.length >= MAX_JOBS) return;
    line.used = true;
    const own = pieces(line.text.replace(line.range.text, " "));
    let found = own.parts;
    let ordered = own.ordered;
    if (found.length < 2) {
      // Title and company on the one or two lines just above the dates.
      const above: Line[] = [];
      for (let j = i - 1; j >= 0 && above.length < 2 && usable(lines[j]); j--) {
        above.unshift(lines[j]);
      }
      for (const previous of above) previous.used = true;
      const split = above.map((previous) => pieces(previous.text));
      found = [...split.flatMap((piece) => piece.parts), ...found];
      ordered = split.some((piece) => piece.ordered) && found.length === 2;
    }
    const next = lines[i + 1];
    // ... or the line just below, unless that line is the next job's heading.
    if (found.length < 2 && usable(next) && !lines[i + 2]?.range) {
      next.used = true;
      found = [...found, ...pieces(next.text).parts];
    }
    jobs.push({ ...titleAndCompany(found, ordered), range: line.range });
  });
  return jobs;
}

/** A line's pieces, "Title at Company" keeping its order (`ordered`). */
function pieces(text: string): { parts: string[]; ordered: boolean } {
  const cleaned = text
    .replace(/\(\s*\)|\[\s*\]/g, " ")
    .replace(/^[\s|,;:–—\-()]+|[\s|,;:–—\-(]+$/g, "")
    .trim();
  if (!cleaned) return { parts: [], ordered: false };
  const at = /^(.+?)\s+(?:at|@)\s+(.+)$/i.exec(cleaned);
  if (at) return { parts: [tidy(at[1]), tidy(at[2])].filter(Boolean), ordered: true };
  const strong = segments(cleaned).map(tidy).filter(Boolean);
  if (strong.length > 1) return { parts: strong, ordered: false };
  const comma = /^(.+?),\s+(.+)$/.exec(cleaned);
  if (comma) return { parts: [tidy(comma[1]), tidy(comma[2])].filter(Boolean), ordered: false };
  return { parts: [tidy(cleaned)].filter(Boolean), ordered: false };
}

function tidy(text: string): string {
  return text.replace(/^[\s|,;:–—\-()]+|[\s|,;:–—\-(]+$/g, "").trim().slice(0, 200);
}

function titleAndCompany(parts: string[], ordered: boolean) {
  const places = parts.filter((part) => isPlace(part));
  const named = parts.filter((part) => !places.includes(part));
  if (named.length === 0) return { title: null, company: null };
  if (ordered) return { title: named[0], company: named[1] ?? null };
  const titleAt = named.findIndex((part) => TITLE_WORDS.test(part) && !COMPANY_WORDS.test(part));
  if (titleAt < 0) {
    if (named.length === 1) {
      return COMPANY_WORDS.test(named[0])
        ? { title: null, company: named[0] }
        : { title: named[0], company: null };
    }
    return { title: named[0], company: named[1] };
  }
  const others = named.filter((_, i) => i !== titleAt);
  const company = others.find((part) => COMPANY_WORDS.test(part)) ?? others[0] ?? null;
  return { title: named[titleAt], company };
}

function isPlace(text: string): boolean {
  return /^(?:remote|hybrid|on-?site|worldwide)$/i.test(text) ||
    (PLACE.test(text) && !COMPANY_WORDS.test(text) && !TITLE_WORDS.test(text));
}

// --- skills ----------------------------------------------------------------------------------

function parseSkills(sections: Section[], lines: string[], name: string | null): string[] {
  const sectionLines = linesOf(sections, "skills");
  const listed = sectionLines.flatMap((line) => {
    const content = stripBullet(line);
    const labelled = /^[^:]{1,40}:\s*(.+)$/.exec(content);
    return (labelled ? labelled[1] : content)
      .split(/[,;|•·▪\t]| {2,}/)
      .map((item) =>
        item
          .replace(/\s*\([^)]*\)\s*$/, "")
          .replace(/[.\s]+$/, "")
          .trim()
      )
      .filter((item) =>
        item.length > 0 && item.length <= 40 && item.split(/\s+/).length <= 4 &&
        /\p{L}/u.test(item)
      )
      .map((item) => canonicalSkill(item) ?? item);
  });
  // The name is left out: "Ruby Smith" knows no Ruby for saying so.
  const text = lines.join("\n");
  const elsewhere = name ? text.replaceAll(name, " ") : text;
  const found = [
    ...listed,
    ...findSkills(sectionLines.join("\n"), { inSkillsSection: true }),
    ...findSkills(elsewhere),
  ];
  return unique(found).slice(0, MAX_SKILLS);
}

// --- languages -------------------------------------------------------------------------------

function parseLanguages(sections: Section[], lines: string[]): string[] {
  const sectionLines = linesOf(sections, "languages");
  if (sectionLines.length === 0) {
    // No section: languages named where a line speaks of speaking them.
    return unique(
      lines
        .filter((line) =>
          PROFICIENCY.test(line) || /\b(?:speak|speaks|spoken|languages?)\b/i.test(line)
        )
        .flatMap(findLanguages),
    ).slice(0, MAX_LANGUAGES);
  }
  const found = sectionLines.flatMap((line) =>
    stripBullet(line)
      .split(/[,;|•·\t]| {2,}/)
      .flatMap((item): string[] => {
        const [known] = findLanguages(item);
        if (known) return [known];
        // A language the list above lacks, said with its level ("Klingon (B1)"); a programming
        // language listed here belongs to the skills.
        const bare = item.replace(/\s*[(:–—-].*$/, "").trim();
        return PROFICIENCY.test(item) && !isKnownSkill(bare) && /^[\p{L} ]{2,30}$/u.test(bare)
          ? [bare]
          : [];
      })
  );
  return unique(found).slice(0, MAX_LANGUAGES);
}

function unique(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
