/**
 * WordprocessingML to lines, in the order Word shows them:
 *  - paragraphs (`w:p`) become lines, text runs (`w:t`) their content, tabs (`w:tab`, tab stops:
 *    "Title ⇥ 2019 – 2021") a tab, breaks a new line; a list paragraph (`w:numPr`) gets a bullet;
 *  - a text box (`w:txbxContent`) is read as its own lines where it is anchored, once: Word
 *    stores a text box twice (`mc:Choice` and the `mc:Fallback` for old readers), and the
 *    fallback is skipped;
 *  - a table row whose cells hold one line each becomes one line, its cells separated by tabs;
 *    a row whose one cell holds only dates (a date column) puts them beside the other cell's
 *    first line; other rows give their cells' lines in order;
 *  - hidden runs are kept apart: `w:vanish` (hidden text), white text (`w:color` FFFFFF) where
 *    nothing behind it is shaded, text under 2 points (`w:sz` ≤ 4 half-points);
 *  - a line's size (`w:sz`) and weight (`w:b`) come with it, and heading styles (Title,
 *    Heading 1...) mark it as a heading. Deleted revisions (`w:delText`) are not text.
 */
import type { CvLine } from "./cv_text.ts";
import { findDateRange, isOnlyDateRange } from "./dates.ts";

export interface DocxLine extends CvLine {
  /** The paragraph's style is a heading's. */
  heading?: boolean;
  /** The size most of the line is set in, in half-points (not yet relative). */
  size?: number;
}

interface Run {
  hidden: boolean;
  bold: boolean;
  size: number | undefined;
  white: boolean;
  shaded: boolean;
}

interface Paragraph {
  visible: string;
  hidden: string;
  boldChars: number;
  chars: number;
  sizes: Map<number, number>;
  list: boolean;
  heading: boolean;
  shaded: boolean;
}

const newParagraph = (): Paragraph => ({
  visible: "",
  hidden: "",
  boldChars: 0,
  chars: 0,
  sizes: new Map(),
  list: false,
  heading: false,
  shaded: false,
});

export interface WordXmlReader {
  /** Reads the next piece of the part; false once `maxChars` characters of text are in hand
   * (the rest would not be kept: stop reading). */
  feed(xml: string): boolean;
  /** The part's lines and hidden text, once it is read (or reading has stopped). */
  finish(): { lines: DocxLine[]; hidden: string[] };
}

/**
 * A part read as it is inflated, piece by piece: a piece may end anywhere (inside a tag, an
 * entity or a character), so what follows the last `<` waits for the next piece.
 */
