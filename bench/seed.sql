-- The benchmark's data: 100 recruiters, each with 1,000 job descriptions and 1,000 candidates
-- (100,000 rows per table), generated in the database, as the superuser, in a few seconds.
--
-- Recruiters are auth.users rows as the built-in store (and Supabase Auth) writes them, with a
-- real bcrypt hash at cost 10 of the benchmark's password (set by bench/run.mjs in
-- `bench.password_hash`), so POST /auth/login works for each; the profile trigger creates their
-- public.users rows. Texts vary row by row and are about as long as real ones.

insert into auth.users (
  instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at
)
select
  '00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated',
  format('recruiter%s@bench.example', lpad(r::text, 3, '0')),
  current_setting('bench.password_hash'), now(),
  '{"provider": "email", "providers": ["email"]}',
  jsonb_build_object('full_name', format('Recruiter %s', r), 'company_name', format('Company %s', r)),
  now() - interval '400 days', now() - interval '400 days'
from generate_series(1, 100) as r;

create temporary table bench_recruiters on commit drop as
select row_number() over (order by email) as r, id
from public.users
where email like '%@bench.example';

create temporary table bench_words on commit drop as
select
  array['Backend', 'Frontend', 'Full-stack', 'Data', 'Platform', 'Mobile', 'Security', 'QA',
        'DevOps', 'Machine Learning', 'Site Reliability', 'Embedded'] as areas,
  array['Engineer', 'Developer', 'Architect', 'Specialist', 'Consultant'] as roles,
  array['Engineering', 'Product', 'Data', 'Infrastructure', 'Security', 'Research'] as departments,
  array['Berlin', 'Lisbon', 'Remote', 'London', 'New York', 'Toronto', 'Singapore', 'Paris',
        'Amsterdam', 'Warsaw', 'Madrid', 'Stockholm'] as places,
  array['TypeScript', 'Go', 'Python', 'Rust', 'PostgreSQL', 'Kubernetes', 'AWS', 'React',
        'Terraform', 'Kafka', 'Redis', 'GraphQL', 'Docker', 'Java', 'Swift', 'Kotlin'] as skills,
  array['Ada', 'Grace', 'Alan', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Frances',
        'Edsger', 'Radia', 'Donald', 'Hedy', 'Tim', 'Katherine', 'John'] as first_names,
  array['Lovelace', 'Hopper', 'Turing', 'Torvalds', 'Hamilton', 'Ritchie', 'Liskov', 'Thompson',
        'Allen', 'Dijkstra', 'Perlman', 'Knuth', 'Lamarr', 'Berners-Lee', 'Johnson', 'McCarthy']
    as last_names;

insert into public.job_descriptions (
  owner_id, title, description, department, location, employment_type, seniority,
  requirements, skills, status, created_at, updated_at
)
select
  o.id,
  format('%s %s %s', (array['Junior', 'Mid-level', 'Senior', 'Lead'])[1 + j % 4],
         w.areas[1 + j % 12], w.roles[1 + (j / 12) % 5]),
  format(
    'We are looking for a %s %s to join the %s team in %s (requisition %s-%s). You will design, '
    'build and run services used by thousands of customers every day, work closely with product '
    'and design, review code, mentor colleagues and take part in an on-call rotation. Our stack '
    'is %s, %s and %s on %s; we value clear writing, small pull requests, tests that say what '
    'they mean and shipping often. In your first months you will own a service end to end, '
    'improve its observability and help us plan the next year of work. Reference %s.',
    lower((array['Junior', 'Mid-level', 'Senior', 'Lead'])[1 + j % 4]),
    lower(w.areas[1 + j % 12] || ' ' || w.roles[1 + (j / 12) % 5]),
    w.departments[1 + j % 6], w.places[1 + (j + o.r::int) % 12], o.r, j,
    w.skills[1 + j % 16], w.skills[1 + (j + 3) % 16], w.skills[1 + (j + 7) % 16],
    w.skills[1 + (j + 11) % 16], md5(o.id::text || j::text)
  ),
  w.departments[1 + j % 6],
  w.places[1 + (j + o.r::int) % 12],
  (array['full_time', 'full_time', 'full_time', 'part_time', 'contract', 'internship'])[1 + (j / 5) % 6],
  (array['junior', 'mid', 'senior', 'lead'])[1 + j % 4],
  array[
    format('%s+ years of professional experience', 1 + j % 8),
    format('Production experience with %s', w.skills[1 + j % 16]),
    'Clear written communication in English',
    format('Comfortable with %s', w.skills[1 + (j + 5) % 16])
  ],
  array[w.skills[1 + j % 16], w.skills[1 + (j + 3) % 16], w.skills[1 + (j + 7) % 16],
        w.skills[1 + (j + 11) % 16]],
  (array['draft', 'open', 'open', 'open', 'closed', 'archived'])[1 + j % 6],
  now() - j * interval '6 hours' - o.r * interval '1 second',
  now() - j * interval '6 hours' - o.r * interval '1 second'
from bench_recruiters as o
cross join generate_series(1, 1000) as j
cross join bench_words as w;

insert into public.candidates (
  owner_id, full_name, email, phone, linkedin_url, location, status, notes, created_at, updated_at
)
select
  o.id,
  format('%s %s', w.first_names[1 + j % 16], w.last_names[1 + (j / 16) % 16]),
  format('%s.%s.%s@mail.example', lower(w.first_names[1 + j % 16]),
         lower(w.last_names[1 + (j / 16) % 16]), j),
  format('+1 555 %s', lpad((j * 7919 % 10000000)::text, 7, '0')),
  format('https://www.linkedin.com/in/%s-%s-%s', lower(w.first_names[1 + j % 16]),
         lower(w.last_names[1 + (j / 16) % 16]), j),
  w.places[1 + (j * 5 + o.r::int) % 12],
  -- Offered, hired and rejected come only from a person's decision on an interview (the
  -- candidates' status guard), so a seeded pipeline holds the states before one.
  (array['new', 'new', 'screening', 'interviewing'])[1 + j % 4],
  format('Referred by %s. Strong in %s and %s; asked about remote work and the notice period. '
         'Follow up after the first interview (%s).', w.first_names[1 + (j + 5) % 16],
         w.skills[1 + j % 16], w.skills[1 + (j + 9) % 16], md5(j::text || o.id::text)),
  now() - j * interval '5 hours' - o.r * interval '1 second',
  now() - j * interval '5 hours' - o.r * interval '1 second'
from bench_recruiters as o
cross join generate_series(1, 1000) as j
cross join bench_words as w;
