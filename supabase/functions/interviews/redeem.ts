/**
 * Redeeming a ticket: the candidate, who has no account, trades the ticket's code for a
 * credential scoped to one new interview, and is told how the interview works (the notice).
 */
import { interviewEvent } from "@shared/audit/trail.ts";
import { signToken } from "@shared/auth/jwt.ts";
import { interviewCredentialSecret } from "@shared/auth/secret.ts";
import { sha256Hex } from "@shared/auth/tokens.ts";
import { INTERVIEW_AUDIENCE } from "@shared/auth/verifiers.ts";
import { config } from "@shared/config.ts";
import * as routes from "@shared/contracts/interviews.ts";
import { sql } from "@shared/db/statement.ts";
import { query, type Transaction, withServiceTransaction } from "@shared/db/transaction.ts";
import { createRouter } from "@shared/http/app.ts";
import { envelope } from "@shared/http/envelope.ts";
import { ConflictError, GoneError, NotFoundError } from "@shared/http/errors.ts";
import { candidateNotice } from "@shared/rights/notice.ts";

export const router = createRouter();

/** A candidate's credential outlives a long interview with room to spare, and no more. */
const CREDENTIAL_TTL_SECONDS = 24 * 3600;

router.openapi(routes.redeem, async (c) => {
  const codeHash = sha256Hex(c.req.valid("json").code);
  // Service-level: the caller has no identity until the ticket gives it one. The conditional
  // update locks the ticket row, so concurrent redemptions of a single-use ticket serialize and
  // exactly one of them finds a use left.
  const { interview, notice } = await withServiceTransaction(async (tx) => {
    const [ticket] = await query(
      tx,
      sql<
        {
          id: string;
          owner_id: string;
          candidate_id: string;
          job_description_id: string;
        }
      >`
        update public.interview_tickets
        set uses = uses + 1, status = case when uses + 1 >= max_uses then 'used' else status end
        where code_hash = ${codeHash} and status = 'active' and expires_at > now() and uses < max_uses
        returning id, owner_id, candidate_id, job_description_id`,
    );
    if (!ticket) throw await whyNotRedeemable(tx, codeHash);
    const [created] = await query(
      tx,
      sql<{ id: string }>`
        insert into public.interviews (owner_id, candidate_id, job_description_id, ticket_id, duration_minutes, max_follow_ups)
        select ${ticket.owner_id}, ${ticket.candidate_id}, ${ticket.job_description_id}, ${ticket.id},
               (interview_settings ->> 'duration_minutes')::int,
               coalesce((interview_settings ->> 'max_follow_ups')::int, 1)
        from public.job_descriptions where id = ${ticket.job_description_id}
        returning id`,
    );
    // The notice names the job's competencies and who is hiring; what was shown is recorded.
    const [facts] = await query(
      tx,
      sql<{
        title: string;
        skills: string[];
        requirements: string[];
        focus_areas: string[];
        company_name: string | null;
      }>`
        select j.title, j.skills, j.requirements,
               coalesce(j.interview_settings -> 'focus_areas', '[]') as focus_areas, u.company_name
        from public.job_descriptions j join public.users u on u.id = j.owner_id
        where j.id = ${ticket.job_description_id}`,
    );
    const notice = candidateNotice({
      interviewId: created.id,
      company: facts.company_name,
      jobTitle: facts.title,
      focusAreas: facts.focus_areas,
      skills: facts.skills,
      requirements: facts.requirements,
    });
    await query(
      tx,
      interviewEvent(created.id, "ticket_redeemed", {}, "candidate"),
    );
    await query(
      tx,
      interviewEvent(created.id, "notice_shown", {
        version: notice.version,
        summary: notice.summary,
      }),
    );
    return { interview: created, notice };
  });
  const { token, expiresAt } = await signToken(
    { sub: interview.id, role: "authenticated", interview_id: interview.id },
    await interviewCredentialSecret(),
    {
      issuer: config().jwt.issuer,
      audience: INTERVIEW_AUDIENCE,
      expiresInSeconds: CREDENTIAL_TTL_SECONDS,
    },
  );
  return c.json(
    envelope({
      interview_id: interview.id,
      access_token: token,
      expires_at: new Date(expiresAt * 1000).toISOString(),
      notice,
    }),
    201,
  );
});

async function whyNotRedeemable(tx: Transaction, codeHash: string) {
  const [ticket] = await query(
    tx,
    sql<{ status: string; expired: boolean }>`
      select status, expires_at <= now() as expired from public.interview_tickets where code_hash = ${codeHash}`,
  );
  if (!ticket) {
    return new NotFoundError("No ticket has this code.", "TICKET_NOT_FOUND");
  }
  if (ticket.status === "revoked") {
    return new ConflictError("This ticket was revoked.", "TICKET_REVOKED");
  }
  if (ticket.expired) {
    return new GoneError("This ticket has expired.", "TICKET_EXPIRED");
  }
  return new ConflictError("This ticket has already been used.", "TICKET_USED");
}
