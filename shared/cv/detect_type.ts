/**
 * What a CV file is, decided by its bytes alone: the name and the declared type of an upload
 * are the sender's claims, and a renamed or mislabelled file must not reach a parser it was
 * not made for. A PDF starts with `%PDF-`; a DOCX is a ZIP archive holding
 * `word/document.xml`; plain text is UTF-8 without NULs or other binary control characters.
 * Anything else is 415.
 */
import { UnsupportedMediaTypeError } from "../http/errors.ts";
import { encrypted } from "./errors.ts";
import { type CvMimeType, DOCX, PDF, TEXT } from "./mime_types.ts";
import { looksLikeZip, readZipDirectory } from "./zip.ts";

export { type CvMimeType, DOCX, PDF, TEXT };

const ACCEPTED = "Upload a PDF, a Word document (DOCX) or a plain text (UTF-8) file.";
const unsupported = (message: string) =>
  new UnsupportedMediaTypeError(message, "CV_UNSUPPORTED_TYPE");

export function detectCvType(bytes: Uint8Array): CvMimeType {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF; // %PDF-
  if (looksLikeZip(bytes)) {
    // A damaged directory is CV_CORRUPT (422): the file is an archive, only not a readable one.
    const names = new Set(readZipDirectory(bytes).map((entry) => entry.name));
    if (names.has("word/document.xml")) return DOCX;
    throw unsupported(`This archive is not a Word document. ${ACCEPTED}`);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // An OLE compound file: a legacy .doc, or a password-protected DOCX, which Office wraps in
    // one (its stream is named "EncryptedPackage", in UTF-16).
    if (includesUtf16(bytes, "EncryptedPackage")) throw encrypted("Word document");
    throw unsupported("Legacy Word (.doc) files are not supported; save the CV as DOCX or PDF.");
  }
  if (isPlainText(bytes)) return TEXT;
  throw unsupported(`This file type is not supported. ${ACCEPTED}`);
}

const NAMES: Record<CvMimeType, string> = {
  [PDF]: "a PDF",
  [DOCX]: "a Word document (DOCX)",
  [TEXT]: "plain text",
};

/**
 * An upload that says it is a PDF or a DOCX (by its declared type or its file name) must be
 * one: a text file named `cv.pdf`, or a Word document sent as `application/pdf`, is refused
 * (415) rather than read as what it really is, since the sender meant something else. A name or
 * type that claims neither (`.txt`, `application/octet-stream`, none) leaves the content to
 * decide.
 */
export function assertDeclaredType(detected: CvMimeType, name = "", type = ""): void {
  const claims = new Set<CvMimeType>();
  const declared = type.split(";")[0].trim().toLowerCase();
  if (declared === PDF) claims.add(PDF);
  if (declared === DOCX) claims.add(DOCX);
  if (/\.pdf$/i.test(name.trim())) claims.add(PDF);
  if (/\.docx$/i.test(name.trim())) claims.add(DOCX);
  for (const claim of claims) {
    if (claim !== detected) {
      throw unsupported(
        `The file is sent as ${NAMES[claim]} but its content is ${NAMES[detected]}. ${ACCEPTED}`,
      );
    }
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

function includesUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let at = 0; at + needle.length <= bytes.length; at++) {
    for (let j = 0; j < needle.length; j++) if (bytes[at + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

// C0 controls other than tab, line feed, vertical tab, form feed and carriage return (and DEL):
// text editors never write them; binary formats are full of them.
// deno-lint-ignore no-control-regex
const BINARY_CONTROL = /[\x00-\x08\x0e-\x1f\x7f]/;

/** The part of a text file whose encoding is checked: all that is read of it, and more. */
const CHECKED_TEXT_BYTES = 1024 * 1024;

/**
 * Valid UTF-8 (a BOM allowed) without NULs or binary control characters. Past the first
 * megabyte (four times what is ever read) only NULs are looked for: decoding ten megabytes
 * costs a tenth of a second, and nothing there is read.
 */
export function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    const head = bytes.subarray(0, CHECKED_TEXT_BYTES);
    // Cut at a character's start, so the check does not fail on a character cut in two.
    let end = head.length;
    if (bytes.length > end) { while (end > 0 && (head[end - 1] & 0xc0) === 0x80) end--; }
    if (bytes.length > head.length && end > 0 && head[end - 1] >= 0xc0) end--;
    text = new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, end));
  } catch {
    return false;
  }
  return !BINARY_CONTROL.test(text) && bytes.indexOf(0, CHECKED_TEXT_BYTES) < 0;
}
