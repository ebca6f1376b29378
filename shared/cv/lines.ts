/**
 * A CV's lines made ready for parsing, whatever file they came from: odd spaces, zero-width and
 * private-use characters (icon fonts) out; a soft hyphen between numbers read as the dash it
 * stands for; rules ("-----") and page numbers dropped; text spaced out letter by letter closed
 * up; a date range split over two lines ("June 2020 –" then "Present") joined.
 */
import type { CvLine } from "./cv_text.ts";
import { findDateRange } from "./dates.ts";

export interface Line extends CvLine {
  /** The line begins with a bullet (stripped from `body`). */
  bullet: boolean;
  /** The text without its bullet. */
  body: string;
  /** Set apart as a heading by plain text's means: underlined ("-----"), ruled, or "## ". */
  ruled?: boolean;
}

const BULLET = /^(?:[•●▪■◦·‣∙⁃*➢►✓➤□◆◇○❖✔➔→]|[-–—>](?=\s)|o(?=\s)|\d{1,2}[.)](?=\s))\s*/u;

export function normalizeLines(input: CvLine[]): Line[] {
  const cleaned = input.map((line) => ({ ...line, text: clean(line.text) }));
  const lines: Line[] = [];
  for (const line of cleaned) {
    if (isRule(line.text)) {
      // A rule under a short line underlines a heading ("SKILLS" over "------").
      const above = lines[lines.length - 1];
      if (above && above.text && above.text.split(/\s+/).length <= 5) above.ruled = true;
      continue;
    }
    if (isPageNumber(line.text)) continue;
    const ruled = RULED_HEADING.exec(line.text);
    const title = ruled?.[1] ?? ruled?.[2];
    lines.push(
      title ? { ...withBullet({ ...line, text: title.trim() }), ruled: true } : withBullet(line),
    );
  }
  joinSplitDates(lines);
  return lines;
}

/** "SKILLS -------", "== Experience ==", "## Projects": a heading set off by plain text means. */
const RULED_HEADING =
  /^(?:#{1,4}\s+|[=~*]{2,}\s*)?([\p{L}][\p{L}\p{N} &/'’,-]{1,48}?)\s*(?:[-=_~*#]{3,}|\s[=~*]{2,})\s*$|^#{1,4}\s+([\p{L}].{0,48})$/u;

export function withBullet(line: CvLine): Line {
  const bullet = BULLET.test(line.text);
  return { ...line, bullet, body: bullet ? line.text.replace(BULLET, "").trim() : line.text };
}

function clean(text: string): string {
  const line = closeUpLetters(text.trim())
    .replace(/[\u00a0\u2007\u202f\u2000-\u200a\u3000]/g, " ")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    // Icon fonts draw their pictures with private-use characters.
    .replace(/[\ue000-\uf8ff]|[\u{f0000}-\u{10ffff}]/gu, "")
    // A soft hyphen between numbers or spaces is a dash someone typed; inside a word, nothing.
    .replace(/(\d|\s)\u00ad+(?=\s|\d)/g, "$1–")
    .replace(/\u00ad(?=\p{L})/gu, "")
    .replace(/ *\t[\t ]*/g, "\t")
    .replace(/ {3,}/g, "\t")
    .trim();
  return line;
}

/** "J A R E D   S M I T H" → "JARED SMITH" (words broken at the wider gaps). */
function closeUpLetters(text: string): string {
  if (!/^(?:\p{L} {1,3}){3,}\p{L}$/u.test(text)) return text;
  if (/ {2,}/.test(text)) {
    return text.split(/ {2,}/).map((word) => word.replace(/ /g, "")).join(" ");
  }
  return text.replace(/ /g, "");
}

function isRule(text: string): boolean {
  return /^[-=_~*.•·#]{3,}$/.test(text.replace(/\s/g, ""));
}

function isPageNumber(text: string): boolean {
  return /^(?:page\s*)?\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/i.test(text) ||
    /^(?:page|seite|página|pagina)\s+\d{1,3}$/i.test(text) ||
    /^.{0,40}\s[–—-]\s(?:page\s*)?\d{1,3}\s*\/\s*\d{1,3}$/i.test(text);
}

const OPEN_END = /(?:[-–—−‒]|\bto|\buntil|\bbis)\s*$/i;
const CONTINUES = new RegExp(
  "^((?:present|current(?:ly)?|now|today|ongoing|to date|heute|aktuell|aujourd'?hui|" +
    "actualidad|presente|oggi|heden)\\b|(?:[A-Za-zÀ-ÿ]+\\.?\\s*,?\\s*)?(?:19|20)\\d{2}\\b|" +
    "\\d{1,2}[/.-](?:19|20)\\d{2}\\b|(?:19|20)\\d{2}[/.-]\\d{1,2}\\b)\\s*",
  "i",
);

/**
 * "June 2020 –" at the end of a line, and the next line starts with the end date: the end moves
 * up, so the range reads whole where it began.
 */
function joinSplitDates(lines: Line[]) {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    const lastField = line.text.split("\t").pop() ?? "";
    // "2020" over "– now": the date alone, and the next line starts with the rest of the range.
    const rest = /^((?:[-–—−‒]|to\b|until\b|bis\b)\s*\S+(?:\s+\d{4})?)\s*(.*)$/i.exec(
      lines[i + 1].text,
    );
    if (rest && /^\s*(?:\p{L}+\.?\s+)?(?:19|20)\d{2}\s*$/u.test(lastField)) {
      const joined = `${lastField} ${rest[1]}`;
      const range = findDateRange(joined);
      if (range && range.text.length > lastField.trim().length) {
        lines[i] = withBullet({ ...line, text: `${line.text} ${rest[1]}` });
        lines[i + 1] = withBullet({ ...lines[i + 1], text: rest[2] });
        continue;
      }
    }
    if (!OPEN_END.test(lastField)) continue;
    const open = findDateRange(lastField.replace(/\s*\b(?:to|until|bis)\s*$/i, " –"));
    if (!open || open.end !== null) continue;
    const next = lines[i + 1];
    const match = CONTINUES.exec(next.text);
    if (!match) continue;
    const joined = `${line.text} ${match[1].trim()}`;
    // Only when the two make a range that ends where the first began or later.
    const closed = findDateRange(joined.split("\t").pop() ?? "");
    if (!closed || (closed.end === null && !/^\p{L}/u.test(match[1]))) continue;
    lines[i] = withBullet({ ...line, text: joined });
    lines[i + 1] = withBullet({ ...next, text: next.text.slice(match[0].length).trim() });
  }
}
