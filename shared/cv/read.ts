/**
 * A CV file read end to end: its type from its bytes, its text, and what the parser makes of
 * the text. An upload that cannot be read at all is refused (415, 422); one that is readable
 * but holds no text (a scanned image) is kept, marked `no_text`, so the recruiter still has it.
 */
import type { AiCall } from "../ai/recorded.ts";
import type { ParsedCv } from "../schemas/cv.ts";
import type { CvText } from "./cv_text.ts";
import { UnreadableCvError } from "./errors.ts";
import type { CvMimeType } from "./mime_types.ts";
import type { ModelSettings } from "./model_parse.ts";

/**
 * The readers (pdf.js through unpdf, the parser and its vocabulary), loaded with the
 * first CV read rather than with the cvs function: its other routes (lists, reads, downloads,
 * deletes) never need them, and a cold start need not wait for them.
 */
let readers: Promise<Readers> | undefined;

interface Readers {
  detectCvType: typeof import("./detect_type.ts").detectCvType;
  assertDeclaredType: typeof import("./detect_type.ts").assertDeclaredType;
  extractText: typeof import("./extract.ts").extractText;
  parseCv: typeof import("./parse.ts").parseCv;
  hiddenFlags: typeof import("./parse.ts").hiddenFlags;
  plainText: typeof import("./cv_text.ts").plainText;
}

function loadReaders(): Promise<Readers> {
  readers ??= Promise.all([
    import("./detect_type.ts"),
    import("./extract.ts"),
    import("./parse.ts"),
    import("./cv_text.ts"),
  ])
    .then((
      [{ detectCvType, assertDeclaredType }, { extractText }, { parseCv, hiddenFlags }, {
        plainText,
      }],
    ) => ({
      detectCvType,
      assertDeclaredType,
      extractText,
      parseCv,
      hiddenFlags,
      plainText,
    }));
  return readers;
}

export type ParseStatus = "parsed" | "failed" | "no_text";

export interface ReadCv {
  mimeType: CvMimeType;
  /** The visible text, in reading order: what is stored and searched. */
  text: string | null;
  /** The text with what the page says about each line, for a parser that reads layout. */
  layout: CvText | null;
  parsed: ParsedCv | null;
  parseStatus: ParseStatus;
  parseError: string | null;
  /** The model's call that read the structure (CV_PARSER=ai), for the candidate's trail. */
  aiCall: AiCall | null;
}

const NO_TEXT: Record<CvMimeType, string> = {
  "application/pdf": "The PDF has no text layer (is it a scanned image?): nothing could be read. " +
    "Upload a PDF with selectable text, or a DOCX.",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
    "The Word document holds no text (only images?): nothing could be read.",
  "text/plain": "The file holds no text.",
};

export interface ReadOptions {
  now?: Date;
  /** A language model to take the structure from (model_parse.ts); heuristics alone without. */
  model?: ModelSettings;
}

export interface Upload {
  /** The file name the client sent. */
  name?: string;
  /** The MIME type the client declared for the file. */
  type?: string;
}

/**
 * What an upload is, by its bytes: throws UnsupportedMediaTypeError (415) for a type that is
 * not ours or that is not what the upload says it is.
 */
export async function uploadedCvType(
  bytes: Uint8Array,
  upload: Upload = {},
): Promise<CvMimeType> {
  const loaded = await loadReaders();
  const mimeType = loaded.detectCvType(bytes);
  loaded.assertDeclaredType(mimeType, upload.name, upload.type);
  return mimeType;
}

/**
 * Reads an upload of a known type (uploadedCvType); throws UnreadableCvError (422). A PDF's
 * `bytes` are handed to pdf.js, which keeps them (they are left empty): a ten-megabyte file is
 * not copied again.
 */
export async function readCv(
  bytes: Uint8Array,
  mimeType: CvMimeType,
  options: ReadOptions = {},
): Promise<ReadCv> {
  const loaded = await loadReaders();
  return fromText(mimeType, await loaded.extractText(bytes, mimeType), loaded, options);
}

/**
 * Reads a stored file again (POST /cvs/{id}/parse). It was readable when uploaded; if it no
 * longer is (a stricter reader), the CV is marked `failed` with the reason, not refused. As with
 * readCv, a PDF's `bytes` are left empty.
 */
export async function rereadCv(
  bytes: Uint8Array,
  mimeType: CvMimeType,
  options: ReadOptions = {},
): Promise<ReadCv> {
  try {
    return await readCv(bytes, mimeType, options);
  } catch (error) {
    if (!(error instanceof UnreadableCvError)) throw error;
    return {
      mimeType,
      text: null,
      layout: null,
      parsed: null,
      parseStatus: "failed",
      parseError: error.message,
      aiCall: null,
    };
  }
}

async function fromText(
  mimeType: CvMimeType,
  layout: CvText,
  loaded: Readers,
  { now, model }: ReadOptions,
): Promise<ReadCv> {
  const text = loaded.plainText(layout);
  if (!text.trim()) {
    // Nothing visible. Hidden text alone is no CV, but the recruiter should see it.
    const flags = loaded.hiddenFlags(layout.hidden);
    return {
      mimeType,
      text: null,
      layout: null,
      parsed: flags.length
        ? { ...loaded.parseCv({ lines: [], hidden: [] }, { now }), flags }
        : null,
      parseStatus: "no_text",
      parseError: NO_TEXT[mimeType],
      aiCall: null,
    };
  }
  const heuristics = loaded.parseCv(layout, { now });
  const { parsed, call } = model
    ? await (await import("./model_parse.ts")).refineWithModel(heuristics, text, model, now)
    : { parsed: heuristics, call: null };
  return { mimeType, text, layout, parsed, parseStatus: "parsed", parseError: null, aiCall: call };
}
