/**
 * multipart/form-data (RFC 7578), read from the request's stream into one buffer, for uploads as
 * large as a CV (10 MB).
 *
 * Why not `Request.formData()`: Hono's validator first copies the body into an ArrayBuffer (kept
 * for the whole request), the platform's parser then makes a File of each part (another copy),
 * and reading the File makes a third: a 10 MB upload grew the process by about 85 MB here,
 * against about 22 MB read this way, and an Edge Function has 256 MB in all.
 *
 * The body is read with a BYOB reader straight into a buffer its declared length sizes (Deno's
 * default reader hands out a new 64 KB chunk per read, 10 MB of garbage for a 10 MB file, which
 * the allocator keeps after it is freed). Each file part is then copied into a buffer of its own
 * and the body's buffer let go: the file is the one copy a handler holds, and one it may give
 * away (pdf.js takes the buffer it is given).
 *
 * A part with a `filename` becomes an UploadedFile, any other a string (UTF-8); a name sent more
 * than once, or ending in `[]`, gathers its values in an array, as Hono's validator does. A body
 * that is not well-formed multipart is refused with 400, as Hono refuses a malformed form.
 */
import { HTTPException } from "hono/http-exception";

/** A file part of a multipart body: its bytes fill a buffer of their own. */
export class UploadedFile {
  constructor(
    /** The file name the client sent (untrusted). */
    readonly name: string,
    /** The media type the client declared (untrusted). */
    readonly type: string,
    readonly bytes: Uint8Array<ArrayBuffer>,
  ) {}

  get size(): number {
    return this.bytes.byteLength;
  }
}

export type FormValue = string | UploadedFile;
export type MultipartForm = Record<string, FormValue | FormValue[]>;

/** Limits a well-formed body may still exceed: framing, not content, so they are generous. */
const MAX_PARTS = 100;
const MAX_PART_HEADER_BYTES = 16 * 1024;

const CR = 0x0d;
const LF = 0x0a;
const DASH = 0x2d;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The boundary a multipart Content-Type names, or null when it names none (or an invalid one). */
export function multipartBoundary(contentType: string): string | null {
  if (!/^multipart\/form-data\s*(;|$)/i.test(contentType)) return null;
  const match = /;\s*boundary\s*=\s*(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(contentType);
  return match ? (match[1] ?? match[2]) : null;
}

/**
 * Reads a multipart body. The request's declared length sizes the buffer; a body without one
 * (chunked) has already been read whole and limited by the app's body limit.
 */
export async function readMultipartForm(request: Request): Promise<MultipartForm> {
  const boundary = multipartBoundary(request.headers.get("content-type") ?? "");
  if (!boundary) throw malformed();
  const body = await readBody(request);
  try {
    return parseMultipart(body, boundary);
  } finally {
    // The body's memory is given back now rather than at the next garbage collection, which
    // for a buffer this size may come only after tens of megabytes more (V8 collects for
    // external memory in steps of 64 MB): transferring a buffer detaches it and frees it.
    body.buffer.transfer(0);
  }
}

/** Bytes asked of the stream per read: what Deno's default reader hands out. */
const READ_SIZE = 64 * 1024;

async function readBody(request: Request): Promise<Uint8Array<ArrayBuffer>> {
  if (!request.body) return new Uint8Array();
  const declared = Number(request.headers.get("content-length"));
  let buffer = new ArrayBuffer(
    Number.isSafeInteger(declared) && declared > 0 ? declared : READ_SIZE,
  );
  let size = 0;
  /** Room for `more` bytes: only a body without a declared length grows (the server holds a
   * declared one to it). */
  const reserve = (more: number) => {
    if (size + more <= buffer.byteLength) return;
    const grown = new Uint8Array(Math.max(size + more, buffer.byteLength * 2));
    grown.set(new Uint8Array(buffer, 0, size));
    buffer = grown.buffer;
  };
  const reader = byteReader(request.body);
  if (reader) {
    for (;;) {
      // A full buffer reads one byte aside, to see the end (or a body longer than declared).
      const full = size === buffer.byteLength;
      const { done, value } = await reader.read(
        full
          ? new Uint8Array(1)
          : new Uint8Array(buffer, size, Math.min(READ_SIZE, buffer.byteLength - size)),
      );
      // The view's buffer comes back in `value`, at the end too (the view given is detached).
      if (!full && value) buffer = value.buffer as ArrayBuffer;
      if (done) break;
      if (full) {
        reserve(value.byteLength);
        new Uint8Array(buffer).set(value, size);
      }
      size += value.byteLength;
    }
  } else {
    // A Request built around a plain stream of chunks (in a test, a proxy).
    for await (const chunk of request.body) {
      reserve(chunk.byteLength);
      new Uint8Array(buffer).set(chunk, size);
      size += chunk.byteLength;
    }
  }
  return new Uint8Array(buffer, 0, size);
}

/** A reader that reads into the caller's buffer, when the body is a byte stream (Deno's
 * request bodies are); null for a stream of chunks. */
function byteReader(body: ReadableStream<Uint8Array>): ReadableStreamBYOBReader | null {
  try {
    return body.getReader({ mode: "byob" });
  } catch {
    return null;
  }
}

/** Parses a whole multipart body; each file's bytes are a copy, `body` is not kept. */
export function parseMultipart(body: Uint8Array<ArrayBuffer>, boundary: string): MultipartForm {
  // Every delimiter but the first is preceded by CRLF; the first may open the body.
  const delimiter = encoder.encode(`\r\n--${boundary}`);
  let at = startsWith(body, 0, delimiter.subarray(2)) ? 0 : find(body, delimiter, 0);
  if (at < 0) throw malformed();
  at += at === 0 && body[0] === DASH ? delimiter.length - 2 : delimiter.length;

  const form: MultipartForm = Object.create(null);
  for (let parts = 0;; parts++) {
    if (body[at] === DASH && body[at + 1] === DASH) return form; // the close delimiter
    at = skipPadding(body, at);
    if (body[at] !== CR || body[at + 1] !== LF) throw malformed();
    if (parts === MAX_PARTS) throw malformed(`more than ${MAX_PARTS} parts`);
    const headersEnd = find(body, HEADERS_END, at);
    if (headersEnd < 0 || headersEnd - at > MAX_PART_HEADER_BYTES) throw malformed();
    // A delimiter before the blank line: a part without one, not headers running into the next.
    if (find(body.subarray(at, headersEnd + 2), delimiter, 0) >= 0) throw malformed();
    // The header block starts after the delimiter line's CRLF and may be empty.
    const headers = decoder.decode(body.subarray(at + 2, Math.max(at + 2, headersEnd)));
    const contentStart = headersEnd + 4;
    const contentEnd = find(body, delimiter, contentStart);
    if (contentEnd < 0) throw malformed(); // cut short: no delimiter closes the part
    add(form, headers, body.subarray(contentStart, contentEnd));
    at = contentEnd + delimiter.length;
  }
}

const HEADERS_END = encoder.encode("\r\n\r\n");

function add(form: MultipartForm, headers: string, content: Uint8Array<ArrayBuffer>) {
  const disposition = header(headers, "content-disposition");
  if (!disposition || !/^\s*form-data\s*(;|$)/i.test(disposition)) throw malformed();
  const name = parameter(disposition, "name");
  // A part without a name is no field (the platform's parser drops it too).
  if (!name) return;
  const fileName = parameter(disposition, "filename*") ?? parameter(disposition, "filename");
  const value: FormValue = fileName === null ? decoder.decode(content) : new UploadedFile(
    fileName,
    header(headers, "content-type")?.trim() || "application/octet-stream",
    content.slice(),
  );
  const existing = form[name];
  if (Array.isArray(existing)) existing.push(value);
  else if (existing !== undefined) form[name] = [existing, value];
  else form[name] = name.endsWith("[]") ? [value] : value;
}

/** A header's value in a part's header block (names are case-insensitive). */
function header(block: string, name: string): string | null {
  for (const line of block.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === name) {
      return line.slice(colon + 1);
    }
  }
  return null;
}

