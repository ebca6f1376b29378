/**
 * A PDF page's glyphs (pdf_glyphs.ts) put in reading order: lines by baseline, words by the gaps
 * between glyphs, and columns from the x-gaps, each column read top to bottom.
 *
 * Columns: a left edge that several lines share (x = E), with a run of consecutive lines none of
 * which has a word crossing E, splits that run of lines into the part left of E and the part
 * right of it. Such a split is one of two things:
 *  - an annotation column: one side is short pieces that are mostly dates or durations (moderncv's
 *    date column on the left, rendercv's dates and places on the right). Each line is kept whole,
 *    its sides joined by a tab, so a date stays beside the entry it dates; a date split over two
 *    lines ("June 2020 –" above "Present") is joined first.
 *  - real columns (a sidebar, a two-column template): the left side is read first, top to
 *    bottom, then the right side. Each side may split again.
 * Lines above and below the run (a full-width header) keep their place.
 *
 * Text spaced out letter by letter ("J A R E D  S M I T H") is closed up, with words broken where
 * the gaps are wider than the letters' own.
 */
import { findDateRange } from "./dates.ts";
import type { Glyph } from "./pdf_glyphs.ts";

export interface PageLine {
  text: string;
  /** Left edge, in points from the page's left. */
  x: number;
  /** Baseline, in points from the page's top. */
  y: number;
  /** Font size in points (the line's most common). */
  size: number;
  bold: boolean;
}

interface Word {
  text: string;
  x0: number;
  x1: number;
  size: number;
  bold: number;
  chars: number;
  bullet: boolean;
  /** A tab goes before this word whatever the gap (the start of an annotated line's content). */
  tab?: boolean;
}

interface Row {
  y: number;
  words: Word[];
}

/** A gap this many font sizes wide separates fields on a line (written as a tab). */
const FIELD_GAP = 1.2;
/** A gap this many font sizes wide is a space between words. */
const WORD_GAP = 0.18;
const BULLET = /^[•●▪■◦‣∙⁃➢►✓➤■□◆◇○*·–-]$/u;
const MAX_DEPTH = 3;
/** Line starts this close together are one column edge. */
const EDGE_SPREAD = 8;

/** The visible text of a page, as lines in reading order. */
export function layOutPage(glyphs: Glyph[]): PageLine[] {
  return order(rowsOf(glyphs), 0).map(lineOf).filter((line) => line.text.trim() !== "");
}

/** Hidden glyphs as plain lines (top to bottom, left to right), for showing to a recruiter. */
export function hiddenLines(glyphs: Glyph[]): string[] {
  return rowsOf(glyphs).map((row) => rowText(row.words)).filter((text) => text.trim() !== "");
}

// --- rows and words ----------------------------------------------------------------------------

function rowsOf(glyphs: Glyph[]): Row[] {
  const sorted = glyphs.filter((glyph) => Number.isFinite(glyph.x + glyph.y + glyph.size))
    .sort((a, b) => a.y - b.y);
  const clusters: Glyph[][] = [];
  let reference = Number.NaN;
  let referenceSize = 0;
  for (const glyph of sorted) {
    const size = Math.max(2, Math.min(glyph.size, referenceSize || glyph.size));
    if (clusters.length > 0 && Math.abs(glyph.y - reference) <= 0.45 * size) {
      clusters[clusters.length - 1].push(glyph);
    } else {
      clusters.push([glyph]);
      reference = glyph.y;
      referenceSize = glyph.size;
    }
  }
  return clusters.map((cluster) => ({
    y: median(cluster.map((glyph) => glyph.y)),
    words: wordsOf(cluster.sort((a, b) => a.x - b.x)),
  })).filter((row) => row.words.length > 0);
}

