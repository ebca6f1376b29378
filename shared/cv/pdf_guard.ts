/**
 * What a PDF's streams would cost pdf.js, measured before pdf.js sees the file: pdf.js inflates
 * a stream whole, and builds a page's operator list without a pause (it yields to microtasks
 * only, so no timer can stop it part-way), so a few kilobytes that inflate to gigabytes (a
 * decompression bomb), or a page of hundreds of thousands of tiny text operators, would exhaust
 * an edge worker's memory or CPU.
 *
 * Every `stream ... endstream` body is measured: found past by its /Length where the dictionary
 * gives it, inflated chunk by chunk (./inflate.ts) when FlateDecode (counting, not keeping,
 * the output, stopping at the budget). Images are skipped: pdf.js does not decode them to read
 * text (maxImageSize), and a photo or a scan may rightly be large. The file is refused when its
 * streams inflate past MAX_PDF_INFLATED_BYTES together, or when what pdf.js would parse as
 * operators (page contents, forms, glyph procedures, object streams: all but images, fonts and
 * metadata) comes to more than MAX_PDF_CONTENT_BYTES.
 *
 * The operators of each content stream are counted (pdf_operators.ts), and each page's content
 * streams are found from its `/Contents` (in the file, or in an object stream), so the reader can
 * tell what a page will cost before asking pdf.js for it; operators no page names as its contents
 * (forms, Type 3 glyphs) are counted as shared, a cost of every page. Where a page paints
 * images is noted too (pdf.js, told not to decode them, leaves them out of its operator list).
 */
import { inflated } from "./inflate.ts";
import { tooComplex } from "./errors.ts";
import { MAX_PDF_CONTENT_BYTES, MAX_PDF_INFLATED_BYTES, MAX_PDF_OPERATORS_READ } from "./limits.ts";
import { type Box, OperatorCounter } from "./pdf_operators.ts";

const STREAM = bytesOf("stream");
const END = bytesOf("endstream");
const CONTENTS = bytesOf("/Contents");
/** Object streams are kept (to find pages in them) up to this size. */
const MAX_KEPT_OBJECT_STREAM = 4 * 1024 * 1024;
const latin1 = new TextDecoder("latin1");

export interface PdfStreams {
  /** How many image streams the file holds (a scanned page has one). */
  images: number;
  /** Operators of each page's own content, by the page object's number. */
  pageOperators: Map<number, number>;
  /** Where each page paints XObjects (images), by the page object's number, in user space. */
  pagePainted: Map<number, Box[]>;
  /** Operators of content streams no page names as its contents: forms, Type 3 glyphs. */
  sharedOperators: number;
  /** Operators of all content streams. */
  totalOperators: number;
}

/** Thrown to stop counting a stream that has passed the operator budget. */
class Saturated extends Error {}

function bytesOf(text: string): number[] {
  return [...text].map((character) => character.charCodeAt(0));
}

