/** The text of a plain text CV: UTF-8 (already checked by detect_type.ts), BOM dropped. */
import { type CvText, linesFromText } from "./cv_text.ts";
import { MAX_EXTRACTED_CHARS } from "./limits.ts";

export function extractPlainText(bytes: Uint8Array): CvText {
  // TextDecoder drops a leading BOM by default. Past what is kept (a character is at most four
  // bytes), nothing is decoded.
  const text = new TextDecoder("utf-8").decode(bytes.subarray(0, MAX_EXTRACTED_CHARS * 4))
    .slice(0, MAX_EXTRACTED_CHARS);
  return { lines: linesFromText(text), hidden: [] };
}
