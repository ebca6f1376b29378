/**
 * Contact details from the top of a CV (the lines before the first heading, or a Contact
 * section): the name (a "Name:" label; else the largest line near the top of the first page
 * that reads as a name; else the first such line), the email, the phone and the place.
 */
import type { ParsedCv } from "../schemas/cv.ts";
import { findDateRange } from "./dates.ts";
import { companySignal, hasTitleWords } from "./entry_words.ts";
import type { Line } from "./lines.ts";
import { isKnownPlace, isPlace } from "./places.ts";
import { linesOf, readHeading, type Section } from "./sections.ts";

export interface ContactRead {
  contact: ParsedCv["contact"];
  /** How sure the name is: 0.95 from its size or a label, 0.7 from its place, 0 when none. */
  nameConfidence: number;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
const PHONE_LABEL =
  /\b(?:phone|tel|telephone|telefon|téléphone|teléfono|telefone|mobile|mobil|mob|cell|handy|whatsapp)\b\.?\s*(?:number|no\.?|nr\.?)?\s*[:.]?\s*(\(?\+?[\d(][\d\s().\/-]{5,}\d)/i;
const PHONE = /(?<![\w/+.(-])(\(?\+?\(?\d[\d\s().\/-]{5,}\d)(?![\w/])/g;
const LOCATION_LABEL =
  /^(?:location|address|city|residence|based in|lives in|adresse|wohnort|ort|dirección|direccion|indirizzo|endereço|adres)\b\s*[:\-–]?\s*(.+)$/i;
const PLACE =
  /^[\p{Lu}][\p{L}.'’ -]{1,40},\s*[\p{Lu}][\p{L}.'’ -]{1,40}(?:,\s*[\p{Lu}][\p{L}.'’ -]{1,40})?$/u;
const EMBEDDED_PLACE =
  /(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}),\s*(\p{Lu}{2,3}\b|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)/gu;
const NOT_A_NAME =
  /^(?:curriculum vitae|resume|résumé|cv|lebenslauf|contact|profile|personal details)$/i;
const NAME = /^[\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*){1,4}$/u;
const ONE_WORD = /^[\p{Lu}][\p{L}'’-]{1,30}$/u;

/** Where contact details are looked for: the top of a CV, or its end (some put them there). */
const HEAD_LINES = 40;
const SEARCHED_LINES = 300;

export function parseContact(sections: Section[], all: Line[]): ContactRead {
  const head = [
    ...linesOf(sections, "header").slice(0, HEAD_LINES),
    ...linesOf(sections, "contact").slice(0, HEAD_LINES),
  ];
  const lines = all.length > SEARCHED_LINES
    ? [...all.slice(0, SEARCHED_LINES / 2), ...all.slice(-SEARCHED_LINES / 2)]
    : all;
  const whole = lines.map((line) => line.text).join("\n");
  const email = (EMAIL.exec(head.map((line) => line.text).join("\n")) ?? EMAIL.exec(whole))?.[0]
    .toLowerCase() ?? null;
  const { name, confidence } = findName(head, lines);
  return {
    contact: {
      name,
      email,
      phone: findPhone(head) ?? findPhone(lines),
      location: findLocation(head, name),
    },
    nameConfidence: confidence,
  };
}

/** Segments of a line: between tabs, bars, bullets, wide gaps and spaced dashes. */
export function segments(text: string): string[] {
  return text.split(/\s*[|•·▪◆]\s*|\t+| {2,}|\s+[–—-]\s+/).map((part) => part.trim())
    .filter(Boolean);
}

function nameLike(text: string): boolean {
  if (NOT_A_NAME.test(text) || readHeading({ text, body: text, bullet: false })) return false;
  if (EMAIL.test(text) || /\d|https?:|www\.|[/@:]/i.test(text)) return false;
  if (hasTitleWords(text) || companySignal(text) > 0 || isPlace(text)) return false;
  return NAME.test(text);
}

function findName(head: Line[], lines: Line[]): { name: string | null; confidence: number } {
  for (const line of head) {
    const labelled = /^(?:full\s+)?(?:name|nom|nombre|nome)\s*:\s*(.+)$/i.exec(line.text);
    if (labelled && NAME.test(labelled[1].trim())) {
      return { name: titleCase(labelled[1].trim()), confidence: 0.95 };
    }
  }
  // The largest text near the top of the first page.
  const top = lines.slice(0, 15).filter((line) => (line.page ?? 1) === 1);
  const sized = top.filter((line) => (line.size ?? 0) >= 1.3);
  const largest = Math.max(0, ...sized.map((line) => line.size ?? 0));
  for (const line of sized.filter((candidate) => (candidate.size ?? 0) >= largest * 0.9)) {
    const found = nameAt(top, top.indexOf(line));
    if (found) return { name: found, confidence: 0.95 };
  }
  const candidates = head.length > 0 ? head.slice(0, 8) : lines.slice(0, 5);
  for (let i = 0; i < candidates.length; i++) {
    const found = nameAt(candidates, i);
    if (found) return { name: found, confidence: 0.7 };
  }
  return { name: null, confidence: 0 };
}

/** Letters after a name that are not the name: degrees and licences ("Jane Doe, PhD"). */
const POST_NOMINALS =
  /,?\s+(?:ph\.?\s?d|m\.?\s?d|mba|m\.?\s?sc|b\.?\s?sc|m\.?\s?a|b\.?\s?a|m\.?\s?eng|b\.?\s?eng|cpa|cfa|pmp|rn|bsn|msn|pe|esq|jr|sr|ii|iii|acca|cma|frm|dipl\.?-ing)\.?(?=,|\s|$)/giu;

/** The name a line holds: its first segment, or a one-word line with its one-word neighbour. */
function nameAt(lines: Line[], i: number): string | null {
  const parts = segments(lines[i].text).map((part) => part.replace(POST_NOMINALS, "").trim());
  let first = parts[0];
  if (!first) return null;
  // "JOHN" and "DOE" set apart on one line (two fonts, a gap between).
  if (ONE_WORD.test(first) && parts[1] && ONE_WORD.test(parts[1])) first = `${first} ${parts[1]}`;
  if (nameLike(first)) return titleCase(first);
  // A name over two lines ("JANE" / "DOE"), or a surname set apart from the given name.
  if (ONE_WORD.test(first) && !NOT_A_NAME.test(first) && !hasTitleWords(first)) {
    const next = segments(lines[i + 1]?.text ?? "")[0];
    if (next && ONE_WORD.test(next) && nameLike(`${first} ${next}`)) {
      return titleCase(`${first} ${next}`);
    }
    const previous = segments(lines[i - 1]?.text ?? "")[0];
    if (previous && ONE_WORD.test(previous) && nameLike(`${previous} ${first}`)) {
      return titleCase(`${previous} ${first}`);
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

function findPhone(lines: Line[]): string | null {
  for (const line of lines) {
    const labelled = PHONE_LABEL.exec(line.text);
    if (labelled && isPhone(labelled[1])) return tidyPhone(labelled[1]);
  }
  for (const line of lines) {
    for (const match of line.text.matchAll(PHONE)) {
      const phone = withoutLeadingNumbers(match[1]);
      if (isPhone(phone)) return tidyPhone(phone);
    }
  }
  return null;
}

/**
 * A run of digits too long for one number ("CA 91377 (818) 555-0199": a postcode before the
 * phone) loses its leading groups until it is a phone's length.
 */
function withoutLeadingNumbers(candidate: string): string {
  let phone = candidate.trim();
  while (phone.replace(/\D/g, "").length > 13) {
    const cut = phone.replace(/^\S+\s+/, "");
    if (cut === phone) break;
    phone = cut;
  }
  return phone;
}

function isPhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, "").length;
  // A date range ("2017 - 2019", "03/2018 - 06/2021") has digits enough, but is not a number.
  return digits >= 7 && digits <= 15 && !findDateRange(candidate) &&
    !/^\d{1,2}[/.]\d{4}$/.test(candidate.trim()) &&
    // A whole date: 01/03/2019, 2019-03-01.
    !/^(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2})$/.test(
      candidate.trim(),
    );
}

function tidyPhone(phone: string): string {
  return phone.replace(/\s+/g, " ").trim();
}

const STREET =
  /^\d+[a-z]?\s+[\p{L}0-9 .'-]+?\b(?:st|street|ave|avenue|rd|road|blvd|boulevard|lane|ln|dr|drive|way|ct|court|pl|place|sq|square|straße|strasse|str|weg|gasse|platz|rue|calle|via|rua)\.?\s*,\s*(.+)$/iu;

function findLocation(head: Line[], name: string | null): string | null {
  for (const line of head) {
    const labelled = LOCATION_LABEL.exec(line.text);
    if (labelled) return labelled[1].trim();
  }
  for (const line of head) {
    for (const part of segments(line.text)) {
      if (part === name || hasTitleWords(part) || companySignal(part) > 1) continue;
      const street = STREET.exec(part);
      if (street && isPlace(street[1])) return street[1].trim();
      if (isPlace(part) || (PLACE.test(part) && !companySignal(part))) return part;
    }
  }
  // A place inside a line of other details: "jane@x.com +1 555 0100 San Francisco, CA github...".
  for (const line of head) {
    for (const match of line.text.matchAll(EMBEDDED_PLACE)) {
      const words = match[1].split(" ");
      // The city's words may follow other capitalised words: a known city's whole name first,
      // else the single word before the region.
      const known = words.map((_, cut) => words.slice(cut).join(" "))
        .find((city) => isKnownPlace(city) && city !== name);
      const city = known ?? words[words.length - 1];
      if (isPlace(`${city}, ${match[2]}`)) return `${city}, ${match[2]}`;
    }
  }
  return null;
}