export async function measurePdfStreams(
  bytes: Uint8Array,
  budget = MAX_PDF_INFLATED_BYTES,
  contentBudget = MAX_PDF_CONTENT_BYTES,
): Promise<PdfStreams> {
  let total = 0;
  let content = 0;
  let images = 0;
  const streamOperators = new Map<number, number>();
  const streamPainted = new Map<number, Box[]>();
  /** Page object number → its content streams' object numbers. */
  const pageContents = new Map<number, number[]>();
  /** Where stream data lies: no "/Contents" is looked for inside it. */
  const dataRanges: [number, number][] = [];
  let at = 0;
  while ((at = find(bytes, STREAM, at)) >= 0) {
    const keyword = at;
    at += STREAM.length;
    // "endstream", or the word inside some text: the keyword ends a dictionary and a line follows.
    if (keyword >= 3 && latin1.decode(bytes.subarray(keyword - 3, keyword)) === "end") continue;
    let start = at;
    if (bytes[start] === 0x0d && bytes[start + 1] === 0x0a) start += 2;
    else if (bytes[start] === 0x0a || bytes[start] === 0x0d) start += 1;
    else continue;
    const { number, dictionary } = objectBefore(bytes, keyword);
    const end = streamEnd(bytes, start, dictionary);
    if (end < 0) break;
    at = end;
    dataRanges.push([start, end]);
    if (/\/Subtype\s*\/Image\b/.test(dictionary)) {
      images++;
      continue;
    }
    const kind =
      /\/Length[123]\b|\/Subtype\s*\/(?:Type1C|CIDFontType0C|OpenType)\b/.test(dictionary)
        ? "font"
        : /\/Type\s*\/(?:Metadata|XRef)\b/.test(dictionary)
        ? "other"
        : /\/Type\s*\/ObjStm\b/.test(dictionary)
        ? "objects"
        : "content";
    const parsed = kind === "content" || kind === "objects";
    // Inflated only as far as the tighter of the two budgets it counts against.
    const room = Math.min(budget - total, parsed ? contentBudget - content : Infinity);
    const counter = kind === "content" ? new OperatorCounter() : null;
    const kept: Uint8Array[] | null = kind === "objects" ? [] : null;
    const sink = (chunk: Uint8Array) => {
      counter?.push(chunk);
      kept?.push(chunk.slice());
      // A stream past the operator budget makes any page drawing it unreadable: counting on
      // would only cost time.
      if (counter && counter.count > MAX_PDF_OPERATORS_READ) throw new Saturated();
    };
    const data = bytes.subarray(start, end);
    let size: number;
    try {
      size = /\/FlateDecode\b/.test(dictionary)
        ? await inflatedSize(data, room, sink)
        : (sink(data), data.length);
    } catch (error) {
      if (!(error instanceof Saturated)) throw error;
      size = data.length;
    }
    total += size;
    if (parsed) content += size;
    if (total > budget) {
      throw tooComplex("PDF file", `its streams inflate past ${budget / 1024 / 1024} MB`);
    }
    if (content > contentBudget) {
      throw tooComplex(
        "PDF file",
        `its pages hold more than ${contentBudget / 1024 / 1024} MB of drawing instructions`,
      );
    }
    if (counter && number !== null) {
      // Data that did not inflate (an encrypted file's, which pdf.js decrypts with an empty
      // password) cannot be counted: its operators are estimated from its size, at about the
      // density of the densest text (0.9 operators a compressed byte; a real page, 0.3).
      const unread = size === 0 && data.length > 0 && /\/FlateDecode\b/.test(dictionary);
      streamOperators.set(number, unread ? Math.ceil(data.length * 0.5) : counter.end());
      if (counter.painted.length) streamPainted.set(number, counter.painted);
    }
    if (kept && size <= MAX_KEPT_OBJECT_STREAM) {
      pagesInObjectStream(join(kept), dictionary, pageContents);
    }
  }
  pagesInFile(bytes, dataRanges, pageContents);

  const pageOperators = new Map<number, number>();
  const pagePainted = new Map<number, Box[]>();
  const named = new Set<number>();
  for (const [page, streams] of pageContents) {
    let sum = 0;
    const painted: Box[] = [];
    for (const stream of streams) {
      sum += streamOperators.get(stream) ?? 0;
      painted.push(...streamPainted.get(stream) ?? []);
      named.add(stream);
    }
    pageOperators.set(page, sum);
    pagePainted.set(page, painted);
  }
  let totalOperators = 0;
  let sharedOperators = 0;
  for (const [stream, count] of streamOperators) {
    totalOperators += count;
    if (!named.has(stream)) sharedOperators += count;
  }
  return { images, pageOperators, pagePainted, sharedOperators, totalOperators };
}

