/** The text of a CV file of a known type (see detect_type.ts), capped to what is kept. */

import { type CvMimeType, DOCX, PDF } from "./detect_type.ts";
import { extractDocxText } from "./extract_docx.ts";
import { extractPdfText } from "./extract_pdf.ts";
import { extractPlainText } from "./extract_plain.ts";
import { MAX_EXTRACTED_CHARS } from "./limits.ts";

export async function extractText(bytes: Uint8Array, mimeType: CvMimeType): Promise<string> {
  const text = mimeType === PDF
    ? await extractPdfText(bytes)
    : mimeType === DOCX
    ? extractDocxText(bytes)
    : extractPlainText(bytes);
  // Postgres text cannot hold NUL; the rest is as extracted.
  return text.replaceAll("\0", "").slice(0, MAX_EXTRACTED_CHARS);
}
