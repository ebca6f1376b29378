/**
 * The candidate's moves: start (the questions are generated from the job and the CV), the next
 * question, an answer (evaluated as it arrives, perhaps followed up), and finish. A move the
 * interview's state does not allow is 409; an interview past its deadline is closed as expired
 * by the first request that notices.
 */
import { evaluationRecord, interviewAI } from "@shared/ai/index.ts";
import {
  type AiCall,
  blindCv,
  describeError,
  evaluatorQuestion,
  recordCall,
} from "@shared/ai/recorded.ts";
import { aiEvents, interviewEvent } from "@shared/audit/trail.ts";
import * as routes from "@shared/contracts/interviews.ts";
import { interviewBrief } from "@shared/db/interview_brief.ts";
import { jsonb, sql, values } from "@shared/db/statement.ts";
import { query, withServiceTransaction, withUserTransaction } from "@shared/db/transaction.ts";
import { createRouter } from "@shared/http/app.ts";
import { envelope } from "@shared/http/envelope.ts";
import type { QuestionToEvaluate } from "@shared/ai/provider.ts";
import type { InterviewQuestion } from "@shared/schemas/interview_question.ts";
import type { RecordedAnswer } from "@shared/schemas/interview_response.ts";

import {
  closeIfOverdue,
  notFound,
  ownInterview,
  readProgress,
  REFUSALS,
  refuseUnlessInProgress,
} from "./access.ts";

export const router = createRouter();

router.openapi(routes.start, async (c) => {
  const principal = c.get("principal");
  const id = ownInterview(principal, c.req.valid("param").id);
  // Service-level read, named as such: the candidate's credential does not reach the job or the
  // CV, but its questions are made from them.
  const [brief] = await withServiceTransaction((tx) => interviewBrief(tx, id));
  if (!brief) throw notFound();
  if (brief.status !== "pending") throw REFUSALS[brief.status]();

  // Generated before the transaction: a slow AI holds no locks, and a failed one changes nothing
  // but the trail, which records the failed call. The AI is given the CV without its contact
  // block, and the record holds exactly what it was given.
  const ai = interviewAI();
  const candidate = { cv: blindCv(brief.cv) };
  const plan = {
    count: brief.question_count,
    claimShare: brief.cv_claim_share,
  };
  const generated = await recordCall(
    ai,
    "questions",
    { job: brief.job, candidate, plan },
    () => ai.generateQuestions(brief.job, candidate, plan),
  );
  if (!generated.ok) {
    await recordFailedCalls(id, [generated.call]);
    throw generated.error;
  }
  const questions = generated.value;

  const progress = await withUserTransaction(principal, async (tx) => {
    const [started] = await query(
      tx,
      sql<{ owner_id: string }>`
        update public.interviews
        set status = 'in_progress', started_at = now(), deadline_at = now() + make_interval(mins => duration_minutes)
        where id = ${id} and status = 'pending'
        returning owner_id`,
    );
    // Another start won the race.
    if (!started) throw REFUSALS.in_progress();
    const rows = questions.map((question, index) => ({
      owner_id: started.owner_id,
      interview_id: id,
      position: index + 1,
      text: question.text,
      category: question.category,
      difficulty: question.difficulty,
      competency: question.competency,
      expected_points: question.expected_points,
      time_limit_seconds: question.time_limit_seconds,
      source: question.source,
      rubric: jsonb(question.rubric),
    }));
    await query(
      tx,
      sql`insert into public.interview_questions ${values(rows)}`,
    );
    await query(tx, aiEvents(id, [generated.call]));
    await query(tx, interviewEvent(id, "interview_started", {}, "candidate"));
    return await readProgress(tx, id);
  });
  return c.json(envelope(progress, "Started."), 200);
});

router.openapi(routes.next, async (c) => {
  const principal = c.get("principal");
  const id = ownInterview(principal, c.req.valid("param").id);
  const answer = await withUserTransaction(principal, async (tx) => {
    await closeIfOverdue(tx, id);
    const interview = await readProgress(tx, id);
    if (interview.status === "pending") return { refused: REFUSALS.pending() };
    const [question] = interview.status !== "in_progress" ? [] : await query(
      tx,
      sql<InterviewQuestion>`
        select q.id, q.position, q.text, q.category, q.time_limit_seconds, q.parent_question_id
        from public.interview_questions q
        where q.interview_id = ${id}
          and not exists (select from public.interview_responses r where r.question_id = q.id)
        order by q.position, q.follow_up_index
        limit 1`,
    );
    // Each time a question is shown is on the record: when it was first seen, and again.
    if (question) {
      await query(
        tx,
        interviewEvent(
          id,
          "question_served",
          { question_id: question.id },
          "candidate",
        ),
      );
    }
    return { answer: { question: question ?? null, interview } };
  });
  if ("refused" in answer) throw answer.refused;
  return c.json(envelope(answer.answer), 200);
});

/** A follow-up is worth asking only with at least this much of the interview's time left. */
const FOLLOW_UP_MIN_SECONDS = 60;

/** The answered question as the evaluator and the follow-up decision need it. */
interface AnsweredQuestion extends QuestionToEvaluate {
  main_id: string;
  follow_ups: number;
  max_follow_ups: number;
  seconds_left: number;
}