function wordsOf(glyphs: Glyph[]): Word[] {
  const words: Word[] = [];
  let word: Word | null = null;
  let last: Glyph | null = null;
  for (const glyph of glyphs) {
    // The same glyph drawn twice at (nearly) one place: a fake bold or a shadow.
    if (
      last && last.text === glyph.text && Math.abs(last.x - glyph.x) < 0.15 * glyph.size
    ) continue;
    last = glyph;
    if (glyph.space) {
      word = null;
      continue;
    }
    const gap = word ? glyph.x - word.x1 : 0;
    if (!word || gap > WORD_GAP * glyph.size || gap < -0.6 * glyph.size) {
      word = {
        text: "",
        x0: glyph.x,
        x1: glyph.x,
        size: 0,
        bold: 0,
        chars: 0,
        bullet: false,
      };
      words.push(word);
    }
    word.text += glyph.text;
    word.x1 = Math.max(word.x1, glyph.x + glyph.width);
    word.size = Math.max(word.size, glyph.size);
    word.chars += 1;
    if (glyph.bold) word.bold += 1;
  }
  // A bullet starts a line or a field; a dash elsewhere is punctuation ("2017 – 2019").
  words.forEach((w, i) => {
    const gap = i === 0 ? Infinity : w.x0 - words[i - 1].x1;
    w.bullet = BULLET.test(w.text) && gap > FIELD_GAP * w.size;
  });
  return words;
}

// --- columns -----------------------------------------------------------------------------------

interface Split {
  edge: number;
  start: number;
  end: number;
  score: number;
}

/** A bullet and the word after it, as one piece: a bullet column is no column. */
function units(words: Word[]): { x0: number; x1: number; size: number }[] {
  const out: { x0: number; x1: number; size: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const next = words[i + 1];
    if (word.bullet && next) {
      out.push({ x0: word.x0, x1: next.x1, size: next.size });
      i++;
    } else {
      out.push({ x0: word.x0, x1: word.x1, size: word.size });
    }
  }
  return out;
}

function order(rows: Row[], depth: number): Row[] {
  if (rows.length < 3 || depth > MAX_DEPTH) return rows;
  const split = findSplit(rows);
  if (!split) return rows;
  const before = rows.slice(0, split.start);
  const run = rows.slice(split.start, split.end + 1);
  const after = rows.slice(split.end + 1);
  const left: Row[] = [];
  const right: Row[] = [];
  for (const row of run) {
    const l = row.words.filter((word) => word.x1 <= split.edge + 1);
    const r = row.words.filter((word) => word.x1 > split.edge + 1);
    if (l.length) left.push({ y: row.y, words: l });
    if (r.length) right.push({ y: row.y, words: r });
  }
  const paired = run.filter((row) =>
    row.words.some((word) => word.x1 <= split.edge + 1) &&
    row.words.some((word) => word.x1 > split.edge + 1)
  ).length;
  const width = (side: Row[]) =>
    Math.max(0, ...side.flatMap((row) => row.words.map((word) => word.x1))) -
    Math.min(...side.flatMap((row) => row.words.map((word) => word.x0)));
  const leftNotes = isAnnotation(left, paired, width(left) / width(run));
  const middle = leftNotes || isAnnotation(right, paired, width(right) / width(run))
    ? annotated(run, split.edge, leftNotes)
    : [...order(left, depth + 1), ...order(right, depth + 1)];
  return [...order(before, depth + 1), ...middle, ...order(after, depth + 1)];
}

