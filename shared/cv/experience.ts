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
import { highlightsOf } from "./highlights.ts";
import { type Line, withBullet } from "./lines.ts";
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
  const anchors = findAnchors(lines);
  if (anchors.length === 0) return [];
  const used = new Set<number>(anchors.map((anchor) => anchor.index));
  const headingAbove = anchors[0].index > 0 &&
    lines.slice(0, anchors[0].index).some((line) => headingLike(line));
  const spans = anchors.map((anchor, n) => {
    const heading: number[] = [];
    const next = anchors[n + 1]?.index ?? lines.length;
    const previous = n > 0 ? anchors[n - 1].index : -1;
    const names = () => countNames(heading.map((i) => lines[i].text).concat(anchor.rest));
    const above = (limit: number) => {
      for (let i = anchor.index - 1, k = 0; i > previous && k < limit && names() < 2; i--, k++) {
        if (used.has(i) || !headingLike(lines[i])) break;
        used.add(i);
        heading.push(i);
      }
    };
    const below = (limit: number) => {
      for (let i = anchor.index + 1, k = 0; i < next && k < limit && names() < 2; i++, k++) {
        if (used.has(i) || !headingLike(lines[i])) break;
        // In a layout of headings above dates, a line right above the next dates is theirs.
        if (headingAbove && i + 1 === next) break;
        used.add(i);
        heading.push(i);
      }
    };
    // A line of dates alone sits under its heading far more often than over it.
    const dateOnly = names() === 0 && anchor.index > 0 && !used.has(anchor.index - 1) &&
      headingLike(lines[anchor.index - 1]);
    if (headingAbove || dateOnly) {
      above(MAX_HEADING_LINES);
      below(1);
    } else {
      below(MAX_HEADING_LINES);
      above(1);
    }
    return { anchor, heading: heading.sort((a, b) => a - b), next };
  });
  return spans.slice(0, MAX_JOBS).map(({ anchor, heading, next }, n) => {
    const pieces: HeadingPiece[] = [
      ...heading.filter((i) => i < anchor.index).map((i) => piece(lines[i], false)),
      { text: anchor.rest, dateLine: true },
      ...heading.filter((i) => i > anchor.index).map((i) => piece(lines[i], false)),
    ].filter((p) => p.text.trim() !== "");
    const parts = entryParts(pieces);
    // The description: from after this heading up to where the next entry's heading begins.
    const end = spans[n + 1] ? Math.min(next, ...spans[n + 1].heading) : lines.length;
    const start = Math.max(anchor.index, ...heading) + 1;
    const body = lines.slice(start, end).filter((_, i) => !used.has(start + i));
    // A bullet that carried the dates (rendercv) is description too.
    const own = anchor.bulletText !== undefined && lines[anchor.index].bullet
      ? [withBullet({ ...lines[anchor.index], text: anchor.bulletText })]
      : [];
    return {
      ...parts,
      range: anchor.range,
      highlights: highlightsOf([...own, ...body], allText),
    };
  }).filter((job) => job.title !== null || job.company !== null);
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
    const range = findDateRange(line.text);
    if (range) {
      anchors.push({ index, range, rest: stripDuration(line.text.replace(range.text, " ")) });
      return;
    }
    // A single date on a heading line: a short job ("Intern, Acme — Summer 2022").
    const single = findSingleDate(line.text);
    if (single && headingLike({ ...line, text: line.text.replace(single.text, " ") }, true)) {
      const rest = stripDuration(line.text.replace(single.text, " "));
      if (/\p{L}{2}/u.test(rest) || isOnlyDateRange(line.text, single)) {
        anchors.push({ index, range: single, rest });
      }
    }
  });
  return anchors;
}

/** A sentence about the work: many words, or a full stop inside. */
function isProse(text: string): boolean {
  const words = text.split(/\s+/).length;
  return words > 16 || (/\.\s+\p{Lu}/u.test(text) && words > 8) || /^\p{Ll}/u.test(text.trim());
}

/** A line that could be (part of) a job's heading: short, not a bullet, not a sentence. */
function headingLike(line: Line, allowDates = false): boolean {
  const text = line.text.trim();
  if (!text || line.bullet) return false;
  if (!allowDates && findDateRange(text)) return false;
  if (readHeading(line)) return false;
  const words = text.split(/\s+/).length;
  if (words > 12) return false;
  if (/^\p{Ll}/u.test(text)) return false;
  if (/[.!?]$/.test(text) && words > 5) return false;
  if (/\.\s+\p{Lu}/u.test(text)) return false;
  return true;
}

/** How many name-like pieces some heading text holds (to know whether a part is missing). */
function countNames(texts: string[]): number {
  return texts.flatMap((text) => text.split(/\t|\s[|•·–—-]\s|,\s*|\s+at\s+/))
    .filter((part) => /\p{L}{2}/u.test(part) && !isDuration(part)).length;
}

function piece(line: Line, dateLine: boolean): HeadingPiece {
  return { text: line.text.split("\t").filter((field) => !isDuration(field)).join("\t"), dateLine };
}
