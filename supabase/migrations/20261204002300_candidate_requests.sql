-- The candidate can ask. With the interview's credential a candidate asks for an explanation of
-- the assessment (GDPR Art. 15(1)(h) and 22(3), EU AI Act Art. 86) or for a person to review it
-- (GDPR Art. 22(3): human intervention, contesting the decision); the recruiter sees open
-- requests on the interview and answers each once; the candidate reads the answer. An
-- explanation is generated from the report's evidence when the recruiter answers, and kept with
-- the answer as it was given.
--
-- Opening and answering a request are recorded in the interview's trail by triggers, in the same
-- transaction.

create table public.candidate_requests (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references public.users (id) on delete cascade,
  interview_id uuid not null,
  candidate_id uuid not null,
  kind text not null check (kind in ('explanation', 'human_review')),
  message text check (length(message) <= 5000),
  status text not null default 'open' check (status in ('open', 'answered')),
  -- The recruiter's answer, once given.
  answer text check (length(answer) between 1 and 10000),
  -- For an explanation: what the candidate is given, generated from the report's evidence.
  explanation jsonb check (explanation is null or jsonb_typeof(explanation) = 'object'),
  -- The report version the answer drew on, when there was a report.
  report_version integer,
  answered_by uuid,
  answered_at timestamptz,
  created_at timestamptz not null default clock_timestamp(),
  check ((status = 'answered') = (answer is not null)),
  check ((status = 'answered') = (answered_at is not null)),
  check ((status = 'answered') = (answered_by is not null)),
  foreign key (interview_id, owner_id) references public.interviews (id, owner_id) on delete cascade,
  foreign key (candidate_id, owner_id) references public.candidates (id, owner_id) on delete cascade
);
comment on table public.candidate_requests is
  'A candidate''s request for an explanation or a human review, and its answer.';

create index candidate_requests_interview_idx on public.candidate_requests (interview_id, owner_id, created_at);
create index candidate_requests_candidate_idx on public.candidate_requests (candidate_id, owner_id);
create index candidate_requests_owner_idx on public.candidate_requests (owner_id);
-- One open request of each kind per interview: asking again before the answer adds nothing.
create unique index candidate_requests_one_open_idx on public.candidate_requests (interview_id, kind)
  where status = 'open';

-- A request is what the candidate asked, on its own interview's candidate, open, at the
-- database's time: nothing answered can be slipped in with it.
create function private.stamp_candidate_request() returns trigger
  language plpgsql
  set search_path = ''
  as $$
  begin
    new.created_at := clock_timestamp();
    new.status := 'open';
    new.answer := null;
    new.explanation := null;
    new.report_version := null;
    new.answered_by := null;
    new.answered_at := null;
    select candidate_id into new.candidate_id from public.interviews where id = new.interview_id;
    return new;
  end;
  $$;
revoke execute on function private.stamp_candidate_request() from public, anon, authenticated;

create trigger candidate_requests_stamp before insert on public.candidate_requests
  for each row execute function private.stamp_candidate_request();

-- A request is answered once, by its recruiter; what was asked never changes.
create function private.guard_request_answer() returns trigger
  language plpgsql
  set search_path = ''
  as $$
  begin
    if old.status <> 'open' or new.status <> 'answered' then
      raise exception 'a request is answered once' using errcode = '42501';
    end if;
    if (new.owner_id, new.interview_id, new.candidate_id, new.kind, new.message, new.created_at)
       is distinct from
       (old.owner_id, old.interview_id, old.candidate_id, old.kind, old.message, old.created_at) then
      raise exception 'what a candidate asked never changes' using errcode = '42501';
    end if;
    new.answered_by := coalesce((select auth.uid()), new.answered_by);
    new.answered_at := clock_timestamp();
    return new;
  end;
  $$;
revoke execute on function private.guard_request_answer() from public, anon, authenticated;

create trigger candidate_requests_guard_answer before update on public.candidate_requests
  for each row execute function private.guard_request_answer();

-- On the trail: the candidate's request when it is made, the recruiter's answer when given.
create function private.record_candidate_request() returns trigger
  language plpgsql
  set search_path = ''
  as $$
  begin
    insert into public.interview_events (owner_id, candidate_id, interview_id, kind, actor, actor_id, data)
    values (new.owner_id, new.candidate_id, new.interview_id,
            case when tg_op = 'INSERT' then 'request_opened' else 'request_answered' end,
            case when tg_op = 'INSERT' then 'candidate' else 'recruiter' end,
            case when tg_op = 'INSERT' then null else new.answered_by end,
            jsonb_build_object('request_id', new.id, 'kind', new.kind,
                               'report_version', new.report_version));
    return null;
  end;
  $$;
revoke execute on function private.record_candidate_request() from public, anon, authenticated;

create trigger candidate_requests_record after insert or update on public.candidate_requests
  for each row execute function private.record_candidate_request();

-- Kept: no request is removed but with its candidate.
create trigger candidate_requests_keep before delete on public.candidate_requests
  for each row execute function private.keep_history();
create trigger candidate_requests_no_truncate before truncate on public.candidate_requests
  for each statement execute function private.keep_history();
revoke delete, truncate on public.candidate_requests from anon, authenticated, service_role;

alter table public.candidate_requests enable row level security;

create policy "Recruiters can read requests on their own interviews, and candidates their own"
  on public.candidate_requests for select to authenticated
  using (
    owner_id = (select auth.uid())
    or interview_id = (select private.candidate_interview_id())
  );

create policy "Candidates can ask about the interview they took"
  on public.candidate_requests for insert to authenticated
  with check (interview_id = (select private.candidate_interview_id()));

create policy "Recruiters can answer requests on their own interviews"
  on public.candidate_requests for update to authenticated
  using (owner_id = (select auth.uid()))
  with check (owner_id = (select auth.uid()));