function findSplit(rows: Row[]): Split | null {
  const rowUnits = rows.map((row) => units(row.words));
  const pageLeft = Math.min(...rowUnits.flatMap((list) => list.map((unit) => unit.x0)));
  // Candidate edges: where a line, or a piece after a wide gap, starts; starts a few points
  // apart are one edge (a heading at 395 over chips at 400).
  const starts: { x: number; row: number }[] = [];
  rowUnits.forEach((list, row) =>
    list.forEach((unit, i) => {
      const gap = i === 0 ? Infinity : unit.x0 - list[i - 1].x1;
      if (gap >= 0.3 * unit.size && unit.x0 >= pageLeft + 20) starts.push({ x: unit.x0, row });
    })
  );
  starts.sort((a, b) => a.x - b.x);
  const groups: { min: number; max: number; rows: Set<number>; xs: number[] }[] = [];
  for (const start of starts) {
    const group = groups[groups.length - 1];
    if (group && start.x - group.min <= EDGE_SPREAD) {
      group.max = start.x;
      group.rows.add(start.row);
      group.xs.push(start.x);
    } else {
      groups.push({ min: start.x, max: start.x, rows: new Set([start.row]), xs: [start.x] });
    }
  }
  const candidates = groups.filter((group) => group.rows.size >= 3)
    .sort((a, b) => b.rows.size - a.rows.size).slice(0, 12);

  let best: Split | null = null;
  for (const { min: edge, max, xs } of candidates) {
    const exact = mostCommon(xs);
    const status = rowUnits.map((list) => classify(list, edge, exact));
    let start = 0;
    for (let i = 0; i <= status.length; i++) {
      if (i < status.length && status[i] !== "crossing") continue;
      const run = status.slice(start, i);
      const aligned = rowUnits.slice(start, i).filter((list) =>
        list.some((unit) =>
          unit.x0 >= edge - 2.5 && unit.x0 <= max + 2.5
        )
      ).length;
      const both = run.filter((s) => s === "split" || s === "narrow").length;
      const narrow = run.filter((s) => s === "narrow").length;
      const withLeft = both + run.filter((s) => s === "left").length;
      const withRight = both + run.filter((s) => s === "right").length;
      // Lines with one side only show columns; without any, only wide gutters do.
      const oneSided = run.length - both;
      const leftWidth = Math.max(
        0,
        ...rowUnits.slice(start, i).flatMap((list) =>
          list.filter((unit) => unit.x1 <= edge + 1).map((unit) => unit.x1)
        ),
      ) - pageLeft;
      if (
        aligned >= 3 && withLeft >= 2 && withRight >= 2 && leftWidth >= 20 &&
        (narrow === 0 || oneSided >= Math.max(1, 0.2 * run.length))
      ) {
        const score = aligned + both;
        if (!best || score > best.score) best = { edge, start, end: i - 1, score };
      }
      start = i + 1;
    }
  }
  return best;
}

