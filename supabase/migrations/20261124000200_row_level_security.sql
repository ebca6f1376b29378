-- Row-level security on all nine tables.
--
-- Supabase grants every table in `public` to `anon` and `authenticated`, so these policies are
-- the only wall between tenants. The rules:
--   * `anon` has no policy anywhere: it reads and writes nothing.
--   * A recruiter (an `authenticated` request whose `sub` is an auth.users id) reaches the rows
--     whose `owner_id` is its own id, and no others.
--   * A candidate has no account. Redeeming a ticket gives a short-lived credential whose claims
--     name one interview (`aud` = 'interview', `interview_id`); it reads that interview and its
--     questions, moves it through its states and answers its questions, and nothing else.
-- Identity functions are wrapped in `(select ...)` so Postgres evaluates them once per
-- statement, not once per row. One policy per table and command (no overlapping permissive
-- policies), each named by what it allows.

create schema if not exists private;
comment on schema private is 'Helpers for policies; not exposed through the Data API.';
grant usage on schema private to authenticated, service_role;

-- The interview a candidate credential is scoped to; null for every other request.
create function private.candidate_interview_id() returns uuid
  language sql
  stable
  set search_path = ''
  as $$
    select case
      when auth.jwt() ->> 'aud' = 'interview' then (auth.jwt() ->> 'interview_id')::uuid
    end
  $$;
revoke execute on function private.candidate_interview_id() from public;
grant execute on function private.candidate_interview_id() to authenticated, service_role;

alter table public.users enable row level security;
alter table public.candidates enable row level security;
alter table public.job_descriptions enable row level security;
alter table public.cvs enable row level security;
alter table public.interview_tickets enable row level security;
alter table public.interviews enable row level security;
alter table public.interview_questions enable row level security;
alter table public.interview_responses enable row level security;
alter table public.interview_reports enable row level security;

-- users ---------------------------------------------------------------------------------------
-- A profile is created and removed with its auth.users row (triggers, cascade), never directly.
revoke insert, delete on public.users from anon, authenticated;

create policy "Recruiters can read their own profile"
  on public.users for select to authenticated
  using (id = (select auth.uid()));

create policy "Recruiters can update their own profile"
  on public.users for update to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()));

-- candidates ----------------------------------------------------------------------------------

create policy "Recruiters can read their own candidates"
  on public.candidates for select to authenticated
  using (owner_id = (select auth.uid()));

create policy "Recruiters can add candidates to their own pipeline"
  on public.candidates for insert to authenticated
  with check (owner_id = (select auth.uid()));

create policy "Recruiters can update their own candidates"
  on public.candidates for update to authenticated
  using (owner_id = (select auth.uid()))
  with check (owner_id = (select auth.uid()));

create policy "Recruiters can delete their own candidates"
  on public.candidates for delete to authenticated
  using (owner_id = (select auth.uid()));

-- job_descriptions ----------------------------------------------------------------------------

create policy "Recruiters can read their own job descriptions"
  on public.job_descriptions for select to authenticated
  using (owner_id = (select auth.uid()));

create policy "Recruiters can create their own job descriptions"
  on public.job_descriptions for insert to authenticated
  with check (owner_id = (select auth.uid()));

create policy "Recruiters can update their own job descriptions"
  on public.job_descriptions for update to authenticated
  using (owner_id = (select auth.uid()))
  with check (owner_id = (select auth.uid()));

create policy "Recruiters can delete their own job descriptions"
  on public.job_descriptions for delete to authenticated
  using (owner_id = (select auth.uid()));

-- cvs -----------------------------------------------------------------------------------------

create policy "Recruiters can read their own candidates' CVs"
  on public.cvs for select to authenticated
  using (owner_id = (select auth.uid()));

create policy "Recruiters can upload CVs for their own candidates"
  on public.cvs for insert to authenticated
  with check (owner_id = (select auth.uid()));

create policy "Recruiters can update their own candidates' CVs"
  on public.cvs for update to authenticated
  using (owner_id = (select auth.uid()))
  with check (owner_id = (select auth.uid()));

