/** The text of a plain text CV: UTF-8 (already checked by detect_type.ts), BOM dropped. */
export function extractPlainText(bytes: Uint8Array): string {
  // TextDecoder drops a leading BOM by default.
  return new TextDecoder("utf-8").decode(bytes);
}
