/** An interview ticket (public.interview_tickets): the invitation a candidate redeems. */
import { z } from "zod";
import { Timestamp, Uuid } from "./common.ts";

export const TicketStatus = z.enum(["active", "used", "revoked", "expired"]).meta({
  id: "TicketStatus",
  description: "`expired` is derived from `expires_at`; the others are stored.",
});

export const InterviewTicketBase = z.object({
  candidate_id: Uuid,
  job_description_id: Uuid,
});

export const InterviewTicketCreate = InterviewTicketBase.extend({
  expires_in_hours: z.int().min(1).max(24 * 90).default(24 * 7),
  max_uses: z.int().min(1).max(100).default(1),
}).strict().meta({ id: "InterviewTicketCreate" });

/** A ticket's only change after issue is its revocation. */
export const InterviewTicketUpdate = z.object({ status: z.literal("revoked") }).strict();

export const InterviewTicket = InterviewTicketBase.extend({
  id: Uuid,
  expires_at: Timestamp,
  max_uses: z.int(),
  uses: z.int(),
  status: TicketStatus,
  created_at: Timestamp,
}).meta({ id: "InterviewTicket" });

/** The answer to issuing a ticket: the only time its code is shown. */
export const IssuedInterviewTicket = InterviewTicket.extend({
  code: z.string().meta({ description: "Shown once; only its hash is stored." }),
  url: z.url(),
}).meta({ id: "IssuedInterviewTicket" });

export type InterviewTicketCreate = z.infer<typeof InterviewTicketCreate>;
export type InterviewTicketUpdate = z.infer<typeof InterviewTicketUpdate>;
export type InterviewTicket = z.infer<typeof InterviewTicket>;
