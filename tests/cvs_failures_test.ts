/**
 * CVs over HTTP when the store or the commit fails half-way: the row and the file go together,
 * or neither stays.
 */
import { assertEquals } from "./helpers/assert.ts";
import { bytesOf, CLASSIC_TEXT } from "./helpers/cv_fixtures.ts";
import {
  assertNothingStored,
  filesOf,
  recruiterWithCandidate,
  upload,
  uploaded,
} from "./helpers/cv_upload.ts";
import { client } from "./helpers/http.ts";
import { adminSql, startStack, test } from "./helpers/stack.ts";
import { ServiceUnavailableError } from "../shared/http/errors.ts";
import { type CvStore, cvStore } from "../shared/storage/cv_store.ts";

const stack = await startStack({ CV_STORAGE: "local" });
const call = client(stack.url);
const db = adminSql();

/** The real store, with its operations wrapped. */
function wrappedStore(wrap: Partial<CvStore>): CvStore {
  const real = cvStore();
  return {
    put: wrap.put ?? ((...args) => real.put(...args)),
    get: wrap.get ?? ((...args) => real.get(...args)),
    remove: wrap.remove ?? ((...args) => real.remove(...args)),
  };
}

async function withStore<T>(store: CvStore, work: () => Promise<T>): Promise<T> {
  const real = cvStore();
  cvStore.replace(store);
  try {
    return await work();
  } finally {
    cvStore.replace(real);
  }
}

/** What a store throws when it cannot do its work. */
const storageDown = () => new ServiceUnavailableError("CV storage is down.", "STORAGE_UNAVAILABLE");

test("cvs: a file write that fails rolls the row back (503); nothing is kept", async () => {
  const r = await recruiterWithCandidate(call);
  const response = await withStore(
    wrappedStore({
      put: () => Promise.reject(storageDown()),
    }),
    () => upload(call, r, bytesOf(CLASSIC_TEXT), "cv.txt"),
  );
  assertEquals(response.status, 503);
  assertEquals(response.body.error.code, "STORAGE_UNAVAILABLE");
  await assertNothingStored(db, r, "failed write");
});

test("cvs: a commit that fails after the file is written removes the file; nothing is kept", async () => {
  const r = await recruiterWithCandidate(call);
  // A deferred constraint: checked at COMMIT, after the row was inserted and the file written.
  await db.unsafe(`
    create function public.cvs_test_refuse_at_commit() returns trigger
    language plpgsql set search_path = '' as $$
    begin
      if new.file_name = 'refused-at-commit.txt' then
        raise exception 'refused at commit' using errcode = '23514';
      end if;
      return null;
    end $$;
    create constraint trigger cvs_test_refuse_at_commit after insert on public.cvs
      deferrable initially deferred for each row
      execute function public.cvs_test_refuse_at_commit();`);
  try {
    const real = cvStore();
    let written = 0;
    const response = await withStore(
      wrappedStore({
        async put(path, bytes, type) {
          await real.put(path, bytes, type);
          written++;
        },
      }),
      () => upload(call, r, bytesOf(CLASSIC_TEXT), "refused-at-commit.txt"),
    );
    assertEquals(response.status, 422, JSON.stringify(response.body));
    assertEquals(written, 1, "the file was written before the commit failed");
    await assertNothingStored(db, r, "failed commit");
  } finally {
    await db.unsafe(`
      drop trigger cvs_test_refuse_at_commit on public.cvs;
      drop function public.cvs_test_refuse_at_commit();`);
  }
});

test("cvs: a file that cannot be removed keeps its row (503); deleting again succeeds", async () => {
  const r = await recruiterWithCandidate(call);
  const cv = await uploaded(call, r, bytesOf(CLASSIC_TEXT), "cv.txt");
  const refused = await withStore(
    wrappedStore({
      remove: () => Promise.reject(storageDown()),
    }),
    () => call(`/cvs/${cv.id}`, { method: "DELETE", token: r.token }),
  );
  assertEquals(refused.status, 503);
  assertEquals((await call(`/cvs/${cv.id}`, { token: r.token })).status, 200);
  assertEquals(await filesOf(r.userId), [cv.id]);
  const deleted = await call(`/cvs/${cv.id}`, { method: "DELETE", token: r.token });
  assertEquals(deleted.status, 200);
  await assertNothingStored(db, r, "deleted after a retry");
});
