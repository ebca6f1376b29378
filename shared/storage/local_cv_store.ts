/**
 * CV files on the local disk, for the embedded stack: `<root>/<owner_id>/<cv_id>`, written to a
 * temporary file in the same folder, flushed, then renamed into place, so a reader (or a crash)
 * sees the whole file or none. A disk that refuses (full, read-only) is 503, as a Storage
 * outage is.
 */
import { dirname, join } from "node:path";
import { ServiceUnavailableError } from "../http/errors.ts";
import { assertCvStoragePath } from "./cv_path.ts";
import type { CvStore } from "./cv_store.ts";

/**
 * Bytes handed to one write or read: Deno copies what one is given (or reads into a buffer of
 * its own, then copies), and the allocator keeps what it copied, so a 10 MB file written or
 * read at once (`Deno.readFile`) grew the process by 10 MB more than the file.
 */
const CHUNK = 1024 * 1024;

export class LocalCvStore implements CvStore {
  constructor(readonly root: string) {}

  #file(path: string): string {
    assertCvStoragePath(path);
    return join(this.root, ...path.split("/"));
  }

  async put(path: string, data: Uint8Array): Promise<void> {
    const file = this.#file(path);
    await Deno.mkdir(dirname(file), { recursive: true });
    const temporary = `${file}.${crypto.randomUUID()}.tmp`;
    try {
      const handle = await Deno.open(temporary, { write: true, createNew: true, mode: 0o600 });
      try {
        for (let written = 0; written < data.length;) {
          written += await handle.write(data.subarray(written, written + CHUNK));
        }
        await handle.syncData();
      } finally {
        handle.close();
      }
      await Deno.rename(temporary, file);
    } catch (error) {
      await Deno.remove(temporary).catch(() => {});
      throw unavailable("write", error);
    }
  }

  async get(path: string): Promise<Uint8Array<ArrayBuffer> | null> {
    try {
      // Read into a buffer of the file's size: files are written whole and renamed into place,
      // so the size does not change under the reader.
      using handle = await Deno.open(this.#file(path));
      const bytes = new Uint8Array((await handle.stat()).size);
      for (let read = 0; read < bytes.length;) {
        const count = await handle.read(bytes.subarray(read, read + CHUNK));
        if (count === null) return bytes.subarray(0, read);
        read += count;
      }
      return bytes;
    } catch (error) {
      if (error instanceof Deno.errors.NotFound) return null;
      throw unavailable("read", error);
    }
  }

  async remove(path: string): Promise<void> {
    try {
      await Deno.remove(this.#file(path));
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw unavailable("remove", error);
    }
  }
}

function unavailable(what: string, error: unknown) {
  console.error(`CV storage: ${what} failed: ${error instanceof Error ? error.message : error}`);
  return new ServiceUnavailableError(
    "CV storage is unavailable; try again shortly.",
    "STORAGE_UNAVAILABLE",
  );
}
