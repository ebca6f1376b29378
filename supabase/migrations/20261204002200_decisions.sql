-- A person decides. POST /interviews/:id/decision records a recruiter's decision on an interview
-- (advance, reject or hold) with its reason and what it was made against (the report's version,
-- its recommendation and the AI's own). A later decision supersedes an earlier one; every one is
-- kept. GDPR Art. 22 gives candidates the right not to be subject to a decision based solely on
-- automated processing; the EU AI Act asks for human oversight (Art. 14) of a system that
-- evaluates candidates.
--
-- A candidate's status moves to `rejected`, `offered` or `hired` (and out of them) only through
-- such a decision, enforced here: a trigger on candidates refuses the change unless a decision
-- recorded in the same transaction resulted in exactly that status. No AI output, and no code
-- path that forgets to record a decision, can reject a candidate.

create table public.interview_decisions (
  id uuid primary key default gen_random_uuid(),
  -- Orders decisions made in one transaction, and ties between transactions.
  seq bigint generated always as identity unique,
  owner_id uuid not null references public.users (id) on delete cascade,
  interview_id uuid not null,
  candidate_id uuid not null,
  decision text not null check (decision in ('advance', 'reject', 'hold')),
  reason text not null check (length(btrim(reason)) between 1 and 5000),
  -- The recruiter who decided (the caller).
  decided_by uuid not null,
  -- What it was made against: the interview's report as it stood, when it had one.
  report_id uuid,
  report_version integer,
  report_source text check (report_source in ('ai', 'human')),
  overall_score numeric(5, 2),
  recommendation text check (recommendation in ('strong_hire', 'hire', 'maybe', 'no_hire')),
  ai_recommendation text check (ai_recommendation in ('strong_hire', 'hire', 'maybe', 'no_hire')),
  -- The candidate's status before and after.
  previous_status text not null,
  candidate_status text not null
    check (candidate_status in ('new', 'screening', 'interviewing', 'offered', 'hired', 'rejected')),
  -- The transaction's start: the candidate guard below matches a status change to its decision.
  created_at timestamptz not null default now(),
  check ((report_id is null) = (report_version is null)),
  foreign key (interview_id, owner_id) references public.interviews (id, owner_id) on delete cascade,
  foreign key (candidate_id, owner_id) references public.candidates (id, owner_id) on delete cascade
);
comment on table public.interview_decisions is
  'A person''s decision on an interview, with its reason and the report it was made against: append-only.';

create index interview_decisions_interview_idx on public.interview_decisions (interview_id, owner_id, seq);
create index interview_decisions_candidate_idx on public.interview_decisions (candidate_id, owner_id);
create index interview_decisions_owner_idx on public.interview_decisions (owner_id);

-- What a decision records is read from the database, not taken from the request: the decider,
-- the time, the interview's candidate, the report as it stands, and the candidate's status
-- before and after. `candidate_status` as given is a request: `offered` or `hired` for an
-- advance; everything else follows from the decision:
--   reject  -> rejected;
--   advance -> offered or hired when asked, else interviewing (or the status it has, when it
--              is offered or hired already);
--   hold    -> interviewing when the candidate was new, screening or rejected, else unchanged.
create function private.stamp_decision() returns trigger
  language plpgsql
  set search_path = ''
  as $$
  declare
    previous text;
    report record;
  begin
    new.created_at := now();
    new.decided_by := coalesce((select auth.uid()), new.decided_by);
    select candidate_id into new.candidate_id from public.interviews where id = new.interview_id;
    select status into previous from public.candidates where id = new.candidate_id for update;
    new.previous_status := coalesce(previous, new.previous_status);
    select r.id, r.current_version, r.source, r.overall_score, r.recommendation,
           coalesce(v.recommendation, r.recommendation) as ai_recommendation
      into report
      from public.interview_reports r
      left join public.interview_report_versions v
        on v.report_id = r.id and v.version = r.ai_version
      where r.interview_id = new.interview_id;
    if report.id is not null then
      new.report_id := report.id;
      new.report_version := report.current_version;
      new.report_source := report.source;
      new.overall_score := report.overall_score;
      new.recommendation := report.recommendation;
      new.ai_recommendation := report.ai_recommendation;
    else
      new.report_id := null;
      new.report_version := null;
      new.report_source := null;
      new.overall_score := null;
      new.recommendation := null;
      new.ai_recommendation := null;
    end if;
    new.candidate_status := case
      when new.decision = 'reject' then 'rejected'
      when new.decision = 'advance' and new.candidate_status in ('offered', 'hired')
        then new.candidate_status
      when new.decision = 'advance' and previous in ('offered', 'hired') then previous
      when previous in ('new', 'screening', 'rejected') or new.decision = 'advance'
        then 'interviewing'
      else previous
    end;
    return new;
  end;
  $$;
revoke execute on function private.stamp_decision() from public, anon, authenticated;

create trigger interview_decisions_stamp before insert on public.interview_decisions
  for each row execute function private.stamp_decision();

-- The decision takes effect: the candidate's status, and the interview's trail.
create function private.apply_decision() returns trigger
  language plpgsql
  set search_path = ''
  as $$
  begin
    update public.candidates set status = new.candidate_status
    where id = new.candidate_id and status is distinct from new.candidate_status;
    insert into public.interview_events (owner_id, candidate_id, interview_id, kind, actor, actor_id, data)
    values (new.owner_id, new.candidate_id, new.interview_id, 'decision_recorded', 'recruiter',
            new.decided_by,
            jsonb_build_object('decision_id', new.id, 'decision', new.decision,
                               'report_id', new.report_id, 'report_version', new.report_version,
                               'candidate_status', new.candidate_status));
    return null;
  end;
  $$;
revoke execute on function private.apply_decision() from public, anon, authenticated;

create trigger interview_decisions_apply after insert on public.interview_decisions
  for each row execute function private.apply_decision();

-- Kept: no decision changes, none is removed but with its candidate.
create trigger interview_decisions_keep before update or delete on public.interview_decisions
  for each row execute function private.keep_history();
create trigger interview_decisions_no_truncate before truncate on public.interview_decisions
  for each statement execute function private.keep_history();
revoke update, delete, truncate on public.interview_decisions from anon, authenticated, service_role;

alter table public.interview_decisions enable row level security;

create policy "Recruiters can read the decisions on their own interviews"
  on public.interview_decisions for select to authenticated
  using (owner_id = (select auth.uid()));

create policy "Recruiters can decide on their own interviews"
  on public.interview_decisions for insert to authenticated
  with check (owner_id = (select auth.uid()));

-- The candidate's status: decided only by a decision ----------------------------------------------

-- SQLSTATE P0409: the functions answer 409 DECISION_REQUIRED.
create function private.guard_decided_status() returns trigger
  language plpgsql
  set search_path = ''
  as $$
  begin
    if tg_op = 'INSERT' then
      if new.status in ('rejected', 'offered', 'hired') then
        raise exception 'a candidate is % only by a decision on an interview', new.status
          using errcode = 'P0409';
      end if;
      return new;
    end if;
    if new.status is not distinct from old.status then
      return new;
    end if;
    if (old.status in ('rejected', 'offered', 'hired') or new.status in ('rejected', 'offered', 'hired'))
       and not exists (
         select from public.interview_decisions d
         where d.candidate_id = new.id and d.created_at = now() and d.candidate_status = new.status
       ) then
      raise exception 'a candidate''s status moves from % to % only by a decision on an interview',
        old.status, new.status
        using errcode = 'P0409';
    end if;
    return new;
  end;
  $$;
revoke execute on function private.guard_decided_status() from public, anon, authenticated;

create trigger candidates_guard_decided_status before insert or update of status on public.candidates
  for each row execute function private.guard_decided_status();