create policy "Recruiters can delete their own candidates' CVs"
  on public.cvs for delete to authenticated
  using (owner_id = (select auth.uid()));

-- interview_tickets ---------------------------------------------------------------------------

create policy "Recruiters can read their own tickets"
  on public.interview_tickets for select to authenticated
  using (owner_id = (select auth.uid()));

create policy "Recruiters can issue tickets for their own candidates and jobs"
  on public.interview_tickets for insert to authenticated
  with check (owner_id = (select auth.uid()));

create policy "Recruiters can update their own tickets"
  on public.interview_tickets for update to authenticated
  using (owner_id = (select auth.uid()))
  with check (owner_id = (select auth.uid()));

create policy "Recruiters can delete their own tickets"
  on public.interview_tickets for delete to authenticated
  using (owner_id = (select auth.uid()));

-- interviews ----------------------------------------------------------------------------------

create policy "Recruiters can read their own interviews, and candidates the one they take"
  on public.interviews for select to authenticated
  using (
    owner_id = (select auth.uid())
    or id = (select private.candidate_interview_id())
  );

create policy "Recruiters can create interviews for their own candidates and jobs"
  on public.interviews for insert to authenticated
  with check (owner_id = (select auth.uid()));

create policy "Recruiters can update their own interviews, and candidates the one they take"
  on public.interviews for update to authenticated
  using (
    owner_id = (select auth.uid())
    or id = (select private.candidate_interview_id())
  )
  with check (
    owner_id = (select auth.uid())
    or id = (select private.candidate_interview_id())
  );

create policy "Recruiters can delete their own interviews"
  on public.interviews for delete to authenticated
  using (owner_id = (select auth.uid()));

-- interview_questions -------------------------------------------------------------------------

create policy "Recruiters can read their interviews' questions, and candidates their own"
  on public.interview_questions for select to authenticated
  using (
    owner_id = (select auth.uid())
    or interview_id = (select private.candidate_interview_id())
  );

-- Questions are generated when the candidate starts the interview, under their credential.
create policy "Questions can be added to an interview by its recruiter or its candidate"
  on public.interview_questions for insert to authenticated
  with check (
    owner_id = (select auth.uid())
    or interview_id = (select private.candidate_interview_id())
  );

create policy "Recruiters can update their interviews' questions"
  on public.interview_questions for update to authenticated
  using (owner_id = (select auth.uid()))
  with check (owner_id = (select auth.uid()));

create policy "Recruiters can delete their interviews' questions"
  on public.interview_questions for delete to authenticated
  using (owner_id = (select auth.uid()));

-- interview_responses -------------------------------------------------------------------------

create policy "Recruiters can read their interviews' answers, and candidates their own"
  on public.interview_responses for select to authenticated
  using (
    owner_id = (select auth.uid())
    or interview_id = (select private.candidate_interview_id())
  );

create policy "Candidates can answer the questions of the interview they take"
  on public.interview_responses for insert to authenticated
  with check (interview_id = (select private.candidate_interview_id()));

-- Scoring writes the score beside the answer; the answer itself is the candidate's.
create policy "Recruiters can score their interviews' answers"
  on public.interview_responses for update to authenticated
  using (owner_id = (select auth.uid()))
  with check (owner_id = (select auth.uid()));

create policy "Recruiters can delete their interviews' answers"
  on public.interview_responses for delete to authenticated
  using (owner_id = (select auth.uid()));

-- interview_reports ---------------------------------------------------------------------------

create policy "Recruiters can read their own interview reports"
  on public.interview_reports for select to authenticated
  using (owner_id = (select auth.uid()));

create policy "Recruiters can create reports on their own interviews"
  on public.interview_reports for insert to authenticated
  with check (owner_id = (select auth.uid()));

create policy "Recruiters can update their own interview reports"
  on public.interview_reports for update to authenticated
  using (owner_id = (select auth.uid()))
  with check (owner_id = (select auth.uid()));

create policy "Recruiters can delete their own interview reports"
  on public.interview_reports for delete to authenticated
  using (owner_id = (select auth.uid()));
