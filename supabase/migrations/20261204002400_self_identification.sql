-- Bias audit. A candidate may answer a voluntary self-identification (sex; race or ethnicity in
-- the EEO-1 categories; "decline" always offered) with the interview's credential. New York
-- City's Local Law 144 asks for a yearly bias audit of an automated employment decision tool,
-- with selection and scoring rates and impact ratios by sex, race/ethnicity and their
-- intersections; this is what those are computed from.
--
-- Stored apart: in the `private` schema, which the Data API does not expose, with no policy for
-- recruiters at all, so no recruiter reads a candidate's answer. It never reaches the AI or the
-- scorer: nothing that builds the AI's input reads this table. Recruiters get aggregates only,
-- from private.impact_counts (GET /reports/impact), per category and never per person.

create table private.self_identifications (
  id uuid primary key default gen_random_uuid(),
  -- One per interview: answering again changes it.
  interview_id uuid not null unique,
  owner_id uuid not null references public.users (id) on delete cascade,
  candidate_id uuid not null,
  sex text not null check (sex in ('female', 'male', 'nonbinary', 'decline')),
  race_ethnicity text not null check (race_ethnicity in (
    'hispanic_latino', 'white', 'black_african_american', 'native_hawaiian_pacific_islander',
    'asian', 'american_indian_alaska_native', 'two_or_more', 'decline'
  )),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Goes with the interview and the candidate (erasure).
  foreign key (interview_id, owner_id) references public.interviews (id, owner_id) on delete cascade,
  foreign key (candidate_id, owner_id) references public.candidates (id, owner_id) on delete cascade
);
comment on table private.self_identifications is
  'Voluntary self-identification for bias audits: the candidate''s own; recruiters see aggregates only.';

create index self_identifications_interview_owner_idx on private.self_identifications (interview_id, owner_id);
-- Removed only with the interview's candidate (a cascade, as the table's owner).
revoke delete, truncate on private.self_identifications from authenticated;
create index self_identifications_candidate_owner_idx on private.self_identifications (candidate_id, owner_id);
create index self_identifications_owner_idx on private.self_identifications (owner_id);

-- The interview's owner and candidate, from the interview the credential names; the times.
create function private.stamp_self_identification() returns trigger
  language plpgsql
  set search_path = ''
  as $$
  begin
    select owner_id, candidate_id into new.owner_id, new.candidate_id
    from public.interviews where id = new.interview_id;
    if tg_op = 'INSERT' then
      new.created_at := now();
    else
      new.created_at := old.created_at;
    end if;
    new.updated_at := now();
    return new;
  end;
  $$;
revoke execute on function private.stamp_self_identification() from public, anon, authenticated;

create trigger self_identifications_stamp before insert or update on private.self_identifications
  for each row execute function private.stamp_self_identification();

alter table private.self_identifications enable row level security;
revoke all on private.self_identifications from public, anon, authenticated, service_role;
grant select, insert, update on private.self_identifications to authenticated;

-- The candidate's own answer, for the interview it takes. No policy names a recruiter.
create policy "Candidates can read their own self-identification"
  on private.self_identifications for select to authenticated
  using (interview_id = (select private.candidate_interview_id()));

create policy "Candidates can give their self-identification for the interview they take"
  on private.self_identifications for insert to authenticated
  with check (interview_id = (select private.candidate_interview_id()));

create policy "Candidates can change their own self-identification"
  on private.self_identifications for update to authenticated
  using (interview_id = (select private.candidate_interview_id()))
  with check (interview_id = (select private.candidate_interview_id()));

-- Aggregates for the bias audit ---------------------------------------------------------------------

-- The people assessed for one of the caller's jobs in [p_from, p_to): each candidate once (their
-- latest interview completed in the window that has a report), with their category (unknown when
-- not given or declined), whether the current decision on it is `advance` (selected), and whether
-- its report's current overall score is above the sample's median. Answered as counts per
-- category, per race/ethnicity, per intersection and in all (grouping sets): never a row per
-- person. SECURITY DEFINER to read the self-identifications no recruiter can read; the caller's
-- own job only (auth.uid()).
create function private.impact_counts(p_job uuid, p_from timestamptz, p_to timestamptz)
  returns table (
    sex text,
    race_ethnicity text,
    by_sex boolean,
    by_race boolean,
    assessed integer,
    selected integer,
    above_median integer,
    median numeric
  )
  language sql
  stable
  security definer
  set search_path = ''
  as $$
    with latest as (
      select distinct on (i.candidate_id) i.id, i.candidate_id, r.overall_score
      from public.interviews i
      join public.interview_reports r on r.interview_id = i.id and r.current_version > 0
      where i.job_description_id = p_job
        and i.owner_id = (select auth.uid())
        and i.completed_at >= p_from and i.completed_at < p_to
      order by i.candidate_id, i.completed_at desc, i.id
    ),
    sample as (
      select l.*,
             coalesce(nullif(s.sex, 'decline'), 'unknown') as sex,
             coalesce(nullif(s.race_ethnicity, 'decline'), 'unknown') as race_ethnicity,
             coalesce((
               select d.decision = 'advance' from public.interview_decisions d
               where d.interview_id = l.id order by d.seq desc limit 1
             ), false) as selected
      from latest l
      left join private.self_identifications s on s.interview_id = l.id
    ),
    middle as (
      select percentile_cont(0.5) within group (order by overall_score)::numeric as median
      from sample
    )
    select s.sex, s.race_ethnicity,
           grouping(s.sex) = 0 as by_sex, grouping(s.race_ethnicity) = 0 as by_race,
           count(*)::int as assessed,
           (count(*) filter (where s.selected))::int as selected,
           (count(*) filter (where s.overall_score > m.median))::int as above_median,
           m.median
    from sample s cross join middle m
    group by grouping sets ((s.sex, m.median), (s.race_ethnicity, m.median),
                            (s.sex, s.race_ethnicity, m.median), (m.median))
  $$;
revoke execute on function private.impact_counts(uuid, timestamptz, timestamptz) from public, anon;
grant execute on function private.impact_counts(uuid, timestamptz, timestamptz) to authenticated;
