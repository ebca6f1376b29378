/**
 * A CV file read end to end: its type from its bytes, its text, and what the parser makes of
 * the text. An upload that cannot be read at all is refused (415, 422); one that is readable
 * but holds no text (a scanned image) is kept, marked `failed`, so the recruiter still has it.
 */
import type { ParsedCv } from "../schemas/cv.ts";
import { type CvMimeType, detectCvType } from "./detect_type.ts";
import { UnreadableCvError } from "./errors.ts";
import { extractText } from "./extract.ts";
import { parseCv } from "./parse.ts";

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
  const mimeType = detectCvType(bytes);
  const text = await extractText(bytes, mimeType);
  return fromText(mimeType, text, now);
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
  try {
    return fromText(mimeType, await extractText(bytes, mimeType), now);
  } catch (error) {
    if (!(error instanceof UnreadableCvError)) throw error;
    return { mimeType, text: null, parsed: null, parseStatus: "failed", parseError: error.message };
  }
}

function fromText(mimeType: CvMimeType, text: string, now?: Date): ReadCv {
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