/** The next occurrence of `needle` at or after `from`, or -1. */
function find(bytes: Uint8Array, needle: number[], from: number): number {
  for (let at = bytes.indexOf(needle[0], from); at >= 0; at = bytes.indexOf(needle[0], at + 1)) {
    let i = 1;
    while (i < needle.length && bytes[at + i] === needle[i]) i++;
    if (i === needle.length) return at;
  }
  return -1;
}

/** The object a stream belongs to: its number ("12 0 obj") and its dictionary. */
function objectBefore(bytes: Uint8Array, keyword: number) {
  const window = latin1.decode(bytes.subarray(Math.max(0, keyword - 2048), keyword));
  const object = window.lastIndexOf("obj");
  const number = object >= 0 ? /(\d+)\s+\d+\s*$/.exec(window.slice(0, object)) : null;
  return {
    number: number ? Number(number[1]) : null,
    dictionary: object >= 0 ? window.slice(object) : window,
  };
}

/**
 * Where the stream's data ends: by its /Length when that is written out and checks, else at the
 * next "endstream".
 */
function streamEnd(bytes: Uint8Array, start: number, dictionary: string): number {
  const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
  if (length) {
    const end = start + Number(length[1]);
    const after = latin1.decode(bytes.subarray(end, end + 12));
    if (/^\s*endstream/.test(after)) return end;
  }
  return find(bytes, END, start);
}

/** The object references a `/Contents` entry names: "12 0 R" or "[12 0 R 13 0 R]". */
function contentRefs(text: string): number[] {
  const value = /^\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(text)?.[1] ?? "";
  return [...value.matchAll(/(\d+)\s+\d+\s+R/g)].map((match) => Number(match[1]));
}

/** Page objects written in the file itself: each `/Contents` outside stream data. */
function pagesInFile(
  bytes: Uint8Array,
  dataRanges: [number, number][],
  pages: Map<number, number[]>,
) {
  let range = 0;
  for (let at = find(bytes, CONTENTS, 0); at >= 0; at = find(bytes, CONTENTS, at + 1)) {
    while (range < dataRanges.length && dataRanges[range][1] < at) range++;
    if (range < dataRanges.length && dataRanges[range][0] <= at) continue;
    const refs = contentRefs(latin1.decode(bytes.subarray(at + CONTENTS.length, at + 400)));
    const { number } = objectBefore(bytes, at);
    if (number !== null && refs.length) pages.set(number, refs);
  }
}

/** Page objects inside an object stream: its header pairs each object's number and offset. */
function pagesInObjectStream(data: Uint8Array, dictionary: string, pages: Map<number, number[]>) {
  const count = Number(/\/N\s+(\d+)/.exec(dictionary)?.[1] ?? 0);
  const first = Number(/\/First\s+(\d+)/.exec(dictionary)?.[1] ?? 0);
  if (!count || !first) return;
  const text = latin1.decode(data);
  const header = text.slice(0, first).trim().split(/\s+/).map(Number);
  for (let i = 0; i < count && 2 * i + 1 < header.length; i++) {
    const start = first + header[2 * i + 1];
    const end = 2 * i + 3 < header.length ? first + header[2 * i + 3] : text.length;
    const object = text.slice(start, end);
    const at = object.indexOf("/Contents");
    if (at < 0) continue;
    const refs = contentRefs(object.slice(at + "/Contents".length));
    if (refs.length) pages.set(header[2 * i], refs);
  }
}

function join(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * What `data` inflates to as zlib data, stopping once past `limit`; 0 when it is not zlib. The
 * output is handed to `sink` as it comes.
 */
async function inflatedSize(
  data: Uint8Array,
  limit: number,
  sink: (chunk: Uint8Array) => void,
): Promise<number> {
  let size = 0;
  try {
    for await (const chunk of inflated(data, "deflate")) {
      size += chunk.length;
      if (size > limit) return size;
      sink(chunk);
    }
  } catch (error) {
    if (error instanceof Saturated) throw error;
    // Not zlib data, or data that ends badly: pdf.js copes (or refuses) on its own.
  }
  return size;
}
