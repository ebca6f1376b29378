-- The audit trail of an interview: every call to the AI (what it was given, what it answered,
-- how long it took, or why it failed) and every other event of the interview (its ticket issued
-- and redeemed, the notice shown to the candidate, each question served and answer received,
-- report versions, decisions, the candidate's requests). Together they answer, for a regulator
-- or for the candidate, which inputs produced which output and who decided what.
--
-- Append-only. A recorded event never changes, and no caller removes one:
--   * no UPDATE or DELETE policy, and those privileges (and TRUNCATE) are revoked from the API
--     roles, so a recruiter's or a candidate's attempt is refused by the database;
--   * a trigger refuses every UPDATE, and a DELETE made directly by an API role (service_role
--     included, which bypasses row-level security), whatever grants a later migration adds.
-- Rows go only with the whole candidate (erasure: deleting a candidate cascades as the table's
-- owner, leaving a tombstone), with the recruiter's account, or by the retention purge (a
-- SECURITY DEFINER function), never one by one from the API.
--
-- Time order: `created_at` is set by the database (clock_timestamp(), not the transaction's
-- start and never the client's), and `seq` breaks ties in insertion order.

-- interview_events --------------------------------------------------------------------------------

create table public.interview_events (
  id uuid primary key default gen_random_uuid(),
  seq bigint generated always as identity unique,
  owner_id uuid not null references public.users (id) on delete cascade,
  candidate_id uuid not null,
  -- Null only for a ticket's issue, which comes before any interview.
  interview_id uuid,
  -- The ticket an issue or a redemption is about (no key: a ticket may be deleted later).
  ticket_id uuid,
  kind text not null check (kind in (
    'ticket_issued', 'ticket_redeemed', 'notice_shown', 'interview_started', 'question_served',
    'answer_received', 'interview_finished', 'report_version_created', 'decision_recorded',
    'request_opened', 'request_answered'
  )),
  -- Who acted: the candidate (its credential, or service-level work on its behalf), a recruiter
  -- (actor_id), or the system.
  actor text not null check (actor in ('candidate', 'recruiter', 'system')),
  actor_id uuid,
  -- What the event is about (ids, versions, the decision); never the candidate's identity.
  data jsonb not null default '{}' check (jsonb_typeof(data) = 'object'),
  created_at timestamptz not null default clock_timestamp(),
  check ((actor = 'recruiter') = (actor_id is not null)),
  check (interview_id is not null or kind = 'ticket_issued'),
  -- Erasing the candidate erases its trail; deleting an interview alone is refused while it has
  -- a trail (checked at the end of the statement, so a candidate's erasure takes both).
  foreign key (candidate_id, owner_id) references public.candidates (id, owner_id) on delete cascade,
  foreign key (interview_id, owner_id) references public.interviews (id, owner_id)
);
comment on table public.interview_events is
  'An interview''s trail beside its AI calls: append-only, removed only with the candidate.';

create index interview_events_interview_idx on public.interview_events (interview_id, owner_id, created_at);
create index interview_events_candidate_idx on public.interview_events (candidate_id, owner_id);
create index interview_events_owner_idx on public.interview_events (owner_id);
create index interview_events_ticket_idx on public.interview_events (ticket_id) where ticket_id is not null;

-- ai_events ---------------------------------------------------------------------------------------

create table public.ai_events (
  id uuid primary key default gen_random_uuid(),
  seq bigint generated always as identity unique,
  owner_id uuid not null references public.users (id) on delete cascade,
  candidate_id uuid not null,
  -- Null for a call about a CV rather than an interview (a CV's extraction).
  interview_id uuid,
  -- What the call was about, where it is one thing (no keys: ids for the reader).
  question_id uuid,
  response_id uuid,
  report_id uuid,
  cv_id uuid,
  task text not null check (task in (
    'questions', 'answer_evaluation', 'report_evaluation', 'report_prose', 'cv_extraction'
  )),
  provider text not null check (length(provider) between 1 and 100),
  model text check (length(model) <= 200),
  prompt_version text not null check (length(prompt_version) between 1 and 100),
  -- SHA-256 of `input` as canonical JSON (keys sorted, no spaces): anyone can recompute it.
  input_sha256 text not null check (input_sha256 ~ '^[0-9a-f]{64}$'),
  -- Exactly what the AI was given: the job, the CV without the candidate's identity, the
  -- question and the answer. Never the candidate's name, contact details or self-identification.
  input jsonb not null,
  output jsonb,
  error text check (length(error) <= 1000),
  latency_ms integer not null check (latency_ms >= 0),
  -- When the call started (the application's clock); created_at is when it was recorded.
  called_at timestamptz not null,
  created_at timestamptz not null default clock_timestamp(),
  check (output is not null or error is not null),
  check (interview_id is not null or task = 'cv_extraction'),
  foreign key (candidate_id, owner_id) references public.candidates (id, owner_id) on delete cascade,
  foreign key (interview_id, owner_id) references public.interviews (id, owner_id)
);
comment on table public.ai_events is
  'Every call to the AI with its input, output, model and prompt version: append-only, kept at least AI_LOG_RETENTION_DAYS.';

create index ai_events_interview_idx on public.ai_events (interview_id, owner_id, created_at);
create index ai_events_candidate_idx on public.ai_events (candidate_id, owner_id);
create index ai_events_owner_idx on public.ai_events (owner_id);
-- The retention purge reads the oldest first.
create index ai_events_created_idx on public.ai_events (created_at);

-- What an event is stamped with, whatever the client sent ------------------------------------------

-- The time is the database's; a caller with an identity is the actor it is (a candidate's
-- credential cannot write a recruiter's event, nor a recruiter another's); an event of an
-- interview is about that interview's candidate. Service-level work (no caller) names its
-- actor itself: redeeming a ticket and evaluating an answer act for the candidate.
create function private.stamp_trail_event() returns trigger
  language plpgsql
  set search_path = ''
  as $$
  declare
    caller uuid := (select auth.uid());
    interview_candidate uuid;
  begin
    new.created_at := clock_timestamp();
    if new.interview_id is not null then
      select candidate_id into interview_candidate from public.interviews where id = new.interview_id;
      if interview_candidate is not null then
        new.candidate_id := interview_candidate;
      end if;
    end if;
    if tg_table_name = 'interview_events' then
      if (select private.candidate_interview_id()) is not null then
        new.actor := 'candidate';
        new.actor_id := null;
      elsif caller is not null then
        new.actor := 'recruiter';
        new.actor_id := caller;
      end if;
    end if;
    return new;
  end;
  $$;
revoke execute on function private.stamp_trail_event() from public, anon, authenticated;

create trigger interview_events_stamp before insert on public.interview_events
  for each row execute function private.stamp_trail_event();
create trigger ai_events_stamp before insert on public.ai_events
  for each row execute function private.stamp_trail_event();

-- Append-only ------------------------------------------------------------------------------------

create function private.refuse_trail_change() returns trigger
  language plpgsql
  set search_path = ''
  as $$
  begin
    if tg_op = 'UPDATE' then
      raise exception '% is append-only: a recorded event never changes', tg_table_name
        using errcode = '42501';
    end if;
    if tg_op = 'TRUNCATE' then
      raise exception '% is append-only: it cannot be truncated', tg_table_name
        using errcode = '42501';
    end if;
    -- A cascade (a candidate's erasure, an account's deletion) and the retention purge run as
    -- the table's owner; an API role deleting rows itself is refused, even one that bypasses
    -- row-level security.
    if current_user in ('anon', 'authenticated', 'service_role') then
      raise exception '% is append-only: events are removed only with their candidate or by the retention purge', tg_table_name
        using errcode = '42501';
    end if;
    return old;
  end;
  $$;
revoke execute on function private.refuse_trail_change() from public, anon, authenticated;

create trigger interview_events_append_only before update or delete on public.interview_events
  for each row execute function private.refuse_trail_change();
create trigger interview_events_no_truncate before truncate on public.interview_events
  for each statement execute function private.refuse_trail_change();
create trigger ai_events_append_only before update or delete on public.ai_events
  for each row execute function private.refuse_trail_change();
create trigger ai_events_no_truncate before truncate on public.ai_events
  for each statement execute function private.refuse_trail_change();

revoke update, delete, truncate on public.interview_events from anon, authenticated, service_role;
revoke update, delete, truncate on public.ai_events from anon, authenticated, service_role;

-- Row-level security -----------------------------------------------------------------------------

alter table public.interview_events enable row level security;
alter table public.ai_events enable row level security;

-- What a candidate's own requests may record: its moves through the interview and its requests.
-- Everything else (tickets, notices, reports, decisions, answers to requests) is recorded by the
-- recruiter's requests or service-level work.
create function private.is_candidate_event(kind text) returns boolean
  language sql
  immutable
  set search_path = ''
  as $$
    select kind in ('interview_started', 'question_served', 'answer_received', 'interview_finished',
                    'request_opened')
  $$;
revoke execute on function private.is_candidate_event(text) from public;
grant execute on function private.is_candidate_event(text) to authenticated, service_role;

create policy "Recruiters can read their own interviews' trails"
  on public.interview_events for select to authenticated
  using (owner_id = (select auth.uid()));

create policy "Recruiters can record events of their own interviews, and candidates their own moves"
  on public.interview_events for insert to authenticated
  with check (
    (owner_id = (select auth.uid()) and not private.is_candidate_event(kind))
    or (interview_id = (select private.candidate_interview_id()) and private.is_candidate_event(kind))
  );

create policy "Recruiters can read their own interviews' AI calls"
  on public.ai_events for select to authenticated
  using (owner_id = (select auth.uid()));

-- The questions are generated when the candidate starts the interview, under its credential:
-- their call is recorded in the same transaction (a guard below keeps it to that transaction).
create policy "AI calls can be recorded by the interview's recruiter, and its questions by its candidate"
  on public.ai_events for insert to authenticated
  with check (
    owner_id = (select auth.uid())
    or (interview_id = (select private.candidate_interview_id()) and task = 'questions')
  );

-- A candidate records the questions' call only in the transaction that starts its interview, as
-- it adds the questions themselves (20261124000400_candidate_guards.sql).
create function private.guard_candidate_ai_event() returns trigger
  language plpgsql
  set search_path = ''
  as $$
  begin
    if (select private.candidate_interview_id()) is not null and not exists (
      select from public.interviews
      where id = new.interview_id and status = 'in_progress' and started_at = now()
    ) then
      raise exception 'a candidate records only the call that made its questions, as it starts'
        using errcode = '42501';
    end if;
    return new;
  end;
  $$;
revoke execute on function private.guard_candidate_ai_event() from public, anon, authenticated;

create trigger ai_events_guard_candidate_insert before insert on public.ai_events
  for each row execute function private.guard_candidate_ai_event();
