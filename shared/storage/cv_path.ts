/**
 * Where a CV's file is kept inside the CV store: `<owner_id>/<cv_id>`, recorded in
 * public.cvs.storage_path. Both parts are UUIDs, so a path can never climb out of its folder.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function cvStoragePath(ownerId: string, cvId: string): string {
  if (!UUID.test(ownerId) || !UUID.test(cvId)) throw new Error("A CV path is made of two UUIDs.");
  return `${ownerId.toLowerCase()}/${cvId.toLowerCase()}`;
}

/** Throws unless `path` is a CV path: the stores check every path they are given. */
export function assertCvStoragePath(path: string): void {
  const [owner, id, ...rest] = path.split("/");
  if (rest.length > 0 || !UUID.test(owner ?? "") || !UUID.test(id ?? "")) {
    throw new Error(`Not a CV storage path: ${JSON.stringify(path)}`);
  }
}
