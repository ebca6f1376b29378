/** The text of a plain text CV: UTF-8 (already checked by detect_type.ts), BOM dropped. */
import { type CvText, linesFromText } from "./cv_text.ts";

export function extractPlainText(bytes: Uint8Array): CvText {
  // TextDecoder drops a leading BOM by default.
  return { lines: linesFromText(new TextDecoder("utf-8").decode(bytes)), hidden: [] };
}
