/**
 * A CV file read end to end: its type from its bytes, its text, and what the parser makes of
 * the text. An upload that cannot be read at all is refused (415, 422); one that is readable
 * but holds no text (a scanned image) is kept, marked `failed`, so the recruiter still has it.
 */
import type { ParsedCv } from "../schemas/cv.ts";
import { UnreadableCvError } from "./errors.ts";
import type { CvMimeType } from "./mime_types.ts";

/**
 * The readers (fflate, pdf.js through unpdf, the parser and its skill matchers), loaded with
 * the first CV read rather than with the cvs function: its other routes (lists, reads,
 * downloads, deletes) never need them, and a cold start need not wait for them.
 */
let readers: Promise<Readers> | undefined;

interface Readers {
  detectCvType: typeof import("./detect_type.ts").detectCvType;
  extractText: typeof import("./extract.ts").extractText;
  parseCv: typeof import("./parse.ts").parseCv;
}

function loadReaders(): Promise<Readers> {
  readers ??= Promise.all([
    import("./detect_type.ts"),
    import("./extract.ts"),
    import("./parse.ts"),
  ])
    .then(([{ detectCvType }, { extractText }, { parseCv }]) => ({
      detectCvType,
      extractText,
      parseCv,
    }));
  return readers;
}

export interface ReadCv {
  mimeType: CvMimeType;
  text: string | null;
  parsed: ParsedCv | null;
  parseStatus: "parsed" | "failed";
  parseError: string | null;
}

const NO_TEXT = "No text was found in the file (is it a scanned image?).";

/** Reads an upload; throws UnsupportedMediaTypeError (415) or UnreadableCvError (422). */
export async function readCv(bytes: Uint8Array, now?: Date): Promise<ReadCv> {
  const { detectCvType, extractText, parseCv } = await loadReaders();
  const mimeType = detectCvType(bytes);
  const text = await extractText(bytes, mimeType);
  return fromText(mimeType, text, parseCv, now);
}

/**
 * Reads a stored file again (POST /cvs/{id}/parse). It was readable when uploaded; if it no
 * longer is (a stricter reader), the CV is marked `failed` with the reason, not refused.
 */
export async function rereadCv(
  bytes: Uint8Array,
  mimeType: CvMimeType,
  now?: Date,
): Promise<ReadCv> {
  const { extractText, parseCv } = await loadReaders();
  try {
    return fromText(mimeType, await extractText(bytes, mimeType), parseCv, now);
  } catch (error) {
    if (!(error instanceof UnreadableCvError)) throw error;
    return { mimeType, text: null, parsed: null, parseStatus: "failed", parseError: error.message };
  }
}

function fromText(
  mimeType: CvMimeType,
  text: string,
  parseCv: Readers["parseCv"],
  now?: Date,
): ReadCv {
  if (!text.trim()) {
    return { mimeType, text: null, parsed: null, parseStatus: "failed", parseError: NO_TEXT };
  }
  return {
    mimeType,
    text,
    parsed: parseCv(text, { now }),
    parseStatus: "parsed",
    parseError: null,
  };
}
