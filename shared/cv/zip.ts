/**
 * Just enough of the ZIP format to read a DOCX safely: the central directory (the archive's
 * table of contents, at its end) and one part at a time inflated chunk by chunk (./inflate.ts),
 * so a part that inflates past its budget is stopped as soon as it does, not after it has
 * filled memory (a zip bomb's declared sizes lie; the inflater's output does not).
 */
import { inflated } from "./inflate.ts";
import { corrupt, encrypted, tooComplex } from "./errors.ts";
import { MAX_INFLATED_ENTRY_BYTES, MAX_ZIP_ENTRIES } from "./limits.ts";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  compressedSize: number;
  /** As the archive declares it: what the part must inflate to, never trusted as a bound. */
  declaredSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const WHAT = "DOCX file";

/** True when the bytes start like a ZIP archive (a DOCX is one). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 &&
    bytes[3] === 0x04;
}

/** The archive's entries, from its central directory. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw corrupt(WHAT, "no ZIP directory");
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw corrupt(WHAT, "ZIP64 archives are not supported");
  }
  if (count > MAX_ZIP_ENTRIES) {
    throw tooComplex(WHAT, `it holds ${count} parts (at most ${MAX_ZIP_ENTRIES})`);
  }
  if (directoryOffset + directorySize > eocd) throw corrupt(WHAT, "bad ZIP directory");

  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw corrupt(WHAT, "bad ZIP directory entry");
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes, followed by a comment of at most 65535 bytes.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

/**
 * The inflated bytes of one entry, chunk by chunk, refused with CV_TOO_COMPLEX once they pass
 * `limit` bytes (the smaller of the per-part cap and what is left of the caller's total
 * budget). A caller that reads to the end learns whether the entry inflated to exactly its
 * declared size (else CV_CORRUPT: the platform's inflater does not report data cut short); one
 * that stops early stops the inflater, and never holds the whole part.
 */
export async function* zipEntryChunks(
  bytes: Uint8Array,
  entry: ZipEntry,
  limit = MAX_INFLATED_ENTRY_BYTES,
): AsyncGenerator<Uint8Array> {
  if (entry.flags & 0x1) throw encrypted(WHAT);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
    throw corrupt(WHAT, `bad header for ${entry.name}`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(WHAT, `${entry.name} is cut short`);
  const data = bytes.subarray(start, end);
  const overLimit = () =>
    tooComplex(WHAT, `${entry.name} inflates past ${Math.round(limit / 1024 / 1024)} MB`);

  if (entry.method === 0) {
    if (data.length > limit) throw overLimit();
    yield data;
    return;
  }
  if (entry.method !== 8) throw corrupt(WHAT, `unsupported compression in ${entry.name}`);
  if (entry.declaredSize > limit) throw overLimit();

  let size = 0;
  const chunks = inflated(data, "deflate-raw");
  try {
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await chunks.next();
      } catch {
        throw corrupt(WHAT, `${entry.name} does not inflate`);
      }
      if (next.done) break;
      size += next.value.length;
      if (size > limit) throw overLimit();
      yield next.value;
    }
  } finally {
    // Stops the inflater when the caller stops early.
    await chunks.return(undefined);
  }
  if (size !== entry.declaredSize) throw corrupt(WHAT, `${entry.name} is cut short`);
}
