/**
 * Work history: entries found from their dates, wherever the dates sit.
 *
 * Each date range in a work-history section anchors one entry: on the heading line itself
 * ("Title, Company, City, June 2018 - Present"), in a field of its own beside a line (a date
 * column, right-aligned dates, even beside the first bullet as rendercv sets them), or on a line
 * of its own above or below the heading. A single date ("Summer 2022", "(May 2019)") anchors an
 * entry too when it sits on a heading line. Dates inside a sentence describe work, not a job.
 *
 * The entry's heading is the anchor line (less its dates) and the heading-like lines around it:
 * the lines just above when the section's first entry shows its heading above its dates, else
 * the lines just below. Everything after the heading up to the next entry's heading is the
 * entry's description, made into highlights (highlights.ts).
 */
import {
  type DateRange,
  findDateRange,
  findSingleDate,
  isDuration,
  isOnlyDateRange,
  stripDuration,
} from "./dates.ts";
import { entryParts, type HeadingPiece } from "./entry_parts.ts";
import { companySignal } from "./entry_words.ts";
import { highlightsOf } from "./highlights.ts";
import { type Line, withBullet } from "./lines.ts";
import { isPlace } from "./places.ts";
import { readHeading } from "./sections.ts";

export interface Job {
  title: string | null;
  company: string | null;
  location: string | null;
  range: DateRange;
  highlights: string[];
  confidence: number;
}

const MAX_JOBS = 30;
/** Heading lines looked at on either side of the dates. */
const MAX_HEADING_LINES = 2;

interface Anchor {
  index: number;
  range: DateRange;
  /** The anchor line's text without its dates (and durations). */
  rest: string;
  /** A bullet's text, when the dates sat beside a bullet. */
  bulletText?: string;
}

/** The entries of one section's lines, in order. */
export function parseJobs(lines: Line[], allText: string): Job[] {
  // One past the last kept: it bounds the last entry's description.
  const anchors = findAnchors(lines).slice(0, MAX_JOBS + 1);
  if (anchors.length === 0) return [];
  const used = new Set<number>(anchors.map((anchor) => anchor.index));
  const headingAbove = anchors[0].index > 0 &&
    lines.slice(0, anchors[0].index).some((line) => headingLike(line));
  const spans = anchors.map((anchor, n) => {
    const heading: number[] = [];
    const next = anchors[n + 1]?.index ?? lines.length;
    const previous = n > 0 ? anchors[n - 1].index : -1;
    const partsSoFar = () => entryParts(piecesOf(lines, anchor, heading));
    // A guessed split ("Carrow Homes" as the title, "Leicester" as the company) is no heading
    // yet: the line above may hold the title.
    const incomplete = () => {
      const parts = partsSoFar();
      return !parts.title || !parts.company || parts.confidence < GUESSED;
    };
    const walk = (step: -1 | 1, limit: number) => {
      for (let i = anchor.index + step, k = 0; i > previous && i < next && k < limit; i += step) {
        // An employer's own line right above ("Ledgerly Inc., Chicago, IL") is the entry's even
        // when the dates' line reads complete alone ("Account Executive, Mid-Market").
        const employerAbove = step === -1 && k === 0 && i === anchor.index - 1 &&
          companySignal(lines[i].text.split(/,|\s[|•·–—-]\s/)[0]) >= 2;
        if (!incomplete() && !employerAbove) break;
        if (used.has(i) || !headingLike(lines[i])) break;
        // "3 years 2 months" between a company and its roles (LinkedIn's export) says nothing.
        if (isDuration(lines[i].text)) {
          used.add(i);
          continue;
        }
        // In a layout of headings above dates, a line right above the next dates is theirs.
        if (step === 1 && headingAbove && i + 1 === next) break;
        used.add(i);
        heading.push(i);
        k++;
      }
    };
    if (headingAbove) {
      walk(-1, MAX_HEADING_LINES);
      walk(1, 1);
    } else {
      walk(1, MAX_HEADING_LINES);
      walk(-1, 1);
    }
    // A place on the line after the heading ("Mountain View, California") is the entry's.
    const after = Math.max(anchor.index, ...heading) + 1;
    if (after < next && !used.has(after) && isPlace(lines[after].text.trim())) {
      used.add(after);
      heading.push(after);
    }
    return { anchor, heading: heading.sort((a, b) => a - b), next };
  });
  const jobs: (Job & { companyOwnLine: boolean })[] = [];
  spans.slice(0, MAX_JOBS).forEach(({ anchor, heading, next }, n) => {
    const parts = entryParts(piecesOf(lines, anchor, heading));
    // The description: from after this heading up to where the next entry's heading begins.
    const end = spans[n + 1] ? Math.min(next, ...spans[n + 1].heading) : lines.length;
    const start = Math.max(anchor.index, ...heading) + 1;
    const body = lines.slice(start, end).filter((_, i) => !used.has(start + i));
    // A bullet that carried the dates (rendercv) is description too.
    const own = anchor.bulletText !== undefined && lines[anchor.index].bullet
      ? [withBullet({ ...lines[anchor.index], text: anchor.bulletText })]
      : [];
    const job = {
      ...parts,
      range: anchor.range,
      highlights: highlightsOf([...own, ...body], allText),
    };
    // A role under a company's own heading line, after another role there: that company's.
    const before = jobs[jobs.length - 1];
    if (
      !job.company && job.title && before?.companyOwnLine &&
      heading.every((i) => i > previousEnd(spans, n))
    ) {
      job.company = before.company;
      job.companyOwnLine = true;
      job.confidence = Math.round(Math.min(0.9, 0.5 + job.confidence) * 100) / 100;
    }
    jobs.push(job);
  });
  return jobs.filter((job) => job.title !== null || job.company !== null)
    .map(({ companyOwnLine: _, ...job }) => job);
}

