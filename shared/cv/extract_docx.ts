/**
 * The text of a DOCX in reading order, without a Word library (mammoth does not run on Deno):
 * the archive is read by ./zip.ts with a cap on what it inflates, and the WordprocessingML of
 * the body, headers and footers is scanned (docx_xml.ts). Headers come first: CV templates often
 * put the name and contact details there.
 */
import type { CvText } from "./cv_text.ts";
import { wordXmlReader } from "./docx_xml.ts";
import { tooComplex } from "./errors.ts";
import {
  MAX_EXTRACTED_CHARS,
  MAX_INFLATED_ENTRY_BYTES,
  MAX_INFLATED_TOTAL_BYTES,
} from "./limits.ts";
import { readZipDirectory, type ZipEntry, zipEntryChunks } from "./zip.ts";

const PART_ORDER = [/^word\/header\d*\.xml$/, /^word\/document\.xml$/, /^word\/footer\d*\.xml$/];

export async function extractDocxText(bytes: Uint8Array): Promise<CvText> {
  const entries = readZipDirectory(bytes);
  const parts = PART_ORDER.flatMap((pattern) =>
    entries.filter((entry) => pattern.test(entry.name)).sort(byName)
  );
  let budget = MAX_INFLATED_TOTAL_BYTES;
  const out: CvText = { lines: [], hidden: [] };
  const read = [];
  for (const part of parts) {
    if (budget <= 0) {
      throw tooComplex(
        "DOCX file",
        `its parts inflate past ${MAX_INFLATED_TOTAL_BYTES / 1024 / 1024} MB together`,
      );
    }
    // Read as it inflates, and only as far as the text kept: a dense part of megabytes is never
    // held whole, as bytes or as a string.
    const reader = wordXmlReader(MAX_EXTRACTED_CHARS);
    const decoder = new TextDecoder();
    const limit = Math.min(budget, MAX_INFLATED_ENTRY_BYTES);
    for await (const chunk of zipEntryChunks(bytes, part, limit)) {
      budget -= chunk.length;
      if (!reader.feed(decoder.decode(chunk, { stream: true }))) break;
    }
    reader.feed(decoder.decode());
    read.push(reader.finish());
  }
  // Sizes are relative to the body's: the size most characters of the document are set in.
  const counts = new Map<number, number>();
  for (const { lines } of read) {
    for (const line of lines) {
      if (line.size) counts.set(line.size, (counts.get(line.size) ?? 0) + line.text.length);
    }
  }
  const body = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const { lines, hidden } of read) {
    for (const { heading, size, ...line } of lines) {
      const relative = heading
        ? 1.3
        : body && size
        ? Math.round(size / body * 100) / 100
        : undefined;
      out.lines.push({ ...line, size: relative, bold: line.bold || heading });
    }
    out.hidden.push(...hidden);
  }
  return out;
}

function byName(a: ZipEntry, b: ZipEntry): number {
  return a.name.localeCompare(b.name, "en", { numeric: true });
}
