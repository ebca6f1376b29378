/**
 * The tickets function: a recruiter invites a candidate to interview for a job. A ticket's code
 * is 256 random bits, shown once; only its SHA-256 is stored, so a database leak does not let
 * anyone take an interview.
 */
import { ticketIssued } from "@shared/audit/trail.ts";
import { randomToken, sha256Hex } from "@shared/auth/tokens.ts";
import { config } from "@shared/config.ts";
import * as routes from "@shared/contracts/tickets.ts";
import { columnsOf, getRow, insertRow, listRows } from "@shared/db/owned_table.ts";
import { sql } from "@shared/db/statement.ts";
import { interviewTickets, ticketStatus } from "@shared/db/tables.ts";
import { query, withUserTransaction } from "@shared/db/transaction.ts";
import { createApp, createRouter } from "@shared/http/app.ts";
import { envelope, paged } from "@shared/http/envelope.ts";
import { ConflictError, NotFoundError } from "@shared/http/errors.ts";
import type { InterviewTicket } from "@shared/schemas/interview_ticket.ts";

const notFound = () => new NotFoundError("Ticket not found.");

const router = createRouter();

router.openapi(routes.create, async (c) => {
  const { candidate_id, job_description_id, expires_in_hours, max_uses } = c.req.valid("json");
  const principal = c.get("principal");
  const code = randomToken(32);
  const codeHash = sha256Hex(code);
  // A candidate or job the recruiter cannot see fails the composite foreign key: 404. The issue
  // opens the candidate's trail, in the same transaction.
  const id = crypto.randomUUID();
  const [[ticket]] = await withUserTransaction(principal, [
    insertRow<InterviewTicket>(interviewTickets, {
      id,
      owner_id: principal.claims.sub,
      candidate_id,
      job_description_id,
      code_hash: codeHash,
      expires_at: sql`now() + make_interval(hours => ${expires_in_hours})`,
      max_uses,
    }),
    ticketIssued(id),
  ]);
  // The code travels in the fragment: browsers do not send it to servers or in Referer headers.
  const url = `${config().appUrl}/interview#code=${code}`;
  return c.json(
    envelope(
      { ...ticket, code, url },
      "Send the link to the candidate; the code is not shown again.",
    ),
    201,
  );
});

router.openapi(routes.list, async (c) => {
  const { page, page_size, candidate_id, job_description_id, status } = c.req.valid("query");
  const [items, [{ total }]] = await withUserTransaction(
    c.get("principal"),
    listRows<InterviewTicket>(interviewTickets, {
      page,
      page_size,
      filters: { candidate_id, job_description_id },
      conditions: status ? [sql`${ticketStatus} = ${status}`] : [],
    }),
  );
  return c.json(envelope(paged(items, total, page, page_size)), 200);
});

router.openapi(routes.get, async (c) => {
  const [ticket] = await withUserTransaction(
    c.get("principal"),
    getRow<InterviewTicket>(interviewTickets, c.req.valid("param").id),
  );
  if (!ticket) throw notFound();
  return c.json(envelope(ticket), 200);
});

router.openapi(routes.revoke, async (c) => {
  const { id } = c.req.valid("param");
  const ticket = await withUserTransaction(c.get("principal"), async (tx) => {
    const [revoked] = await query(
      tx,
      sql<InterviewTicket>`
        update public.interview_tickets set status = 'revoked', revoked_at = now()
        where id = ${id} and status <> 'revoked'
        returning ${columnsOf(interviewTickets)}`,
    );
    if (revoked) return revoked;
    const [existing] = await query(
      tx,
      sql`select 1 from public.interview_tickets where id = ${id}`,
    );
    throw existing
      ? new ConflictError("This ticket is already revoked.", "TICKET_REVOKED")
      : notFound();
  });
  return c.json(envelope(ticket, "Revoked."), 200);
});

export const app = createApp("/tickets");
app.route("/", router);
