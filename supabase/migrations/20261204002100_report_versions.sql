-- Reports keep every version: the AI's first (POST /reports), a re-score with the current
-- provider, prompt and rubric (POST /reports/:id/rescore), and a person's review, each changed
-- value with its reason (POST /reports/:id/review). The EU AI Act asks that a person can
-- disregard, override or reverse the output of a high-risk system (Art. 14(4)(d)); keeping the
-- AI's version beside the human one shows both.
--
-- public.interview_reports holds the current version (so GET /reports and every reader of a
-- report keep working) and which version that is; public.interview_report_versions holds them
-- all, append-only. A version is the only way a report's content changes: inserting one copies
-- it onto the report (a trigger, in the same statement), and a direct update of the report's
-- content is refused. Each version is recorded in the interview's trail by the same trigger.

-- The report row: which version it shows -----------------------------------------------------------

alter table public.interview_reports
  -- 0 only between the report's insert and its first version, in the same transaction.
  add column current_version integer not null default 0 check (current_version >= 0),
  add column source text not null default 'ai' check (source in ('ai', 'human')),
  -- The person who made the current version, when a person did.
  add column reviewer_id uuid,
  -- For a human version: each changed value, from what, to what, and why.
  add column changes jsonb not null default '[]' check (jsonb_typeof(changes) = 'array'),
  -- The AI version the current one rests on (itself, for an AI version): its content is the
  -- AI's original shown beside a human change.
  add column ai_version integer not null default 0 check (ai_version >= 0),
  add constraint interview_reports_id_owner_key unique (id, owner_id);

-- interview_report_versions -------------------------------------------------------------------------

create table public.interview_report_versions (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references public.users (id) on delete cascade,
  report_id uuid not null,
  version integer not null check (version >= 1),
  -- 'ai': the first report, or a re-score; 'human': a person's review of `based_on_version`.
  source text not null check (source in ('ai', 'human')),
  based_on_version integer check (based_on_version >= 1),
  overall_score numeric(5, 2) not null check (overall_score between 0 and 100),
  recommendation text not null check (recommendation in ('strong_hire', 'hire', 'maybe', 'no_hire')),
  summary text not null check (length(summary) <= 10000),
  strengths text[] not null default '{}',
  weaknesses text[] not null default '{}',
  competency_scores jsonb not null default '{}' check (jsonb_typeof(competency_scores) = 'object'),
  details jsonb not null default '{}' check (jsonb_typeof(details) = 'object'),
  -- Which AI produced it (for a human version: the AI version it rests on).
  provider text not null check (length(provider) <= 100),
  model text check (length(model) <= 200),
  prompt_version text check (length(prompt_version) <= 100),
  rubric_version text check (length(rubric_version) <= 100),
  reviewer_id uuid,
  changes jsonb not null default '[]' check (jsonb_typeof(changes) = 'array'),
  created_at timestamptz not null default clock_timestamp(),
  unique (report_id, version),
  check ((source = 'human') = (reviewer_id is not null)),
  check ((source = 'human') = (based_on_version is not null)),
  check (source = 'ai' or jsonb_array_length(changes) > 0),
  foreign key (report_id, owner_id)
    references public.interview_reports (id, owner_id) on delete cascade
);
comment on table public.interview_report_versions is
  'Every version of a report, the AI''s and people''s: append-only; the report shows the latest.';

create index interview_report_versions_report_owner_idx
  on public.interview_report_versions (report_id, owner_id);
create index interview_report_versions_owner_idx on public.interview_report_versions (owner_id);

-- What a version is stamped with: the database's time, and its reviewer is the caller.
create function private.stamp_report_version() returns trigger
  language plpgsql
  set search_path = ''
  as $$
  begin
    new.created_at := clock_timestamp();
    if new.source = 'human' and (select auth.uid()) is not null then
      new.reviewer_id := (select auth.uid());
    end if;
    return new;
  end;
  $$;
revoke execute on function private.stamp_report_version() from public, anon, authenticated;

create trigger interview_report_versions_stamp before insert on public.interview_report_versions
  for each row execute function private.stamp_report_version();

