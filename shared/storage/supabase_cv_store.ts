/**
 * CV files in Supabase Storage: a private bucket (no public URLs; every read goes through the
 * cvs function, which checks the caller owns the row first), used with the service role key.
 *
 * The bucket is created on first use when it is missing, so no migration touches the `storage`
 * schema (which a plain Postgres, like the embedded stack's, does not have). Storage that cannot
 * be reached, refuses, or takes longer than the timeout is 503 to the caller.
 */
import { createClient } from "@supabase/supabase-js";
import { ServiceUnavailableError } from "../http/errors.ts";
import { MAX_CV_BYTES } from "../cv/limits.ts";
import { CvMimeType } from "../schemas/cv.ts";
import { assertCvStoragePath } from "./cv_path.ts";
import type { CvStore } from "./cv_store.ts";

type Storage = ReturnType<typeof createClient>["storage"];

/**
 * How long one Storage call may take. An upload runs inside the CV row's transaction, and
 * Postgres ends a transaction left idle for 15 s (shared/db/client.ts): the call must give up
 * first, so the transaction rolls back cleanly instead of being cut off.
 */
export const STORAGE_TIMEOUT_MS = 10_000;

const unavailable = (what: string, error: unknown) => {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`CV storage: ${what} failed: ${reason}`);
  return new ServiceUnavailableError(
    "CV storage is unavailable; try again shortly.",
    "STORAGE_UNAVAILABLE",
  );
};

/** Storage answers a missing bucket or object with statusCode "404" (HTTP 400 or 404). */
function isNotFound(error: unknown): boolean {
  const { status, statusCode } = error as { status?: number; statusCode?: string };
  return statusCode === "404" || status === 404;
}

export class SupabaseCvStore implements CvStore {
  readonly #storage: Storage;
  readonly #bucket: string;
  #bucketCreated: Promise<void> | undefined;

  constructor(url: string, serviceRoleKey: string, bucket: string, timeoutMs = STORAGE_TIMEOUT_MS) {
    const timedFetch: typeof fetch = (input, init) => {
      const timeout = AbortSignal.timeout(timeoutMs);
      const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
      return fetch(input, { ...init, signal });
    };
    this.#storage = createClient(url, serviceRoleKey, {
      auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
      global: { fetch: timedFetch },
    }).storage;
    this.#bucket = bucket;
  }

  async put(path: string, data: Uint8Array, contentType: string): Promise<void> {
    assertCvStoragePath(path);
    const upload = () =>
      this.#storage.from(this.#bucket).upload(path, data, {
        contentType,
        upsert: false,
        cacheControl: "0",
      });
    let { error } = await upload().catch((thrown) => ({ error: thrown }));
    if (error && isNotFound(error)) {
      await this.#createBucket();
      ({ error } = await upload().catch((thrown) => ({ error: thrown })));
    }
    if (error) throw unavailable("upload", error);
  }

  async get(path: string): Promise<Uint8Array<ArrayBuffer> | null> {
    assertCvStoragePath(path);
    const { data, error } = await this.#storage.from(this.#bucket).download(path);
    if (error) {
      if (isNotFound(error)) return null;
      throw unavailable("download", error);
    }
    return new Uint8Array(await data.arrayBuffer());
  }

  async remove(path: string): Promise<void> {
    assertCvStoragePath(path);
    // Removing a path that holds nothing answers an empty list, not an error.
    const { error } = await this.#storage.from(this.#bucket).remove([path]);
    if (error && !isNotFound(error)) throw unavailable("remove", error);
  }

  /** Creates the private bucket once per process; "already exists" (409) is as good. */
  #createBucket(): Promise<void> {
    this.#bucketCreated ??= (async () => {
      const { error } = await this.#storage.createBucket(this.#bucket, {
        public: false,
        fileSizeLimit: MAX_CV_BYTES,
        allowedMimeTypes: CvMimeType.options,
      });
      const { statusCode } = (error ?? {}) as { statusCode?: string };
      if (error && statusCode !== "409" && !/already exists/i.test(error.message)) {
        this.#bucketCreated = undefined;
        throw unavailable("creating the bucket", error);
      }
    })();
    return this.#bucketCreated;
  }
}
