/**
 * What a candidate's credential may change on the interview it reaches
 * (supabase/migrations/20261124000400_candidate_guards.sql): state moves only, answers only while
 * in progress and never with a score. Each refusal beside the allowed move it differs from.
 */
import { assertEquals } from "./helpers/assert.ts";
import { asCaller } from "./helpers/as_caller.ts";
import { adminSql, test } from "./helpers/stack.ts";

const db = adminSql();

async function fixture(status: "pending" | "in_progress") {
  const owner = crypto.randomUUID();
  await db`insert into auth.users (id, email, raw_user_meta_data) values (${owner}, ${`${owner}@example.com`}, '{}')`;
  const [candidate] = await db`insert into public.candidates (owner_id, full_name, email)
    values (${owner}, 'Guarded', 'guarded@example.com') returning id`;
  const [job] = await db`insert into public.job_descriptions (owner_id, title, description)
    values (${owner}, 'Job', 'Work') returning id`;
  const [interview] = await db`insert into public.interviews
      (owner_id, candidate_id, job_description_id, duration_minutes, status, started_at, deadline_at)
    values (${owner}, ${candidate.id}, ${job.id}, 30, ${status},
      ${status === "pending" ? null : db`now()`}, ${
    status === "pending" ? null : db`now() + interval '30 minutes'`
  })
    returning id`;
  const [question] = await db`insert into public.interview_questions
      (owner_id, interview_id, position, text, category, difficulty, time_limit_seconds)
    values (${owner}, ${interview.id}, 1, 'Why?', 'behavioral', 'easy', 60) returning id`;
  return {
    owner,
    interviewId: interview.id as string,
    questionId: question.id as string,
    jobId: job.id as string,
  };
}

/** Runs `statement` as the interview's candidate; answers "ok" or the SQLSTATE it failed with. */
async function asCandidate(interviewId: string, statement: (tx: typeof db) => Promise<unknown>) {
  const claims = {
    sub: interviewId,
    role: "authenticated",
    aud: "interview",
    interview_id: interviewId,
  };
  const outcome = await asCaller(db, "authenticated", claims, statement);
  return typeof outcome === "string" ? outcome : "ok";
}

test("a candidate may start its interview, but not change what it is about", async () => {
  const { interviewId, jobId } = await fixture("pending");
  const started = await asCandidate(
    interviewId,
    (tx) =>
      tx`update public.interviews set status = 'in_progress', started_at = now(), deadline_at = now() + interval '30 minutes' where id = ${interviewId}`,
  );
  assertEquals(started, "ok");
  for (
    const change of [
      db`duration_minutes = 240`,
      db`job_description_id = ${jobId}, duration_minutes = 31`,
      db`status = 'completed', completed_at = now()`,
    ]
  ) {
    assertEquals(
      await asCandidate(
        interviewId,
        (tx) => tx`update public.interviews set ${change} where id = ${interviewId}`,
      ),
      "42501",
    );
  }
});

test("a candidate answers only while in progress, and never scores itself", async () => {
  const pending = await fixture("pending");
  const answer =
    (id: { interviewId: string; questionId: string; owner: string }) => (tx: typeof db) =>
      tx`insert into public.interview_responses (owner_id, interview_id, question_id, answer_text)
       values (${id.owner}, ${id.interviewId}, ${id.questionId}, 'An answer')`;
  assertEquals(await asCandidate(pending.interviewId, answer(pending)), "42501");
  const running = await fixture("in_progress");
  assertEquals(await asCandidate(running.interviewId, answer(running)), "ok");
  const scored = await asCandidate(
    running.interviewId,
    (tx) =>
      tx`insert into public.interview_responses (owner_id, interview_id, question_id, answer_text, score)
       values (${running.owner}, ${running.interviewId}, ${running.questionId}, 'An answer', 100)`,
  );
  assertEquals(scored, "42501");
  for (
    const column of [
      db`score_details) values (${running.owner}, ${running.interviewId}, ${running.questionId}, 'An answer', '{}'::jsonb)`,
      db`flags) values (${running.owner}, ${running.interviewId}, ${running.questionId}, 'An answer', '{off_topic}')`,
      db`evaluated_at) values (${running.owner}, ${running.interviewId}, ${running.questionId}, 'An answer', now())`,
    ]
  ) {
    const evaluated = await asCandidate(
      running.interviewId,
      (tx) =>
        tx`insert into public.interview_responses (owner_id, interview_id, question_id, answer_text, ${column}`,
    );
    assertEquals(evaluated, "42501", "a candidate never evaluates or flags its own answer");
  }
  const finished = await asCandidate(
    running.interviewId,
    (tx) =>
      tx`update public.interviews set status = 'completed', completed_at = now() where id = ${running.interviewId}`,
  );
  assertEquals(finished, "ok");
});

test("a candidate adds questions only in the transaction that starts its interview", async () => {
  const { owner, interviewId } = await fixture("pending");
  const addQuestion = (tx: typeof db) =>
    tx`insert into public.interview_questions (owner_id, interview_id, position, text, category, difficulty, time_limit_seconds)
       values (${owner}, ${interviewId}, 2, 'Another?', 'technical', 'easy', 60)`;
  assertEquals(await asCandidate(interviewId, addQuestion), "42501", "not while pending");
  const inStart = await asCandidate(interviewId, async (tx) => {
    await tx`update public.interviews set status = 'in_progress', started_at = now(), deadline_at = now() + interval '30 minutes' where id = ${interviewId}`;
    await addQuestion(tx);
  });
  assertEquals(inStart, "ok");
});
