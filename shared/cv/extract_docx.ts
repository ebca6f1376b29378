/**
 * The text of a DOCX, paragraph by paragraph, without a Word library (mammoth does not run on
 * Deno): the archive is read by ./zip.ts with a cap on what it inflates, and the WordprocessingML
 * of the body, headers and footers is scanned for its runs of text. Headers come first: CV
 * templates often put the name and contact details there.
 */
import { tooComplex } from "./errors.ts";
import { MAX_INFLATED_ENTRY_BYTES, MAX_INFLATED_TOTAL_BYTES } from "./limits.ts";
import { readZipDirectory, readZipEntry, type ZipEntry } from "./zip.ts";

const PART_ORDER = [/^word\/header\d*\.xml$/, /^word\/document\.xml$/, /^word\/footer\d*\.xml$/];

export function extractDocxText(bytes: Uint8Array): string {
  const entries = readZipDirectory(bytes);
  const parts = PART_ORDER.flatMap((pattern) =>
    entries.filter((entry) => pattern.test(entry.name)).sort(byName)
  );
  let budget = MAX_INFLATED_TOTAL_BYTES;
  const decoder = new TextDecoder();
  const texts: string[] = [];
  for (const part of parts) {
    if (budget <= 0) throw tooComplex("DOCX file", "its parts inflate past 50 MB together");
    const xml = readZipEntry(bytes, part, Math.min(budget, MAX_INFLATED_ENTRY_BYTES));
    budget -= xml.length;
    texts.push(wordXmlToText(decoder.decode(xml)));
  }
  return texts.filter((text) => text.trim()).join("\n");
}

function byName(a: ZipEntry, b: ZipEntry): number {
  return a.name.localeCompare(b.name, "en", { numeric: true });
}

/**
 * Paragraphs (`w:p`) become lines, text runs (`w:t`) their content, tabs and breaks what they
 * are; a list paragraph (`w:numPr`) gets a bullet, as Word would draw one. A table row whose
 * cells hold one line each becomes one line, its cells separated by tabs (CV templates lay out
 * "title | dates" as such rows); other rows give their cells' lines in order. Deleted revisions
 * (`w:delText`) are not text.
 */
export function wordXmlToText(xml: string): string {
  const lines: string[] = [];
  let line = "";
  let inText = false;
  let listItem = false;
  // The outermost table's current row: each cell's lines (nested tables flatten into cells).
  let tableDepth = 0;
  let row: string[][] = [];
  let cell: string[] = [];
  for (const [token] of xml.matchAll(/<[^>]*>|[^<]+/g)) {
    if (token[0] !== "<") {
      if (inText) line += decodeEntities(token);
      continue;
    }
    const name = /^<\/?([\w:]+)/.exec(token)?.[1];
    const closing = token[1] === "/";
    const opening = !closing && !token.endsWith("/>");
    switch (name) {
      case "w:t":
        inText = opening;
        break;
      case "w:tab":
        if (!closing) line += "\t";
        break;
      case "w:br":
      case "w:cr":
        if (!closing) line += "\n";
        break;
      case "w:noBreakHyphen":
        line += "-";
        break;
      case "w:numPr":
        if (!closing) listItem = true;
        break;
      case "w:p":
        if (!opening) {
          const text = listItem && line.trim() ? `• ${line}` : line;
          (tableDepth > 0 ? cell : lines).push(text);
          line = "";
          listItem = false;
        }
        break;
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
        if (opening) cell = [];
        else if (closing) row.push(cell);
        break;
    }
  }
  if (line) lines.push(line);
  return lines.join("\n");
}

function flattenRow(row: string[][]): string[] {
  const cells = row.map((lines) => lines.filter((line) => line.trim()));
  if (cells.every((lines) => lines.length <= 1)) {
    const joined = cells.flat().join("\t");
    return joined.trim() ? [joined] : [];
  }
  return cells.flat();
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
