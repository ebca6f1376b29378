-- One more recruiter, who owns 100,000 job descriptions (100 copies of recruiter 1's, each copy
-- a second older than the last): a list's cost must not grow with how many rows its owner has.
-- Added by bench/run.mjs when missing, after bench/seed.sql, with the same password hash.

insert into auth.users (
  instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at
)
select
  '00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated',
  'tenant@large.bench.example', encrypted_password, now(),
  '{"provider": "email", "providers": ["email"]}',
  '{"full_name": "Large Tenant", "company_name": "Large Company"}',
  now() - interval '400 days', now() - interval '400 days'
from auth.users
where email = 'recruiter001@bench.example';

insert into public.job_descriptions (
  owner_id, title, description, department, location, employment_type, seniority,
  requirements, skills, status, created_at, updated_at
)
select
  tenant.id, job.title, job.description, job.department, job.location, job.employment_type,
  job.seniority, job.requirements, job.skills, job.status,
  job.created_at - copy * interval '1 second', job.updated_at - copy * interval '1 second'
from public.users as tenant
cross join public.users as model
join public.job_descriptions as job on job.owner_id = model.id
cross join generate_series(0, 99) as copy
where tenant.email = 'tenant@large.bench.example' and model.email = 'recruiter001@bench.example';
