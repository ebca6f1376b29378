/**
 * A PDF decompression bomb check, run before pdf.js sees the file: pdf.js inflates a content
 * stream whole, so a few kilobytes of FlateDecode data that inflate to gigabytes would exhaust
 * the worker. Every `stream ... endstream` body is inflated here through fflate's streaming
 * inflater, counting (not keeping) the output, and the file is refused once they add up past
 * the budget. Images are skipped (pdf.js does not decode them to read text, and a scanned page
 * may rightly be large); bodies that are not zlib data (encrypted streams) fail at once and
 * count for nothing.
 */
// The browser build: the same code, less the Node worker_threads support (for fflate's
// asynchronous API, unused here) that makes Deno start its CommonJS loader when the "node"
// build is imported.
import { Unzlib } from "fflate/browser";
import { tooComplex } from "./errors.ts";
import { MAX_PDF_INFLATED_BYTES } from "./limits.ts";

const SLICE = 4096;

export function assertPdfInflatesWithinBudget(bytes: Uint8Array, budget = MAX_PDF_INFLATED_BYTES) {
  // One byte per character, so indexes in the string are offsets in the file.
  const text = new TextDecoder("latin1").decode(bytes);
  let total = 0;
  let at = 0;
  while ((at = text.indexOf("stream", at)) >= 0) {
    let start = at + "stream".length;
    at = start;
    if (text.startsWith("\r\n", start)) start += 2;
    else if (text[start] === "\n" || text[start] === "\r") start += 1;
    else continue; // "endstream", or the word inside some text
    const end = text.indexOf("endstream", start);
    if (end < 0) break;
    if (isImage(text, at)) {
      at = end + "endstream".length;
      continue;
    }
    total += inflatedSize(bytes.subarray(start, end), budget - total);
    if (total > budget) {
      throw tooComplex("PDF file", `its streams inflate past ${budget / 1024 / 1024} MB`);
    }
    at = end + "endstream".length;
  }
}

/** Whether the dictionary before the `stream` keyword at `at` is an image's. */
function isImage(text: string, at: number): boolean {
  const objectStart = text.lastIndexOf(" obj", at);
  const dictionary = text.slice(Math.max(objectStart, at - 4096), at);
  return /\/Subtype\s*\/Image\b/.test(dictionary);
}

/** What `data` inflates to as zlib data, stopping once past `limit`; 0 when it is not zlib. */
function inflatedSize(data: Uint8Array, limit: number): number {
  let size = 0;
  const inflater = new Unzlib((chunk) => {
    size += chunk.length;
    if (size > limit) throw new RangeError("over budget");
  });
  try {
    for (let offset = 0; offset < data.length; offset += SLICE) {
      inflater.push(data.subarray(offset, offset + SLICE), offset + SLICE >= data.length);
    }
  } catch (error) {
    if (error instanceof RangeError && size > limit) return size;
    // Not zlib data, or data that ends badly: pdf.js copes (or refuses) on its own.
  }
  return size;
}