/** The x most starts share (to a point). */
function mostCommon(xs: number[]): number {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(Math.round(x), (counts.get(Math.round(x)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

function classify(
  list: { x0: number; x1: number; size: number }[],
  edge: number,
  exact: number,
): "left" | "right" | "split" | "narrow" | "crossing" {
  const left = list.filter((unit) => unit.x1 <= edge + 1);
  const right = list.filter((unit) => unit.x0 >= edge - 2);
  if (left.length + right.length < list.length) return "crossing";
  if (left.length === 0) return "right";
  if (right.length === 0) return "left";
  const first = right[0];
  const gap = first.x0 - Math.max(...left.map((unit) => unit.x1));
  // A gutter: a field's gap, or a narrower one (moderncv's date column, 0.8 em) where the right
  // side starts exactly on the edge; a justified line's wide spaces line up only roughly.
  if (gap >= FIELD_GAP * first.size) return "split";
  if (gap >= 0.35 * first.size && Math.abs(first.x0 - exact) <= 1.5 && right.length >= 2) {
    return "narrow";
  }
  return "crossing";
}

const DATEISH =
  /\b(?:19|20)\d{2}\b|\b(?:present|current|now|today|heute|aujourd|actual|presente|oggi|heden)\b|\b\d+\s*(?:years?|yrs?|months?|mos?)\b/i;

/**
 * A side that annotates the other: short pieces, most of them dates or durations (a date column);
 * or a narrow column of short labels, most of them level with a line of the other side (a label
 * column, as Europass sets section names and dates beside the content). `paired`: the run's lines
 * with both sides; `share`: the side's width over the run's.
 */
function isAnnotation(side: Row[], paired: number, share: number): boolean {
  if (side.length === 0) return false;
  const texts = side.map((row) => rowText(row.words));
  if (!texts.every((text) => text.split(/\s+/).length <= 6)) return false;
  const dated = texts.filter((text) => DATEISH.test(text)).length;
  if (dated >= Math.max(2, side.length * 0.5)) return true;
  return share <= 0.4 && paired >= Math.max(2, side.length * 0.6) && dated >= 1;
}

/**
 * A run whose one side annotates the other: lines kept whole, a tab between the sides. A date
 * piece that ends in a dash (or "to") takes the date piece of the next line ("June 2020 –" over
 * "Present"). `labelsOnLeft`: the left side is the annotation, and its pieces that are no dates
 * are labels.
 */
function annotated(run: Row[], edge: number, labelsOnLeft: boolean): Row[] {
  const isLeft = (word: Word) => word.x1 <= edge + 1;
  const rows = run.map((row) => ({ y: row.y, words: [...row.words] }));
  for (let i = 0; i + 1 < rows.length; i++) {
    for (const onSide of [isLeft, (word: Word) => !isLeft(word)]) {
      const side = rows[i].words.filter(onSide);
      const next = rows[i + 1].words.filter(onSide);
      if (side.length === 0 || next.length === 0) continue;
      const text = rowText(side);
      const nextText = rowText(next);
      if (!DATEISH.test(text) || !DATEISH.test(nextText) || nextText.split(/\s+/).length > 3) {
        continue;
      }
      // A range split over two lines: "June 2020 –" over "Present", or "2020" over "– now".
      const open = /(?:[-–—−‒\u00ad]|\bto|\buntil|\bbis)$/i.test(text);
      const continues = /^(?:[-–—−‒\u00ad]|to\b|until\b|bis\b)/i.test(nextText) &&
        !findDateRange(text);
      if (!open && !continues) continue;
      // The next line's date piece moves up, right after this one's (on the same side).
      const end = Math.max(...side.map((word) => word.x1));
      const moved = next.map((word, k) => ({ ...word, x0: end + k * 1e-3, x1: end + k * 1e-3 }));
      rows[i].words = [...rows[i].words, ...moved].sort((a, b) => a.x0 - b.x0);
      rows[i + 1].words = rows[i + 1].words.filter((word) => !next.includes(word));
    }
  }
  // A label in a left column beside a line ("WORK EXPERIENCE", "PERSONAL INFORMATION"): a line
  // of its own, first. (Places and durations in a right column stay beside their lines.)
  const out: Row[] = [];
  for (const row of rows) {
    const left = row.words.filter(isLeft);
    const right = row.words.filter((word) => !isLeft(word));
    if (labelsOnLeft && left.length && right.length && !DATEISH.test(rowText(left))) {
      out.push({ y: row.y, words: left }, { y: row.y, words: right });
    } else {
      out.push(row);
    }
  }
  for (const row of out) {
    const firstRight = row.words.findIndex((word) => !isLeft(word));
    if (firstRight > 0) row.words[firstRight] = { ...row.words[firstRight], tab: true };
  }
  return out.filter((row) => row.words.length > 0);
}

// --- text --------------------------------------------------------------------------------------

function lineOf(row: Row): PageLine {
  const sizes = row.words.flatMap((word) => Array(word.chars).fill(word.size) as number[]);
  const chars = row.words.reduce((total, word) => total + word.chars, 0);
  const bold = row.words.reduce((total, word) => total + word.bold, 0);
  return {
    text: rowText(row.words),
    x: row.words[0]?.x0 ?? 0,
    y: row.y,
    size: median(sizes),
    bold: chars > 0 && bold / chars > 0.6,
  };
}

/** Words joined by spaces, or a tab across a wide gap; letter-spaced text closed up. */
function rowText(words: Word[]): string {
  const singles = words.filter((word) => /^\p{L}$/u.test(word.text)).length;
  if (words.length >= 4 && singles >= 0.75 * words.length) return closeUp(words);
  let text = "";
  let previous: Word | null = null;
  for (const word of words) {
    if (previous) {
      const gap = word.x0 - previous.x1;
      text += word.tab || gap > FIELD_GAP * Math.max(word.size, previous.size) ? "\t" : " ";
    }
    text += word.text;
    previous = word;
  }
  return text;
}

/** "J A R E D   S M I T H" → "JARED SMITH": breaks where a gap is wider than the letters'. */
function closeUp(words: Word[]): string {
  const gaps = words.slice(1).map((word, i) => word.x0 - words[i].x1);
  const typical = median(gaps);
  let text = words[0].text;
  words.slice(1).forEach((word, i) => {
    const gap = gaps[i];
    const wide = gap > typical * 1.6 + 0.1 * word.size;
    text += gap > FIELD_GAP * 2 * word.size ? "\t" : wide ? " " : "";
    text += word.text;
  });
  return text;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
