-- The interviewer: answers evaluated when they arrive, follow-up questions, rubrics stored with
-- each question, and reports that show their evidence and say which AI produced them.
--
-- Follow-ups: a question may follow up another one of the same interview (its main question).
-- It takes its main question's position and a follow-up index (1, 2, 3), so an interview reads
-- in order by (position, follow_up_index) and the next question served is the first unanswered
-- one in that order: a follow-up before the next main question.

-- interview_settings: how many follow-ups a main question may get, and the share of the main
-- questions that probe the CV's concrete claims. Existing jobs take the defaults.
update public.job_descriptions
set interview_settings = '{"max_follow_ups": 1, "cv_claim_share": 0.25}'::jsonb || interview_settings
where not (interview_settings ? 'max_follow_ups' and interview_settings ? 'cv_claim_share');

alter table public.job_descriptions
  alter column interview_settings set default
    '{"question_count": 8, "duration_minutes": 45, "difficulty": "medium", "focus_areas": [], "max_follow_ups": 1, "cv_claim_share": 0.25}',
  add constraint job_descriptions_interview_settings_follow_ups_check check (
    jsonb_typeof(interview_settings -> 'max_follow_ups') = 'number'
    and (interview_settings ->> 'max_follow_ups')::numeric in (0, 1, 2, 3)
    and jsonb_typeof(interview_settings -> 'cv_claim_share') = 'number'
    and (interview_settings ->> 'cv_claim_share')::numeric between 0 and 1
  );

-- interviews: the follow-up limit is fixed when the interview is created, like its duration, so
-- a job edited later does not change an interview under way.
alter table public.interviews
  add column max_follow_ups smallint not null default 1 check (max_follow_ups between 0 and 3);

-- A candidate's credential moves the interview through its states only: the new column is as
-- fixed for it as the others.
create or replace function private.guard_candidate_interview_update() returns trigger
  language plpgsql
  set search_path = ''
  as $$
  begin
    if (select private.candidate_interview_id()) is null then
      return new;
    end if;
    if (new.owner_id, new.candidate_id, new.job_description_id, new.ticket_id, new.duration_minutes,
        new.max_follow_ups, new.created_at)
       is distinct from
       (old.owner_id, old.candidate_id, old.job_description_id, old.ticket_id, old.duration_minutes,
        old.max_follow_ups, old.created_at) then
      raise exception 'a candidate may only move the interview through its states'
        using errcode = '42501';
    end if;
    if not (
      (old.status = 'pending' and new.status = 'in_progress')
      or (old.status = 'in_progress' and new.status in ('completed', 'expired'))
    ) then
      raise exception 'a candidate may not move an interview from % to %', old.status, new.status
        using errcode = '42501';
    end if;
    return new;
  end;
  $$;

-- interview_questions ---------------------------------------------------------------------------

alter table public.interview_questions
  add column parent_question_id uuid,
  add column follow_up_index smallint not null default 0 check (follow_up_index between 0 and 3),
  -- Where the question comes from: the job, a claim of the CV, the CV's roles and skills, the
  -- general banks, or a follow-up.
  add column source text not null default 'job'
    check (source in ('job', 'cv_claim', 'cv', 'general', 'follow_up')),
  -- What answers are judged against (points with their kinds, the subject, a probed claim).
  -- Never shown to the candidate.
  add column rubric jsonb check (rubric is null or jsonb_typeof(rubric) = 'object'),
  add constraint interview_questions_follow_up_check
    check ((parent_question_id is null) = (follow_up_index = 0)),
  add constraint interview_questions_follow_up_source_check
    check ((parent_question_id is null) = (source <> 'follow_up')),
  -- A follow-up belongs to a question of the same interview.
  add constraint interview_questions_parent_fkey
    foreign key (parent_question_id, interview_id)
    references public.interview_questions (id, interview_id) on delete cascade;

-- A follow-up shares its main question's position.
alter table public.interview_questions
  drop constraint interview_questions_interview_id_position_key,
  add constraint interview_questions_interview_id_position_key
    unique (interview_id, position, follow_up_index);

create index interview_questions_parent_idx
  on public.interview_questions (parent_question_id, interview_id)
  where parent_question_id is not null;

-- interview_responses ---------------------------------------------------------------------------

-- score_details holds the evaluation: the points covered, each with the quote from the answer
-- that covers it, the points missed, a one-sentence reason, the flags, and the provider, model
-- and prompt version that produced it.
alter table public.interview_responses
  add column flags text[] not null default '{}'
    check (flags <@ array['prompt_injection', 'rubric_recital', 'keyword_stuffing', 'off_topic']::text[]),
  add column evaluated_at timestamptz;

-- A candidate never scores, flags or evaluates an answer, only gives it.
create or replace function private.guard_candidate_response_insert() returns trigger
  language plpgsql
  set search_path = ''
  as $$
  begin
    if (select private.candidate_interview_id()) is null then
      return new;
    end if;
    if new.score is not null or new.score_details is not null or new.evaluated_at is not null
       or cardinality(new.flags) > 0 then
      raise exception 'a candidate may not score an answer' using errcode = '42501';
    end if;
    if not exists (select from public.interviews where id = new.interview_id and status = 'in_progress') then
      raise exception 'answers are taken only while the interview is in progress'
        using errcode = '42501';
    end if;
    return new;
  end;
  $$;

-- interview_reports -----------------------------------------------------------------------------

alter table public.interview_reports
  -- The job the interview was for: a report names what the candidate was assessed against.
  add column job_description_id uuid,
  -- Per competency: score, reason, evidence; the flags; the claim check.
  add column details jsonb not null default '{}' check (jsonb_typeof(details) = 'object'),
  add column prompt_version text check (length(prompt_version) <= 100),
  add column rubric_version text check (length(rubric_version) <= 100),
  -- Checked at the end of the statement, so deleting an account removes both at once.
  add constraint interview_reports_job_fkey
    foreign key (job_description_id, owner_id)
    references public.job_descriptions (id, owner_id);

update public.interview_reports r
set job_description_id = i.job_description_id
from public.interviews i
where i.id = r.interview_id;

create index interview_reports_job_owner_idx on public.interview_reports (job_description_id, owner_id);