/**
 * A Content-Disposition parameter: quoted, a token, or RFC 5987's `filename*=UTF-8''…`. Quoted
 * values are taken as written, as the HTML standard encodes them (no backslash escapes; `"` and
 * line breaks sent as %22 and %0D%0A, which the platform's parser leaves as they are too).
 */
function parameter(disposition: string, name: string): string | null {
  const escaped = name.replace("*", "\\*");
  const pattern = new RegExp(`;\\s*${escaped}\\s*=\\s*(?:"([^"]*)"|([^;\\s]*))`, "i");
  const match = pattern.exec(disposition);
  if (!match) return null;
  if (match[1] !== undefined) return match[1];
  const token = match[2];
  if (name.endsWith("*")) {
    const extended = /^([\w-]+)'[\w-]*'(.*)$/.exec(token);
    if (!extended) return null;
    try {
      return decodeURIComponent(extended[2]);
    } catch {
      return null;
    }
  }
  return token;
}

/** Spaces and tabs a sender may put after a delimiter (RFC 2046's transport padding). */
function skipPadding(body: Uint8Array, at: number): number {
  while (body[at] === 0x20 || body[at] === 0x09) at++;
  return at;
}

function startsWith(body: Uint8Array, at: number, prefix: Uint8Array): boolean {
  if (at + prefix.length > body.length) return false;
  for (let i = 0; i < prefix.length; i++) if (body[at + i] !== prefix[i]) return false;
  return true;
}

/** The first index of `needle` in `body` from `from`, or -1 (native search for its first byte). */
function find(body: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  for (let at = body.indexOf(first, from); at >= 0; at = body.indexOf(first, at + 1)) {
    if (startsWith(body, at, needle)) return at;
  }
  return -1;
}

function malformed(why?: string): HTTPException {
  return new HTTPException(400, {
    message: `Malformed multipart/form-data request${why ? `: ${why}` : ""}.`,
  });
}