router.openapi(routes.respond, async (c) => {
  const principal = c.get("principal");
  const id = ownInterview(principal, c.req.valid("param").id);
  const { question_id, answer_text, duration_seconds } = c.req.valid("json");
  // Recorded under the candidate's credential: row-level security and the candidate guards
  // decide. A question of another interview fails the (question_id, interview_id) foreign key:
  // 404. A second answer to one question fails its unique key: 409.
  const outcome = await withUserTransaction(principal, async (tx) => {
    const refused = await refuseUnlessInProgress(tx, id);
    if (refused) return { refused };
    const [answer] = await query(
      tx,
      sql<RecordedAnswer>`
        insert into public.interview_responses (owner_id, interview_id, question_id, answer_text, duration_seconds)
        select owner_id, id, ${question_id}, ${answer_text}, ${duration_seconds ?? null}
        from public.interviews where id = ${id}
        returning id, interview_id, question_id, answer_text, duration_seconds, created_at`,
    );
    const [question] = await query(
      tx,
      sql<AnsweredQuestion>`
        select q.text, q.category, q.difficulty, q.competency, q.expected_points, q.rubric,
               q.parent_question_id is not null as is_follow_up,
               coalesce(q.parent_question_id, q.id) as main_id,
               (select count(*)::int from public.interview_questions f
                where f.parent_question_id = coalesce(q.parent_question_id, q.id)) as follow_ups,
               i.max_follow_ups,
               extract(epoch from i.deadline_at - now())::float8 as seconds_left
        from public.interview_questions q
        join public.interviews i on i.id = q.interview_id
        where q.id = ${question_id}`,
    );
    await query(
      tx,
      interviewEvent(id, "answer_received", {
        question_id,
        response_id: answer.id,
      }, "candidate"),
    );
    return { answer, question };
  });
  if ("refused" in outcome) throw outcome.refused;
  const { answer, question } = outcome;

  // Evaluated outside any transaction: a slow AI holds no locks. An evaluation that fails
  // (the provider is down or slow) leaves the answer recorded: the interview goes on without a
  // follow-up, and the report evaluates it later.
  const ai = interviewAI();
  const followUpAllowed = question.follow_ups < question.max_follow_ups &&
    question.seconds_left >= FOLLOW_UP_MIN_SECONDS;
  // The evaluator is given the question as it judges one (never the interview's bookkeeping).
  const judged = evaluatorQuestion(question);
  const options = { followUpAllowed, moment: "answer" as const };
  const evaluated = await recordCall(
    ai,
    "answer_evaluation",
    { question: judged, answer_text, options },
    () => ai.evaluateAnswer(judged, answer_text, options),
  );
  if (!evaluated.ok) {
    console.warn(
      `[interviews] answer ${answer.id} left for the report: ${evaluated.call.error}`,
    );
  }
  const assessment = evaluated.ok ? evaluated.value : null;

  // Written as the evaluator, service-level: a candidate's credential may not score an answer.
  // The call is recorded in the same transaction as its evaluation (or alone, with its error).
  const progress = await withServiceTransaction(async (tx) => {
    await query(
      tx,
      aiEvents(id, [{
        ...evaluated.call,
        question_id,
        response_id: answer.id,
      }]),
    );
    if (assessment) {
      const { evaluation, follow_up } = assessment;
      await query(
        tx,
        sql`
          update public.interview_responses
          set score = ${evaluation.score},
              score_details = ${jsonb(evaluationRecord(evaluation, ai))},
              flags = ${evaluation.flags},
              evaluated_at = now()
          where id = ${answer.id}`,
      );
      // Never past the limit per main question, nor past the interview's deadline.
      if (follow_up) {
        await query(
          tx,
          sql`
            insert into public.interview_questions
              (owner_id, interview_id, position, follow_up_index, parent_question_id, text, category,
               difficulty, competency, expected_points, time_limit_seconds, source, rubric)
            select i.owner_id, i.id, m.position, ${
            question.follow_ups + 1
          }, m.id, ${follow_up.text},
                   m.category, m.difficulty, m.competency, ${follow_up.expected_points},
                   ${follow_up.time_limit_seconds}, 'follow_up', ${jsonb(follow_up.rubric)}
            from public.interviews i
            join public.interview_questions m on m.interview_id = i.id and m.id = ${question.main_id}
            where i.id = ${id} and i.status = 'in_progress'
              and i.deadline_at >= now() + make_interval(secs => ${follow_up.time_limit_seconds})
              and (select count(*) from public.interview_questions f where f.parent_question_id = m.id)
                < i.max_follow_ups
            on conflict do nothing`,
        );
      }
    }
    return await readProgress(tx, id);
  });
  return c.json(envelope({ answer, interview: progress }), 201);
});

/**
 * Records calls that produced nothing to store (the AI failed), in a transaction of their own:
 * the trail keeps the failure even though the request is refused. A trail that cannot be written
 * is logged, and the caller's own error stands.
 */
async function recordFailedCalls(interviewId: string, calls: AiCall[]) {
  await withServiceTransaction((tx) => query(tx, aiEvents(interviewId, calls)))
    .catch((error) => {
      console.error(
        `[interviews] a failed AI call went unrecorded: ${describeError(error)}`,
      );
    });
}

router.openapi(routes.finish, async (c) => {
  const principal = c.get("principal");
  const id = ownInterview(principal, c.req.valid("param").id);
  const outcome = await withUserTransaction(principal, async (tx) => {
    const refused = await refuseUnlessInProgress(tx, id);
    if (refused) return { refused };
    await query(
      tx,
      sql`update public.interviews set status = 'completed', completed_at = now() where id = ${id}`,
    );
    await query(tx, interviewEvent(id, "interview_finished", {}, "candidate"));
    return { progress: await readProgress(tx, id) };
  });
  if ("refused" in outcome) throw outcome.refused;
  return c.json(envelope(outcome.progress, "Finished. Thank you."), 200);
});
