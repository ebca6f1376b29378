/**
 * Date ranges as CVs write them: "Jan 2019 – Present", "January 2019 - Mar 2021", "2017-2019",
 * "03/2018 - 06/2021", "2018-03 to 2021-06", "Since 2020". English month names; "present",
 * "current", "now", "today" and "ongoing" for a range that has not ended.
 */

export interface YearMonth {
  year: number;
  /** 1..12, or null when only the year is written. */
  month: number | null;
}

export interface DateRange {
  start: YearMonth;
  /** null: up to now. */
  end: YearMonth | null;
  /** The text matched, to remove from its line. */
  text: string;
}

const MONTHS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];
const MONTH_NAME =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const YEAR = "(?:19|20)\\d{2}";
/** One date: "Jan 2019", "03/2018", "2018-03", "2019". */
const DATE =
  `(?:${MONTH_NAME},?\\s*${YEAR}|\\d{1,2}[/.]${YEAR}|${YEAR}[-/.]\\d{1,2}(?!\\d)|${YEAR})`;
const NOW = "(?:present|current(?:ly)?|now|today|ongoing|to date)";
const SEPARATOR = "\\s*(?:-|–|—|−|‒|→|to|until|till|through)\\s*";
const RANGE = new RegExp(
  `(?<![\\w/.-])(?:from\\s+)?(${DATE})${SEPARATOR}(${DATE}|${NOW})(?![\\w/-])` +
    `|(?<![\\w/.-])(?:since|from)\\s+(${DATE})(?![\\w/-])`,
  "gi",
);

/** The first plausible date range in a line (the end not before the start), or null. */
export function findDateRange(line: string): DateRange | null {
  for (const match of line.matchAll(RANGE)) {
    const start = parseDate(match[1] ?? match[3]);
    if (!start) continue;
    const endText = match[2];
    const end = endText === undefined || new RegExp(`^${NOW}$`, "i").test(endText)
      ? null
      : parseDate(endText);
    if (end === undefined) continue;
    if (end && compare(end, start) < 0) continue;
    return { start, end, text: match[0] };
  }
  return null;
}

/** One date token as DATE matches it; undefined when it is not a real month or year. */
export function parseDate(text: string): YearMonth | undefined {
  const trimmed = text.trim().toLowerCase();
  let year: number;
  let month: number | null = null;
  let found: RegExpExecArray | null;
  if ((found = /^([a-z]+)\.?,?\s*(\d{4})$/.exec(trimmed))) {
    month = MONTHS.indexOf(found[1].slice(0, 3)) + 1;
    year = Number(found[2]);
  } else if ((found = /^(\d{1,2})[/.](\d{4})$/.exec(trimmed))) {
    month = Number(found[1]);
    year = Number(found[2]);
  } else if ((found = /^(\d{4})[-/.](\d{1,2})$/.exec(trimmed))) {
    year = Number(found[1]);
    month = Number(found[2]);
  } else if (/^\d{4}$/.test(trimmed)) {
    year = Number(trimmed);
  } else {
    return undefined;
  }
  if (month !== null && (month < 1 || month > 12)) return undefined;
  return { year, month };
}

/** "2019-03", or "2019" when only the year is known. */
export function formatYearMonth(date: YearMonth): string {
  return date.month === null ? String(date.year) : `${date.year}-${pad(date.month)}`;
}

function pad(month: number): string {
  return String(month).padStart(2, "0");
}

function compare(a: YearMonth, b: YearMonth): number {
  return a.year - b.year || (a.month ?? 1) - (b.month ?? 1);
}

/**
 * Years of experience: the ranges' union, so overlapping jobs count once. Months are counted
 * inclusively ("03/2018 - 06/2021" is 40 months); a year alone starts in January and ends in
 * December ("2017-2019" is 3 years); an open range ends this month; nothing counts past now.
 * Rounded to one decimal; null when there is no range.
 */
export function totalYears(ranges: Pick<DateRange, "start" | "end">[], now: Date): number | null {
  const current = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const spans = ranges
    .map(({ start, end }) => {
      const from = start.year * 12 + (start.month ?? 1) - 1;
      const to = end ? end.year * 12 + (end.month ?? 12) - 1 : current;
      return [from, Math.min(to, current)] as const;
    })
    .filter(([from, to]) => from <= to)
    .sort((a, b) => a[0] - b[0]);
  if (spans.length === 0) return null;
  let months = 0;
  let [from, to] = spans[0];
  for (const [nextFrom, nextTo] of spans.slice(1)) {
    if (nextFrom <= to + 1) {
      to = Math.max(to, nextTo);
    } else {
      months += to - from + 1;
      [from, to] = [nextFrom, nextTo];
    }
  }
  months += to - from + 1;
  return Math.round((months / 12) * 10) / 10;
}
