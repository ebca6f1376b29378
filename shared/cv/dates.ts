/**
 * Date ranges as CVs write them: "Jan 2019 – Present", "January, 2019 to Mar 2021", "2017-2019",
 * "03/2018 - 06/2021", "2018-03 until 2021-06", "Since 2020", "Summer 2022", "Fall 2011 – Spring
 * 2012", "Juni 2020 – heute", "janv. 2019 à aujourd'hui", "01.03.2019 - 30.06.2021", "Jan '19".
 * Month names in English and the common European languages (German, French, Spanish, Italian,
 * Portuguese, Dutch), seasons, any dash (a soft hyphen too), and the words for "now" in the same
 * languages. A range left open at the end of its text ("June 2020 –") runs to now.
 */
import { escapeRegExp } from "./regexp.ts";

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

/** Month names and abbreviations (accents removed, lower case) by number. */
const MONTH_NAMES: [number, string[]][] = [
  [1, [
    "january",
    "jan",
    "januar",
    "janvier",
    "janv",
    "enero",
    "ene",
    "gennaio",
    "gen",
    "janeiro",
    "januari",
    "jänner",
    "janner",
  ]],
  [2, [
    "february",
    "feb",
    "februar",
    "fevrier",
    "fevr",
    "fev",
    "febrero",
    "febbraio",
    "fevereiro",
    "februari",
  ]],
  [3, ["march", "mar", "marz", "maerz", "mars", "marzo", "marco", "maart", "mrt", "mär"]],
  [4, ["april", "apr", "avril", "avr", "abril", "abr", "aprile"]],
  [5, ["may", "mai", "mayo", "maggio", "mag", "maio", "mei"]],
  [6, ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"]],
  [7, ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"]],
  [8, ["august", "aug", "aout", "agosto", "ago", "augustus"]],
  [9, [
    "september",
    "sep",
    "sept",
    "septembre",
    "septiembre",
    "setiembre",
    "set",
    "settembre",
    "setembro",
  ]],
  [10, [
    "october",
    "oct",
    "oktober",
    "okt",
    "octobre",
    "octubre",
    "ottobre",
    "ott",
    "outubro",
    "out",
  ]],
  [11, ["november", "nov", "novembre", "noviembre", "novembro"]],
  [12, [
    "december",
    "dec",
    "dezember",
    "dez",
    "decembre",
    "diciembre",
    "dic",
    "dicembre",
    "dezembro",
  ]],
];
const MONTH_BY_NAME = new Map(
  MONTH_NAMES.flatMap(([month, names]) => names.map((name) => [name, month] as const)),
);

/** Seasons, by the month they are taken to start in. */
const SEASONS: Record<string, number> = {
  spring: 3,
  summer: 6,
  fall: 9,
  autumn: 9,
  winter: 1,
  fruhling: 3,
  fruehling: 3,
  fruhjahr: 3,
  sommer: 6,
  herbst: 9,
  printemps: 3,
  ete: 6,
  automne: 9,
  hiver: 1,
};

/** Accented letters (and the diacritics of "März", "août", "décembre") as their base letters. */
function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

const alternation = (words: string[]) =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");

// Names are matched on folded text (see `fold`), so "März" is "marz".
const MONTH = `(?:${alternation([...MONTH_BY_NAME.keys()].map(fold))})\\.?`;
const SEASON = `(?:${alternation(Object.keys(SEASONS))})`;
const YEAR = "(?:19[5-9]\\d|20\\d{2})";
const SHORT_YEAR = "'\\d{2}";
/** One date, in any of the forms above. */
const DATE = [
  `${MONTH}\\s*,?\\s*(?:de\\s+)?(?:${YEAR}|${SHORT_YEAR})`,
  `${SEASON}\\s*,?\\s*${YEAR}`,
  `\\d{1,2}[/.-]\\d{1,2}[/.-]${YEAR}`,
  `${YEAR}[/.-]\\d{1,2}[/.-]\\d{1,2}`,
  `\\d{1,2}[/.-]${YEAR}`,
  `${YEAR}[/.-]\\d{1,2}(?![\\d/-]|\\.\\d)`,
  YEAR,
].map((form) => `(?:${form})`).join("|");
/** Words for "up to now". */
const NOW = "(?:present|current(?:ly)?|now|today|ongoing|to date|till date|date|heute|aktuell|" +
  "jetzt|dato|aujourd'?hui|aujourd’hui|present|actuel(?:le)?|en cours|actualidad|presente|" +
  "actual(?:mente)?|hoy|oggi|attuale|in corso|atual(?:mente)?|momento|heden|nu|huidig|obecnie)";
const DASH = "[-–—−‒―~\\u00ad]";
const SEPARATOR =
  `\\s*(?:${DASH}+|→|->|>|to|until|till|through|thru|bis|a|au|al|hasta|tot|ate|fino a|à)\\s*`;
const OPENER = "(?:since|from|seit|ab|depuis|desde|dal|dall'|sinds|vanaf|od)";

const RANGE = new RegExp(
  `(?<![\\p{L}\\p{N}/.])(?:(?:from|von|de|del|dal|van|vom)\\s+)?(${DATE})${SEPARATOR}(?:(?:the\\s+)?(${DATE})|${NOW})(?![\\p{L}\\p{N}/])` +
    `|(?<![\\p{L}\\p{N}/.])${OPENER}\\s+(${DATE})(?![\\p{L}\\p{N}/])` +
    `|(?<![\\p{L}\\p{N}/.])(${DATE})\\s*${DASH}+\\s*$`,
  "giu",
);

/** The first plausible date range in a text (the end not before the start), or null. */
export function findDateRange(text: string, now = new Date()): DateRange | null {
  // Folding keeps offsets only where no character decomposes: fold letter by letter.
  const folded = foldKeepingLength(text);
  for (const match of folded.matchAll(RANGE)) {
    const startText = match[1] ?? match[3] ?? match[4];
    const start = parseDate(startText, now);
    if (!start) continue;
    const endText = match[2];
    const end = endText === undefined ? null : parseDate(endText, now);
    if (end === undefined) continue;
    if (end && compare(end, start) < 0) continue;
    if (start.year > now.getUTCFullYear() + 1) continue;
    const at = match.index ?? 0;
    return { start, end, text: text.slice(at, at + match[0].length) };
  }
  return null;
}

const SINGLE = new RegExp(
  `(?<![\\p{L}\\p{N}/.])(${DATE})(?![\\p{L}\\p{N}/])`,
  "giu",
);

/**
 * A single date standing for a short job ("Summer 2022", "(May 2019)"), as a range of that one
 * month (or year). Only what follows no range: call findDateRange first.
 */
export function findSingleDate(text: string, now = new Date()): DateRange | null {
  const folded = foldKeepingLength(text);
  for (const match of folded.matchAll(SINGLE)) {
    const date = parseDate(match[1], now);
    if (!date || date.year > now.getUTCFullYear() + 1) continue;
    const at = match.index ?? 0;
    return { start: date, end: date, text: text.slice(at, at + match[0].length) };
  }
  return null;
}

/** Lower case, accents off, one character for one: so offsets in the result are the text's. */
function foldKeepingLength(text: string): string {
  let out = "";
  for (const character of text) {
    const folded = fold(character);
    const lower = character.toLowerCase();
    out += folded.length === character.length
      ? folded
      : lower.length === character.length
      ? lower
      : character;
  }
  return out;
}

/** One date token as DATE matches it (folded); undefined when it is not a real month or year. */
export function parseDate(raw: string, now = new Date()): YearMonth | undefined {
  const text = fold(raw.trim()).replace(/\s+/g, " ");
  let found: RegExpExecArray | null;
  let year: number;
  let month: number | null = null;
  if ((found = /^([a-z]+)\.?\s*,?\s*(?:de\s+)?('?\d{2,4})$/.exec(text))) {
    month = MONTH_BY_NAME.get(found[1]) ?? SEASONS[found[1]] ?? 0;
    year = fullYear(found[2], now);
  } else if ((found = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text))) {
    // A whole day: 31/12/2019 (day first, as most of the world writes it) or 12/31/2019.
    const [a, b] = [Number(found[1]), Number(found[2])];
    month = b > 12 ? a : b;
    year = Number(found[3]);
  } else if ((found = /^(\d{4})[/.-](\d{1,2})[/.-]\d{1,2}$/.exec(text))) {
    year = Number(found[1]);
    month = Number(found[2]);
  } else if ((found = /^(\d{1,2})[/.-](\d{4})$/.exec(text))) {
    month = Number(found[1]);
    year = Number(found[2]);
  } else if ((found = /^(\d{4})[/.-](\d{1,2})$/.exec(text))) {
    year = Number(found[1]);
    month = Number(found[2]);
  } else if (/^\d{4}$/.test(text)) {
    year = Number(text);
  } else {
    return undefined;
  }
  if (month !== null && (month < 1 || month > 12)) return undefined;
  if (!Number.isFinite(year) || year < 1950) return undefined;
  return { year, month };
}

function fullYear(text: string, now: Date): number {
  const digits = text.replace("'", "");
  if (digits.length === 4) return Number(digits);
  const short = Number(digits);
  const century = short <= (now.getUTCFullYear() % 100) + 1 ? 2000 : 1900;
  return century + short;
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

/** A text that holds a date range and nothing else but punctuation or a duration. */
export function isOnlyDateRange(text: string, range: DateRange | null = findDateRange(text)) {
  if (!range) return false;
  return stripDuration(text.replace(range.text, " ")).replace(/[\s,;:|()[\]•·–—-]+/g, "") === "";
}

/** "(2 years 10 months)", "4 mos", "3 yrs": how long a job lasted, as some CVs add. */
const DURATION =
  /\(?\b\d+\+?\s*(?:years?|yrs?|y|months?|mos?|jahre?n?|monate?n?|ans?|mois|años|meses|anni|mesi|anos|jaar|maanden)\b(?:,?\s*(?:and\s+)?\d+\s*(?:months?|mos?|monate?n?|mois|meses|mesi|maanden))?\)?/giu;

export function stripDuration(text: string): string {
  return text.replace(DURATION, " ");
}

export function isDuration(text: string): boolean {
  return text.trim() !== "" && stripDuration(text).replace(/[\s,;:|()]+/g, "") === "";
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
