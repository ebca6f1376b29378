/** The candidates function: the people in a recruiter's pipeline. */
import { requireRecruiter } from "@shared/auth/middleware.ts";
import * as routes from "@shared/contracts/candidates.ts";
import { deleteRow, getRow, insertRow, listRows, updateRow } from "@shared/db/owned_table.ts";
import { candidates } from "@shared/db/tables.ts";
import { query, withUserTransaction } from "@shared/db/transaction.ts";
import { createApp, createRouter } from "@shared/http/app.ts";
import { cvStore } from "@shared/storage/cv_store.ts";
import { envelope, paged } from "@shared/http/envelope.ts";
import { NotFoundError } from "@shared/http/errors.ts";
import type { Candidate } from "@shared/schemas/candidate.ts";

const notFound = () => new NotFoundError("Candidate not found.");
const router = createRouter();
router.use("*", requireRecruiter);

router.openapi(routes.create, async (c) => {
  const principal = c.get("principal");
  const [candidate] = await withUserTransaction(
    principal,
    insertRow<Candidate>(candidates, { ...c.req.valid("json"), owner_id: principal.claims.sub }),
  );
  return c.json(envelope(candidate), 201);
});

router.openapi(routes.list, async (c) => {
  const { page, page_size, q, status } = c.req.valid("query");
  const [items, [{ total }]] = await withUserTransaction(
    c.get("principal"),
    listRows<Candidate>(candidates, { page, page_size, q, filters: { status } }),
  );
  return c.json(envelope(paged(items, total, page, page_size)), 200);
});

router.openapi(routes.get, async (c) => {
  const [candidate] = await withUserTransaction(
    c.get("principal"),
    getRow<Candidate>(candidates, c.req.valid("param").id),
  );
  if (!candidate) throw notFound();
  return c.json(envelope(candidate), 200);
});

router.openapi(routes.update, async (c) => {
  const [candidate] = await withUserTransaction(
    c.get("principal"),
    updateRow<Candidate>(candidates, c.req.valid("param").id, c.req.valid("json")),
  );
  if (!candidate) throw notFound();
  return c.json(envelope(candidate), 200);
});

router.openapi(routes.remove, async (c) => {
  const { id } = c.req.valid("param");
  // Erasing a candidate erases their CVs: the rows cascade, the files are removed here, in the
  // same transaction, so a file that cannot be removed keeps everything (503, try again).
  const store = cvStore();
  const deleted = await withUserTransaction(c.get("principal"), async (tx) => {
    const files = await tx<
      { storage_path: string }[]
    >`select storage_path from public.cvs where candidate_id = ${id}`;
    const [row] = await query(tx, deleteRow(candidates, id));
    if (row) await Promise.all(files.map((file) => store.remove(file.storage_path)));
    return row;
  });
  if (!deleted) throw notFound();
  return c.json(envelope({ id: deleted.id, deleted: true as const }), 200);
});

export const app = createApp("/candidates");
app.route("/", router);
