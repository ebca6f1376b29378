/** Reading reports: the list, the current version, and every version. */
import * as routes from "@shared/contracts/reports.ts";
import { columnsOf, getRow, listRows } from "@shared/db/owned_table.ts";
import { sql } from "@shared/db/statement.ts";
import { interviewReports, interviewReportVersions } from "@shared/db/tables.ts";
import { withUserTransaction } from "@shared/db/transaction.ts";
import { createRouter } from "@shared/http/app.ts";
import { envelope, paged } from "@shared/http/envelope.ts";
import type { InterviewReport, InterviewReportVersion } from "@shared/schemas/interview_report.ts";
import { notFound } from "./scoring.ts";

export const router = createRouter();

router.openapi(routes.list, async (c) => {
  const { page, page_size, interview_id } = c.req.valid("query");
  const [items, [{ total }]] = await withUserTransaction(
    c.get("principal"),
    listRows<InterviewReport>(interviewReports, { page, page_size, filters: { interview_id } }),
  );
  return c.json(envelope(paged(items, total, page, page_size)), 200);
});

router.openapi(routes.get, async (c) => {
  const [report] = await withUserTransaction(
    c.get("principal"),
    getRow<InterviewReport>(interviewReports, c.req.valid("param").id),
  );
  if (!report) throw notFound();
  return c.json(envelope(report), 200);
});

router.openapi(routes.versions, async (c) => {
  const { id } = c.req.valid("param");
  const { page, page_size } = c.req.valid("query");
  const [[report], items, [{ total }]] = await withUserTransaction(c.get("principal"), [
    sql<{ id: string }>`select id from public.interview_reports where id = ${id}`,
    sql<InterviewReportVersion>`
      select ${columnsOf(interviewReportVersions)} from public.interview_report_versions
      where report_id = ${id}
      order by version desc
      offset ${(page - 1) * page_size} limit ${page_size}`,
    sql<{ total: number }>`
      select count(*)::int as total from public.interview_report_versions where report_id = ${id}`,
  ]);
  if (!report) throw notFound();
  return c.json(envelope(paged(items, total, page, page_size)), 200);
});
