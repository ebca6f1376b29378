-- The schema's shape, for `supabase test db` (pgTAP). Our own suite checks the same and more in
-- tests/migrations_test.ts, with no pgTAP needed.
begin;
create extension if not exists pgtap with schema extensions;
select plan(12);

select tables_are(
  'public',
  array[
    'users', 'candidates', 'job_descriptions', 'cvs', 'interview_tickets', 'interviews',
    'interview_questions', 'interview_responses', 'interview_reports'
  ],
  'public holds the nine tables'
);

select ok(c.relrowsecurity, format('row-level security is enabled on public.%I', c.relname))
from pg_class c
where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
order by c.relname;

select policies_are(
  'public',
  'users',
  array['Recruiters can read their own profile', 'Recruiters can update their own profile'],
  'a profile is read and updated by its recruiter, never inserted or deleted through the API'
);

select is(
  (select count(*)::int
   from pg_constraint c
   where c.contype = 'f'
     and c.connamespace = 'public'::regnamespace
     and not exists (
       select from pg_index i
       where i.indrelid = c.conrelid
         and (select array_agg(k order by k)
              from unnest((i.indkey::int2[])[0:cardinality(c.conkey) - 1]) k)
           = (select array_agg(k order by k) from unnest(c.conkey) k)
     )),
  0,
  'every foreign key has an index led by its columns'
);

select * from finish();
rollback;
