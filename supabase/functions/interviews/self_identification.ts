/** The candidate's voluntary self-identification, for the bias audit alone. */
import * as routes from "@shared/contracts/interviews.ts";
import { sql } from "@shared/db/statement.ts";
import { withUserTransaction } from "@shared/db/transaction.ts";
import { createRouter } from "@shared/http/app.ts";
import { envelope } from "@shared/http/envelope.ts";
import type { SelfIdentification } from "@shared/schemas/self_identification.ts";

import { notFound, ownInterview } from "./access.ts";

export const router = createRouter();

router.openapi(routes.giveSelfIdentification, async (c) => {
  const principal = c.get("principal");
  const id = ownInterview(principal, c.req.valid("param").id);
  const { sex, race_ethnicity } = c.req.valid("json");
  // Under the candidate's credential, into a table no recruiter reads and nothing given to the
  // AI is built from (20261204002400_self_identification.sql).
  const [recorded] = await withUserTransaction(
    principal,
    sql<SelfIdentification>`
      insert into private.self_identifications (interview_id, owner_id, candidate_id, sex, race_ethnicity)
      select id, owner_id, candidate_id, ${sex}, ${race_ethnicity}
      from public.interviews where id = ${id}
      on conflict (interview_id) do update
        set sex = excluded.sex, race_ethnicity = excluded.race_ethnicity
      returning sex, race_ethnicity, updated_at`,
  );
  if (!recorded) throw notFound();
  return c.json(envelope(recorded, "Recorded. Thank you."), 200);
});

router.openapi(routes.getSelfIdentification, async (c) => {
  const principal = c.get("principal");
  const id = ownInterview(principal, c.req.valid("param").id);
  const [recorded] = await withUserTransaction(
    principal,
    sql<SelfIdentification>`
      select sex, race_ethnicity, updated_at from private.self_identifications
      where interview_id = ${id}`,
  );
  return c.json(envelope(recorded ?? null), 200);
});
