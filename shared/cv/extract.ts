/** The text of a CV file of a known type (see detect_type.ts), capped to what is kept. */

import type { CvText } from "./cv_text.ts";
import { extractDocxText } from "./extract_docx.ts";
import { extractPlainText } from "./extract_plain.ts";
import { MAX_EXTRACTED_CHARS } from "./limits.ts";
import { type CvMimeType, DOCX, PDF } from "./mime_types.ts";

export async function extractText(bytes: Uint8Array, mimeType: CvMimeType): Promise<CvText> {
  const text = mimeType === PDF
    // pdf.js (unpdf) is loaded for the first PDF, not for a DOCX or a text file.
    ? await (await import("./extract_pdf.ts")).extractPdfText(bytes)
    : mimeType === DOCX
    ? await extractDocxText(bytes)
    : extractPlainText(bytes);
  return capped(text);
}

/** Postgres text cannot hold NUL; past MAX_EXTRACTED_CHARS the lines are dropped. */
function capped(text: CvText): CvText {
  let budget = MAX_EXTRACTED_CHARS;
  const lines = [];
  for (const line of text.lines) {
    if (budget <= 0) break;
    const clean = line.text.replaceAll("\0", "").slice(0, budget);
    budget -= clean.length + 1;
    lines.push({ ...line, text: clean });
  }
  const hidden = text.hidden.map((line) => line.replaceAll("\0", "")).slice(0, 200);
  return { lines, hidden };
}