/** Where the entry before entry `n` ends (its anchor or last heading line). */
function previousEnd(spans: { anchor: Anchor; heading: number[] }[], n: number): number {
  const before = spans[n - 1];
  return before ? Math.max(before.anchor.index, ...before.heading) : -1;
}

/** Below this an entry's title and company are a guess. */
const GUESSED = 0.75;

/** The heading's pieces, in reading order: lines above, the dates' line, lines below. */
function piecesOf(lines: Line[], anchor: Anchor, heading: number[]): HeadingPiece[] {
  const sorted = [...heading].sort((a, b) => a - b);
  return [
    ...sorted.filter((i) => i < anchor.index).map((i) => piece(lines[i], false)),
    { text: anchor.rest, dateLine: true },
    ...sorted.filter((i) => i > anchor.index).map((i) => piece(lines[i], false)),
  ].filter((p) => p.text.trim() !== "");
}

/** Lines whose dates date a job, and the rest of their text. */
function findAnchors(lines: Line[]): Anchor[] {
  const anchors: Anchor[] = [];
  lines.forEach((line, index) => {
    if (!line.text.trim()) return;
    const fields = line.text.split("\t");
    // A field that is only a date range: layout, wherever it sits (a bullet's too).
    for (let f = 0; f < fields.length; f++) {
      const range = findDateRange(fields[f]);
      if (range && isOnlyDateRange(fields[f], range) && (fields.length > 1 || !line.bullet)) {
        const rest = fields.filter((_, g) => g !== f && !isDuration(fields[g])).join("\t");
        // A bullet beside the dates is the description's first line, not the heading.
        anchors.push({ index, range, rest: line.bullet ? "" : rest, bulletText: rest });
        return;
      }
    }
    if (line.bullet || isProse(line.text)) return;
    const range = findDateRange(withoutAside(line.text));
    if (range) {
      // The rest must read as a heading: "In 2012 – 2014 I travelled..." is a sentence.
      const rest = stripDuration(line.text.replace(range.text, " "));
      if (
        headingLike({ ...line, text: asHeading(rest) }) || !/\p{L}/u.test(rest)
      ) {
        anchors.push({ index, range, rest });
      }
      return;
    }
    // A single date on a heading line, or alone: a short job ("Intern, Acme — Summer 2022"); not
    // one inside an aside ("(remote from Chicago from 2020)").
    const single = findSingleDate(withoutAside(line.text));
    if (!single) return;
    const rest = stripDuration(line.text.replace(single.text, " ")).trim();
    const alone = isOnlyDateRange(line.text, single);
    if (alone || (/\p{L}{2}/u.test(rest) && headingLike({ ...line, text: rest }))) {
      anchors.push({ index, range: single, rest: alone ? "" : rest });
    }
  });
  return anchors;
}

/** A sentence about the work: many words, or a full stop inside. */
function isProse(text: string): boolean {
  const words = text.split(/\s+/).length;
  return words > 16 || (SENTENCE_END.test(text) && words > 8) || /^\p{Ll}/u.test(text.trim());
}

/** A full stop after a word (not "St.", "Inc.", "Dr."), then another sentence. */
// Spaces, not a tab: "Kakao Corp.⇥Pangyo" is two fields.
const SENTENCE_END = /\p{Ll}{3,}[.!?] +\p{Lu}/u;

/** A line that could be (part of) a job's heading: short, not a bullet, not a sentence. */
function headingLike(line: Line): boolean {
  const text = withoutAside(line.text).trim();
  if (!text || line.bullet) return false;
  if (findDateRange(text)) return false;
  if (readHeading(line)) return false;
  const words = text.split(/\s+/).length;
  if (words > 12) return false;
  if (/^\p{Ll}/u.test(text)) return false;
  // A full stop ends a sentence, not a heading ("Member in good standing since 2013."), unless
  // it ends an abbreviation ("Acme Inc.", "Smith & Co.").
  const abbreviation = /\b(?:inc|ltd|co|corp|llc|plc|bros|dept|univ)\.$/i.test(text);
  if (/[.!?]$/.test(text) && words > 5 && !abbreviation) return false;
  if (/\p{Ll}{2}\.$/u.test(text) && !abbreviation) return false;
  // A sentence about oneself is no heading.
  if (/(?:^|\s)(?:I|I'm|I've|my|we|our)\s/.test(` ${text} `) && words > 4) return false;
  if (SENTENCE_END.test(text)) return false;
  return true;
}

/**
 * A heading without its asides: "(regional main contractor, affordable housing)" or "(remote
 * from Chicago from 2020)" describes the employer, with no title or dates of the job in it. An
 * aside that is the job's dates ("(Jan 2019 – Mar 2021)") stays.
 */
function withoutAside(text: string): string {
  return text.replace(/\s*\(([^()]{12,})\)/g, (aside, inner: string) => {
    const prose = (inner.match(/\b\p{Ll}{3,}\b/gu) ?? [])
      .filter((word) => !/^(?:present|current|now|today|heute|date)$/.test(word)).length;
    return prose >= 2 || !findDateRange(inner) ? "" : aside;
  });
}

function piece(line: Line, dateLine: boolean): HeadingPiece {
  const text = withoutAside(line.text);
  return { text: text.split("\t").filter((field) => !isDuration(field)).join("\t"), dateLine };
}

/** A line's text less its dates, as a heading would read: no dangling separators. */
function asHeading(rest: string): string {
  return rest.replace(/\s+([.,;:])/g, "$1").replace(/[\s,;:|()–—-]+$/, "");
}
