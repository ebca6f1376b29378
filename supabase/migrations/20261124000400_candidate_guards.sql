-- What a candidate's interview credential may change, beyond which rows it reaches.
--
-- Row-level security scopes a candidate to one interview; these triggers narrow what it may do
-- there, so the database keeps the interview's record honest even if a handler has a bug:
--   * on its interview, only the state moves a candidate makes (start, finish, time running
--     out), and only the columns those moves set;
--   * questions only in the transaction that starts the interview;
--   * answers only while it is in progress, and never with a score.
-- Recruiters and service-level work are not affected.

create function private.guard_candidate_interview_update() returns trigger
  language plpgsql
  set search_path = ''
  as $$
  begin
    if (select private.candidate_interview_id()) is null then
      return new;
    end if;
    if (new.owner_id, new.candidate_id, new.job_description_id, new.ticket_id, new.duration_minutes, new.created_at)
       is distinct from
       (old.owner_id, old.candidate_id, old.job_description_id, old.ticket_id, old.duration_minutes, old.created_at) then
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

create trigger interviews_guard_candidate_update
  before update on public.interviews
  for each row execute function private.guard_candidate_interview_update();

create function private.guard_candidate_question_insert() returns trigger
  language plpgsql
  set search_path = ''
  as $$
  begin
    -- now() is the transaction's start time: started_at = now() means "started by this very
    -- transaction", which is how the interviews function adds them.
    if (select private.candidate_interview_id()) is not null and not exists (
      select from public.interviews
      where id = new.interview_id and status = 'in_progress' and started_at = now()
    ) then
      raise exception 'questions are added only when the interview starts'
        using errcode = '42501';
    end if;
    return new;
  end;
  $$;

create trigger interview_questions_guard_candidate_insert
  before insert on public.interview_questions
  for each row execute function private.guard_candidate_question_insert();

create function private.guard_candidate_response_insert() returns trigger
  language plpgsql
  set search_path = ''
  as $$
  begin
    if (select private.candidate_interview_id()) is null then
      return new;
    end if;
    if new.score is not null or new.score_details is not null then
      raise exception 'a candidate may not score an answer' using errcode = '42501';
    end if;
    if not exists (select from public.interviews where id = new.interview_id and status = 'in_progress') then
      raise exception 'answers are taken only while the interview is in progress'
        using errcode = '42501';
    end if;
    return new;
  end;
  $$;

create trigger interview_responses_guard_candidate_insert
  before insert on public.interview_responses
  for each row execute function private.guard_candidate_response_insert();

revoke execute on function private.guard_candidate_interview_update() from public, anon, authenticated;
revoke execute on function private.guard_candidate_question_insert() from public, anon, authenticated;
revoke execute on function private.guard_candidate_response_insert() from public, anon, authenticated;
