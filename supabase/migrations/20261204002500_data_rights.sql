-- Data rights: erasure and retention (GDPR Art. 17 and 5(1)(e)); the export (Art. 15, 20) is a
-- read and needs no schema.
--
-- Erasing a candidate is deleting their row: everything about them cascades (CVs, tickets,
-- interviews with their questions, answers, reports and every version, decisions, requests,
-- self-identification, the trail and the AI's records), and a trigger leaves a tombstone in
-- public.candidate_erasures first: when, by whom (or by the retention purge), and how many rows
-- of each table went, with no personal data (not even the candidate's id). The files are
-- removed by the function that deletes the row, in the same transaction (DELETE /candidates/:id),
-- or queued for the application when the retention purge erases (SQL cannot reach Storage).
--
-- Retention: private.apply_retention() erases candidates with no activity for
-- `candidate_days` (default 365) and removes AI records older than `ai_log_days` (default and
-- minimum 183: the EU AI Act keeps a high-risk system's logs at least six months, Art. 19 and
-- 26(6)). pg_cron runs it daily where the extension exists (hosted Supabase); the local stack's
-- own scheduler runs it otherwise (shared/rights/retention.ts, with CANDIDATE_RETENTION_DAYS and
-- AI_LOG_RETENTION_DAYS).

-- Tombstones -------------------------------------------------------------------------------------

create table public.candidate_erasures (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references public.users (id) on delete cascade,
  erased_at timestamptz not null default now(),
  -- The recruiter who erased the candidate; null when the retention purge did (or work with no
  -- caller, such as an operator's SQL).
  erased_by uuid,
  reason text not null check (reason in ('request', 'retention')),
  -- Rows removed, per table.
  rows jsonb not null check (jsonb_typeof(rows) = 'object'),
  -- CV files removed with them.
  files integer not null check (files >= 0)
);
comment on table public.candidate_erasures is
  'That a candidate was erased: when, by whom, how many rows. No personal data.';

create index candidate_erasures_owner_idx on public.candidate_erasures (owner_id, erased_at desc);

-- Before the row goes, what goes with it is counted and the tombstone written. SECURITY DEFINER:
-- the counts are of every row about the candidate, whoever may read them, and the tombstone is
-- written by this function alone. When the recruiter's own account is being deleted, there is no
-- one left to keep a tombstone for.
create function private.record_erasure() returns trigger
  language plpgsql
  security definer
  set search_path = ''
  as $$
  declare
    counts jsonb;
    reason text := coalesce(nullif(current_setting('app.erasure_reason', true), ''), 'request');
  begin
    if not exists (select from public.users where id = old.owner_id) then
      return old;
    end if;
    counts := jsonb_build_object(
      'candidates', 1,
      'cvs', (select count(*) from public.cvs where candidate_id = old.id),
      'interview_tickets', (select count(*) from public.interview_tickets where candidate_id = old.id),
      'interviews', (select count(*) from public.interviews where candidate_id = old.id),
      'interview_questions', (select count(*) from public.interview_questions q
        join public.interviews i on i.id = q.interview_id where i.candidate_id = old.id),
      'interview_responses', (select count(*) from public.interview_responses r
        join public.interviews i on i.id = r.interview_id where i.candidate_id = old.id),
      'interview_reports', (select count(*) from public.interview_reports r
        join public.interviews i on i.id = r.interview_id where i.candidate_id = old.id),
      'interview_report_versions', (select count(*) from public.interview_report_versions v
        join public.interview_reports r on r.id = v.report_id
        join public.interviews i on i.id = r.interview_id where i.candidate_id = old.id),
      'interview_decisions', (select count(*) from public.interview_decisions where candidate_id = old.id),
      'candidate_requests', (select count(*) from public.candidate_requests where candidate_id = old.id),
      'interview_events', (select count(*) from public.interview_events where candidate_id = old.id),
      'ai_events', (select count(*) from public.ai_events where candidate_id = old.id),
      'self_identifications', (select count(*) from private.self_identifications where candidate_id = old.id)
    );
    insert into public.candidate_erasures (owner_id, erased_by, reason, rows, files)
    values (old.owner_id, (select auth.uid()), reason, counts, (counts ->> 'cvs')::int);
    return old;
  end;
  $$;
revoke execute on function private.record_erasure() from public, anon, authenticated;

create trigger candidates_record_erasure before delete on public.candidates
  for each row execute function private.record_erasure();

alter table public.candidate_erasures enable row level security;
revoke insert, update, delete, truncate on public.candidate_erasures from anon, authenticated, service_role;

create policy "Recruiters can read the tombstones of the candidates they erased"
  on public.candidate_erasures for select to authenticated
  using (owner_id = (select auth.uid()));

-- Retention --------------------------------------------------------------------------------------

-- What the daily purge applies when it is not told (pg_cron runs it without arguments): one row.
create table private.retention_settings (
  id boolean primary key default true check (id),
  candidate_days integer not null default 365 check (candidate_days >= 1),
  -- Never less than six months (the EU AI Act's minimum for a high-risk system's logs).
  ai_log_days integer not null default 183 check (ai_log_days >= 183)
);
comment on table private.retention_settings is
  'The retention purge''s periods when run without arguments (pg_cron); service access only.';
insert into private.retention_settings default values;
alter table private.retention_settings enable row level security;
revoke all on private.retention_settings from public, anon, authenticated, service_role;

-- CV files of candidates the purge erased, for the application to remove from Storage.
create table private.pending_file_removals (
  id bigint generated always as identity primary key,
  storage_path text not null,
  queued_at timestamptz not null default now()
);
comment on table private.pending_file_removals is
  'Files of erased candidates awaiting removal from storage (opaque paths, no personal data).';
alter table private.pending_file_removals enable row level security;
revoke all on private.pending_file_removals from public, anon, authenticated, service_role;

-- Erases every candidate without activity (the candidate row, its CVs, its interviews, or any
-- event of its trail) for `candidate_days`, queueing their files, and removes AI records older
-- than `ai_log_days` (never under 183). Arguments left null come from private.retention_settings.
-- SECURITY DEFINER: it acts across every recruiter's rows, as the tables' owner (the trail's
-- guard lets the owner remove what the purge removes).
create function private.apply_retention(
  p_candidate_days integer default null,
  p_ai_log_days integer default null
) returns jsonb
  language plpgsql
  security definer
  set search_path = ''
  as $$
  declare
    candidate_days integer;
    ai_log_days integer;
    erased integer := 0;
    queued integer := 0;
    removed integer := 0;
    found_files integer;
    expired record;
  begin
    select coalesce(p_candidate_days, s.candidate_days), greatest(183, coalesce(p_ai_log_days, s.ai_log_days))
      into candidate_days, ai_log_days
      from private.retention_settings s;
    candidate_days := coalesce(candidate_days, 365);
    ai_log_days := coalesce(ai_log_days, 183);
    if candidate_days < 1 then
      raise exception 'candidate_days must be at least 1' using errcode = '22023';
    end if;

    perform pg_catalog.set_config('app.erasure_reason', 'retention', true);
    for expired in
      select c.id from public.candidates c
      where greatest(
        c.created_at, c.updated_at,
        (select max(updated_at) from public.cvs v where v.candidate_id = c.id),
        (select max(updated_at) from public.interviews i where i.candidate_id = c.id),
        (select max(created_at) from public.interview_events e where e.candidate_id = c.id)
      ) < now() - make_interval(days => candidate_days)
      for update skip locked
    loop
      insert into private.pending_file_removals (storage_path)
        select storage_path from public.cvs where candidate_id = expired.id;
      get diagnostics found_files = row_count;
      queued := queued + found_files;
      delete from public.candidates where id = expired.id;
      erased := erased + 1;
    end loop;
    perform pg_catalog.set_config('app.erasure_reason', '', true);

    delete from public.ai_events where created_at < now() - make_interval(days => ai_log_days);
    get diagnostics removed = row_count;

    return jsonb_build_object(
      'candidates_erased', erased, 'files_queued', queued, 'ai_events_removed', removed,
      'candidate_days', candidate_days, 'ai_log_days', ai_log_days);
  end;
  $$;
revoke execute on function private.apply_retention(integer, integer) from public, anon, authenticated, service_role;
comment on function private.apply_retention(integer, integer) is
  'The daily retention purge: erases inactive candidates (files queued) and old AI records.';

-- Daily, where pg_cron exists (hosted Supabase has it; a plain PostgreSQL usually has not, and
-- the local stack schedules the purge itself). A database where the extension is listed but not
-- loaded (pg_cron needs shared_preload_libraries) goes on without it.
do $$
begin
  if exists (select from pg_catalog.pg_available_extensions where name = 'pg_cron') then
    begin
      create extension if not exists pg_cron;
      perform cron.schedule('interview-platform-retention', '17 3 * * *',
                            'select private.apply_retention()');
    exception when others then
      raise notice 'pg_cron is not usable here (%): the application schedules the retention purge', sqlerrm;
    end;
  end if;
end;
$$;
