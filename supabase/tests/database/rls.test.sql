-- Row-level security in brief, for `supabase test db` (pgTAP). The full matrix (every table,
-- command and kind of caller) is tests/rls_test.ts, which runs without pgTAP.
begin;
create extension if not exists pgtap with schema extensions;
select plan(12);

-- Recruiters A and B; A has a candidate, a job and two interviews with a question each.
insert into auth.users (id, email, raw_user_meta_data) values
  ('aaaaaaaa-0000-4000-8000-000000000001', 'pgtap.a@example.com', '{"full_name": "A"}'),
  ('bbbbbbbb-0000-4000-8000-000000000001', 'pgtap.b@example.com', '{"full_name": "B"}');
insert into public.candidates (id, owner_id, full_name, email) values
  ('aaaaaaaa-0000-4000-8000-000000000002', 'aaaaaaaa-0000-4000-8000-000000000001', 'Candidate A',
   'candidate.a@example.com'),
  ('bbbbbbbb-0000-4000-8000-000000000002', 'bbbbbbbb-0000-4000-8000-000000000001', 'Candidate B',
   'candidate.b@example.com');
insert into public.job_descriptions (id, owner_id, title, description) values
  ('aaaaaaaa-0000-4000-8000-000000000003', 'aaaaaaaa-0000-4000-8000-000000000001', 'Job A', 'A');
insert into public.interviews (id, owner_id, candidate_id, job_description_id, duration_minutes)
values
  ('aaaaaaaa-0000-4000-8000-000000000004', 'aaaaaaaa-0000-4000-8000-000000000001',
   'aaaaaaaa-0000-4000-8000-000000000002', 'aaaaaaaa-0000-4000-8000-000000000003', 45),
  ('aaaaaaaa-0000-4000-8000-000000000005', 'aaaaaaaa-0000-4000-8000-000000000001',
   'aaaaaaaa-0000-4000-8000-000000000002', 'aaaaaaaa-0000-4000-8000-000000000003', 45);
insert into public.interview_questions
  (id, owner_id, interview_id, position, text, category, difficulty, time_limit_seconds)
values
  ('aaaaaaaa-0000-4000-8000-000000000006', 'aaaaaaaa-0000-4000-8000-000000000001',
   'aaaaaaaa-0000-4000-8000-000000000004', 1, 'Why?', 'behavioral', 'easy', 60),
  ('aaaaaaaa-0000-4000-8000-000000000007', 'aaaaaaaa-0000-4000-8000-000000000001',
   'aaaaaaaa-0000-4000-8000-000000000005', 1, 'How?', 'technical', 'easy', 60);

-- Recruiter A --------------------------------------------------------------------------------
set local role authenticated;
select set_config('request.jwt.claims',
  '{"sub": "aaaaaaaa-0000-4000-8000-000000000001", "role": "authenticated", "aud": "authenticated"}',
  true);

select results_eq(
  'select id from public.candidates',
  $$values ('aaaaaaaa-0000-4000-8000-000000000002'::uuid)$$,
  'a recruiter sees its own candidates and no one else''s'
);
select throws_ok(
  $$insert into public.candidates (owner_id, full_name, email)
    values ('bbbbbbbb-0000-4000-8000-000000000001', 'Planted', 'planted@example.com')$$,
  '42501', null,
  'a recruiter cannot add a candidate in another recruiter''s name'
);
select throws_ok(
  $$delete from public.users where id = 'aaaaaaaa-0000-4000-8000-000000000001'$$,
  '42501', null,
  'a profile is not deleted through the API'
);

-- Recruiter B --------------------------------------------------------------------------------
select set_config('request.jwt.claims',
  '{"sub": "bbbbbbbb-0000-4000-8000-000000000001", "role": "authenticated", "aud": "authenticated"}',
  true);

select is_empty(
  $$select id from public.interviews where owner_id = 'aaaaaaaa-0000-4000-8000-000000000001'$$,
  'another recruiter sees none of A''s interviews'
);
with changed as (
  update public.candidates set notes = 'changed'
  where id = 'aaaaaaaa-0000-4000-8000-000000000002' returning id
)
select is(count(*)::int, 0, 'another recruiter updates none of A''s candidates') from changed;
select throws_ok(
  $$insert into public.interviews (owner_id, candidate_id, job_description_id, duration_minutes)
    values ('bbbbbbbb-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-000000000002',
            'aaaaaaaa-0000-4000-8000-000000000003', 45)$$,
  '23503', null,
  'a recruiter cannot create an interview for another recruiter''s candidate and job'
);

-- A candidate credential for A's first interview ---------------------------------------------
select set_config('request.jwt.claims',
  '{"sub": "cccccccc-0000-4000-8000-000000000001", "role": "authenticated", "aud": "interview",
    "interview_id": "aaaaaaaa-0000-4000-8000-000000000004"}',
  true);

select results_eq(
  'select id from public.interviews',
  $$values ('aaaaaaaa-0000-4000-8000-000000000004'::uuid)$$,
  'a candidate sees its own interview and no other'
);
select is_empty('select id from public.candidates', 'a candidate sees no candidates');
select lives_ok(
  $$insert into public.interview_responses (owner_id, interview_id, question_id, answer_text)
    values ('aaaaaaaa-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-000000000004',
            'aaaaaaaa-0000-4000-8000-000000000006', 'Because.')$$,
  'a candidate answers its own interview''s questions'
);
select throws_ok(
  $$insert into public.interview_responses (owner_id, interview_id, question_id, answer_text)
    values ('aaaaaaaa-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-000000000005',
            'aaaaaaaa-0000-4000-8000-000000000007', 'Sneaky.')$$,
  '42501', null,
  'a candidate cannot answer another interview''s questions'
);

-- anon ---------------------------------------------------------------------------------------
reset role;
set local role anon;
select set_config('request.jwt.claims', '{"role": "anon"}', true);

select is_empty('select id from public.interviews', 'anon sees no interviews');
select throws_ok(
  $$insert into public.candidates (owner_id, full_name, email)
    values ('aaaaaaaa-0000-4000-8000-000000000001', 'Anon', 'anon@example.com')$$,
  '42501', null,
  'anon writes nothing'
);

select * from finish();
rollback;
