/** The text of a CV file of a known type (see detect_type.ts), capped to what is kept. */

import { extractDocxText } from "./extract_docx.ts";
import { extractPlainText } from "./extract_plain.ts";
import { MAX_EXTRACTED_CHARS } from "./limits.ts";
import { type CvMimeType, DOCX, PDF } from "./mime_types.ts";

export async function extractText(bytes: Uint8Array, mimeType: CvMimeType): Promise<string> {
  const text = mimeType === PDF
    // pdf.js (unpdf) is loaded for the first PDF, not for a DOCX or a text file.
    ? await (await import("./extract_pdf.ts")).extractPdfText(bytes)
    : mimeType === DOCX
    ? extractDocxText(bytes)
    : extractPlainText(bytes);
  // Postgres text cannot hold NUL; the rest is as extracted.
  return text.replaceAll("\0", "").slice(0, MAX_EXTRACTED_CHARS);
}
