/**
 * Where CV files live, behind one small interface so the cvs function does not care: a private
 * Supabase Storage bucket when the project's service role key is configured, or plain files
 * under LOCAL_DATA_DIR for the embedded stack (see shared/config.ts, CV_STORAGE).
 *
 * A file's path is `<owner_id>/<cv_id>` (./cv_path.ts), recorded in public.cvs.storage_path.
 * The row and the file are written and removed together by the cvs function (one transaction
 * around the row, the file written or removed inside it), so neither outlives the other.
 */
import { perConfig } from "../per_config.ts";
import { LocalCvStore } from "./local_cv_store.ts";

export interface CvStore {
  /** Stores the file whole or not at all; throws when it could not. */
  put(path: string, data: Uint8Array, contentType: string): Promise<void>;
  /** The file's bytes, or null when there is no such file. */
  get(path: string): Promise<Uint8Array<ArrayBuffer> | null>;
  /** Removes the file; removing a file that is not there is not an error. */
  remove(path: string): Promise<void>;
}

/** The process's CV store, chosen from the configuration (tests replace it with `.replace`). */
export const cvStore = perConfig<CvStore>(({ cvStorage, supabase, localDataDir }) =>
  cvStorage.backend === "supabase" && supabase?.serviceRoleKey
    ? supabaseCvStore(supabase.url, supabase.serviceRoleKey, cvStorage.bucket)
    : new LocalCvStore(`${localDataDir}/storage/cvs`)
);

/**
 * The Supabase Storage store, loaded with supabase-js on its first call: the cvs and candidates
 * functions start without that graph, which most of their requests (and a stack on local files,
 * always) never need.
 */
function supabaseCvStore(url: string, serviceRoleKey: string, bucket: string): CvStore {
  let store: Promise<CvStore> | undefined;
  const load = () =>
    store ??= import("./supabase_cv_store.ts").then(({ SupabaseCvStore }) =>
      new SupabaseCvStore(url, serviceRoleKey, bucket)
    );
  return {
    put: async (path, data, contentType) => await (await load()).put(path, data, contentType),
    get: async (path) => await (await load()).get(path),
    remove: async (path) => await (await load()).remove(path),
  };
}