-- A new version becomes the report's content, in the same statement, and goes on the trail. It
-- must follow the current version: two reviews at once cannot both be version 3.
-- SECURITY DEFINER: the report's content is written by this function alone (the guard below
-- refuses any other update), under whichever caller inserted the version.
create function private.apply_report_version() returns trigger
  language plpgsql
  security definer
  set search_path = ''
  as $$
  declare
    report_interview uuid;
  begin
    update public.interview_reports
    set overall_score = new.overall_score,
        recommendation = new.recommendation,
        summary = new.summary,
        strengths = new.strengths,
        weaknesses = new.weaknesses,
        competency_scores = new.competency_scores,
        details = new.details,
        provider = new.provider,
        model = new.model,
        prompt_version = new.prompt_version,
        rubric_version = new.rubric_version,
        current_version = new.version,
        source = new.source,
        reviewer_id = new.reviewer_id,
        changes = new.changes,
        ai_version = case when new.source = 'ai' then new.version else ai_version end
    where id = new.report_id and current_version = new.version - 1
    returning interview_id into report_interview;
    if report_interview is null then
      raise exception 'version % does not follow the report''s current version', new.version
        using errcode = '40001';
    end if;
    insert into public.interview_events (owner_id, candidate_id, interview_id, kind, actor, data)
    select i.owner_id, i.candidate_id, i.id, 'report_version_created',
           case when (select auth.uid()) is null then 'system' else 'recruiter' end,
           jsonb_build_object('report_id', new.report_id, 'version', new.version,
                              'source', new.source, 'overall_score', new.overall_score,
                              'recommendation', new.recommendation)
    from public.interviews i where i.id = report_interview;
    return null;
  end;
  $$;
revoke execute on function private.apply_report_version() from public, anon, authenticated;

create trigger interview_report_versions_apply after insert on public.interview_report_versions
  for each row execute function private.apply_report_version();

-- Every report made before versions existed becomes its own version 1 (the AI's).
insert into public.interview_report_versions
  (owner_id, report_id, version, source, overall_score, recommendation, summary, strengths,
   weaknesses, competency_scores, details, provider, model, prompt_version, rubric_version)
select owner_id, id, 1, 'ai', overall_score, recommendation, summary, strengths, weaknesses,
       competency_scores, details, provider, model, prompt_version, rubric_version
from public.interview_reports;

-- A report's content changes only by a new version ---------------------------------------------------

-- Direct statements run at trigger depth 1; the copy above runs inside a trigger (depth 2). What
-- is refused: any change to what the report says or which version it shows.
create function private.guard_report_update() returns trigger
  language plpgsql
  set search_path = ''
  as $$
  begin
    if pg_catalog.pg_trigger_depth() < 2 and (
      (new.overall_score, new.recommendation, new.summary, new.strengths, new.weaknesses,
       new.competency_scores, new.details, new.provider, new.model, new.prompt_version,
       new.rubric_version, new.current_version, new.source, new.reviewer_id, new.changes,
       new.ai_version, new.interview_id)
      is distinct from
      (old.overall_score, old.recommendation, old.summary, old.strengths, old.weaknesses,
       old.competency_scores, old.details, old.provider, old.model, old.prompt_version,
       old.rubric_version, old.current_version, old.source, old.reviewer_id, old.changes,
       old.ai_version, old.interview_id)
    ) then
      raise exception 'a report changes only by a new version (interview_report_versions)'
        using errcode = '42501';
    end if;
    return new;
  end;
  $$;
revoke execute on function private.guard_report_update() from public, anon, authenticated;

create trigger interview_reports_guard_update before update on public.interview_reports
  for each row execute function private.guard_report_update();

-- History is kept: no version changes, none is removed except with its candidate (a cascade,
-- run as the table's owner) or its recruiter's account. The same for the report itself, whose
-- removal would take its versions.
create function private.keep_history() returns trigger
  language plpgsql
  set search_path = ''
  as $$
  begin
    if tg_op = 'UPDATE' and tg_table_name <> 'interview_reports' then
      raise exception '% keeps its history: a recorded row never changes', tg_table_name
        using errcode = '42501';
    end if;
    if tg_op = 'TRUNCATE' or current_user in ('anon', 'authenticated', 'service_role') then
      raise exception '% keeps its history: rows go only with their candidate', tg_table_name
        using errcode = '42501';
    end if;
    return old;
  end;
  $$;
revoke execute on function private.keep_history() from public, anon, authenticated;

create trigger interview_report_versions_keep before update or delete on public.interview_report_versions
  for each row execute function private.keep_history();
create trigger interview_report_versions_no_truncate before truncate on public.interview_report_versions
  for each statement execute function private.keep_history();
create trigger interview_reports_keep before delete on public.interview_reports
  for each row execute function private.keep_history();
create trigger interview_reports_no_truncate before truncate on public.interview_reports
  for each statement execute function private.keep_history();

revoke update, delete, truncate on public.interview_report_versions from anon, authenticated, service_role;
revoke truncate on public.interview_reports from anon, authenticated, service_role;

-- Row-level security ---------------------------------------------------------------------------------

alter table public.interview_report_versions enable row level security;

create policy "Recruiters can read every version of their own reports"
  on public.interview_report_versions for select to authenticated
  using (owner_id = (select auth.uid()));

create policy "Recruiters can add versions to their own reports"
  on public.interview_report_versions for insert to authenticated
  with check (owner_id = (select auth.uid()));

-- A report is removed only with its candidate. (Its update policy stays: a recruiter locks its
-- report row to add a version, and the guard above refuses any direct change of its content.)
drop policy "Recruiters can delete their own interview reports" on public.interview_reports;
