/**
 * The file name a CV is kept and downloaded under: the uploaded name without path parts,
 * control or bidirectional-override characters, at most 255 characters, with an extension
 * that matches what the file is (its content decides its type, so "cv.pdf" that is a Word
 * document is kept as "cv.docx" and opens in the right program).
 */

import { type CvMimeType, DOCX, PDF } from "./mime_types.ts";

const MAX_LENGTH = 255;
const EXTENSIONS: Record<CvMimeType, string[]> = {
  [PDF]: [".pdf"],
  [DOCX]: [".docx"],
  "text/plain": [".txt", ".text", ".md"],
};
/** Extensions of document types that a mismatched one replaces rather than follows. */
const DOCUMENT_EXTENSION =
  /\.(?:pdf|docx?|txt|text|md|rtf|odt|pages|html?|png|jpe?g|gif|zip|xlsx?|pptx?)$/i;

export function cleanFileName(uploaded: string, mimeType: CvMimeType): string {
  const name = (uploaded.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    // Control, format (bidi overrides, zero-width) and line/paragraph separator characters.
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  const extensions = EXTENSIONS[mimeType];
  const kept = extensions.find((extension) => name.toLowerCase().endsWith(extension));
  const extension = kept ? name.slice(name.length - kept.length) : extensions[0];
  const stem = (kept ? name.slice(0, -kept.length) : name.replace(DOCUMENT_EXTENSION, "")).trim() ||
    "cv";
  // Cut by code points, so no surrogate pair is split.
  let cut = "";
  for (const character of stem) {
    if (cut.length + character.length > MAX_LENGTH - extension.length) break;
    cut += character;
  }
  return cut + extension;
}

/** `Content-Disposition` for downloading a file: an ASCII fallback and the exact UTF-8 name. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.normalize("NFKD").replace(/[^\x20-\x7e]|["\\;%]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