export function wordXmlReader(maxChars = Infinity): WordXmlReader {
  const lines: DocxLine[] = [];
  const hidden: string[] = [];
  const paragraphs: Paragraph[] = [];
  let run: Run = plainRun();
  let inRunProperties = false;
  let inParagraphProperties = false;
  let inText = false;
  let fallbackDepth = 0;
  // The outermost table's current row: each cell's lines (nested tables flatten into cells).
  let tableDepth = 0;
  let row: DocxLine[][] = [];
  let cell: DocxLine[] = [];
  let cellShaded = false;

  const paragraph = () => paragraphs[paragraphs.length - 1];
  const append = (text: string) => {
    const p = paragraph();
    if (!p) return;
    const invisible = run.hidden || (run.size !== undefined && run.size <= 4) ||
      (run.white && !run.shaded && !p.shaded && !cellShaded);
    if (invisible) {
      p.hidden += text;
      return;
    }
    p.visible += text;
    const letters = text.replace(/\s/g, "").length;
    p.chars += letters;
    if (run.bold) p.boldChars += letters;
    if (run.size) p.sizes.set(run.size, (p.sizes.get(run.size) ?? 0) + letters);
  };
  let chars = 0;
  const emit = (line: DocxLine) => {
    chars += line.text.length + 1;
    (tableDepth > 0 ? cell : lines).push(line);
  };

  const take = (token: string) => {
    if (token[0] !== "<") {
      if (inText && fallbackDepth === 0) append(decodeEntities(token));
      return;
    }
    const name = /^<\/?([\w:]+)/.exec(token)?.[1];
    const closing = token[1] === "/";
    const selfClosing = token.endsWith("/>");
    const opening = !closing && !selfClosing;
    if (name === "mc:Fallback") {
      fallbackDepth += opening ? 1 : closing ? -1 : 0;
      return;
    }
    if (fallbackDepth > 0) return;
    switch (name) {
      case "w:p":
        if (opening) paragraphs.push(newParagraph());
        else if (closing) {
          const p = paragraphs.pop();
          if (p) {
            if (p.hidden.trim()) hidden.push(p.hidden.trim());
            const text = p.list && p.visible.trim() ? `• ${p.visible}` : p.visible;
            for (const part of text.split("\n")) {
              emit({
                text: part,
                bold: p.chars > 0 && p.boldChars / p.chars > 0.6,
                size: mostCommon(p.sizes),
                heading: p.heading,
              });
            }
          }
        }
        break;
      case "w:pPr":
        inParagraphProperties = opening;
        break;
      case "w:r":
        if (opening) run = plainRun();
        break;
      case "w:rPr":
        inRunProperties = opening;
        break;
      case "w:t":
        inText = opening;
        break;
      case "w:tab":
        if (!closing && !inParagraphProperties) append("\t");
        break;
      case "w:br":
      case "w:cr":
        if (!closing) append("\n");
        break;
      case "w:noBreakHyphen":
        append("-");
        break;
      case "w:vanish":
        if (inRunProperties && !isOff(token)) run.hidden = true;
        break;
      case "w:b":
        if (inRunProperties) run.bold = !isOff(token);
        break;
      case "w:sz":
        if (inRunProperties) run.size = Number(attribute(token, "w:val")) || undefined;
        break;
      case "w:color":
        if (inRunProperties) run.white = isWhite(attribute(token, "w:val"));
        break;
      case "w:shd":
      case "w:highlight": {
        const fill = attribute(token, "w:fill") ?? attribute(token, "w:val");
        const shaded = fill !== undefined && !/^(?:auto|FFFFFF|white|none)$/i.test(fill);
        if (inRunProperties) run.shaded = shaded;
        else if (inParagraphProperties && paragraph()) paragraph().shaded = shaded;
        else if (tableDepth > 0) cellShaded = shaded;
        break;
      }
      case "w:numPr":
        if (!closing && paragraph()) paragraph().list = true;
        break;
      case "w:pStyle": {
        const style = attribute(token, "w:val") ?? "";
        if (paragraph() && /^(?:title|heading\d*|berschrift\d*|titre\d*|ttulo\d*)/i.test(style)) {
          paragraph().heading = true;
        }
        break;
      }
      case "w:tbl":
        tableDepth += opening ? 1 : closing ? -1 : 0;
        break;
      case "w:tr":
        if (tableDepth !== 1) break;
        if (opening) row = [];
        else if (closing) lines.push(...flattenRow(row));
        break;
      case "w:tc":
        if (tableDepth !== 1) break;
        if (opening) {
          cell = [];
          cellShaded = false;
        } else if (closing) row.push(cell);
        break;
    }
  };

  const scan = (xml: string) => {
    for (const [token] of xml.matchAll(/<[^>]*>|[^<]+/g)) {
      if (chars > maxChars) return;
      take(token);
    }
  };
  let pending = "";
  return {
    feed(xml) {
      // Only the new piece is searched: a long run without a tag is not scanned again per piece.
      const cut = xml.lastIndexOf("<");
      if (cut < 0) pending += xml;
      else {
        scan(pending + xml.slice(0, cut));
        pending = xml.slice(cut);
      }
      return chars <= maxChars;
    },
    finish() {
      scan(pending);
      pending = "";
      return { lines, hidden };
    },
  };
}

function plainRun(): Run {
  return { hidden: false, bold: false, size: undefined, white: false, shaded: false };
}

function attribute(token: string, name: string): string | undefined {
  return new RegExp(`${name}="([^"]*)"`).exec(token)?.[1];
}

/** `<w:b w:val="0"/>` or `w:val="false"` switches a property off. */
function isOff(token: string): boolean {
  return /w:val="(?:0|false|off)"/.test(token);
}

function isWhite(value: string | undefined): boolean {
  if (!value || !/^[0-9a-f]{6}$/i.test(value)) return false;
  return [0, 2, 4].every((at) => parseInt(value.slice(at, at + 2), 16) >= 0xf0);
}

function mostCommon(counts: Map<number, number>): number | undefined {
  let best: number | undefined;
  let most = 0;
  for (const [value, count] of counts) {
    if (count > most) [best, most] = [value, count];
  }
  return best;
}

function flattenRow(row: DocxLine[][]): DocxLine[] {
  const cells = row.map((lines) => lines.filter((line) => line.text.trim()));
  if (cells.every((lines) => lines.length <= 1)) {
    const present = cells.filter((lines) => lines.length === 1).map((lines) => lines[0]);
    if (present.length === 0) return [];
    return [{ ...present[0], text: present.map((line) => line.text).join("\t") }];
  }
  // A date column: one cell of dates ("2019 –" / "Present"), the other the entry.
  const filled = cells.filter((lines) => lines.length > 0);
  if (filled.length === 2) {
    const dateAt = filled.findIndex((lines) => isDateCell(lines));
    if (dateAt >= 0) {
      const dates = filled[dateAt].map((line) => line.text.trim()).join(" ");
      const [first, ...rest] = filled[1 - dateAt];
      const text = dateAt === 0 ? `${dates}\t${first.text}` : `${first.text}\t${dates}`;
      return [{ ...first, text }, ...rest];
    }
  }
  return cells.flat();
}

function isDateCell(lines: DocxLine[]): boolean {
  const text = lines.map((line) => line.text.trim()).join(" ");
  return lines.length <= 3 && isOnlyDateRange(text, findDateRange(text));
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, body: string) => {
    if (body[0] !== "#") return NAMED[body] ?? entity;
    const code = body[1] === "x" || body[1] === "X"
      ? parseInt(body.slice(2), 16)
      : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}
