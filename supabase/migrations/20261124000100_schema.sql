-- The nine tables of the interview platform.
--
-- Ownership: every row a recruiter owns carries `owner_id` (the recruiter's `auth.users` id).
-- Child rows reference their parent by (id, owner_id) composite foreign keys, so the database
-- itself refuses a row that points at another recruiter's candidate, job, ticket or interview:
-- foreign key checks bypass row-level security, and these keys close that gap.
--
-- Deletion: a recruiter's account takes everything with it (cascade from auth.users). Deleting a
-- candidate erases all that is about them (CVs, tickets, interviews and their answers). A job
-- description with interviews cannot be deleted (restrict): its interviews' history would lose
-- its meaning, so a job is archived instead; deleting it removes its unused tickets.

-- Keeps `updated_at` true on every update, whatever the client sends.
create function public.set_updated_at() returns trigger
  language plpgsql
  set search_path = ''
  as $$
  begin
    new.updated_at := now();
    return new;
  end;
  $$;

-- users: the recruiter's profile, one per auth.users row -------------------------------------

create table public.users (
  id uuid primary key references auth.users (id) on delete cascade,
  email text not null check (length(email) between 3 and 320),
  full_name text not null check (length(full_name) between 1 and 200),
  company_name text check (length(company_name) <= 200),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.users is 'A recruiter''s profile, created by a trigger on auth.users.';

-- Under Supabase Auth and under the built-in identity store alike, a profile appears when an
-- auth.users row does, with the name given at sign-up (raw_user_meta_data).
create function public.create_profile_for_new_user() returns trigger
  language plpgsql
  security definer
  set search_path = ''
  as $$
  begin
    insert into public.users (id, email, full_name, company_name)
    values (
      new.id,
      coalesce(new.email, ''),
      coalesce(nullif(trim(new.raw_user_meta_data ->> 'full_name'), ''), split_part(coalesce(new.email, ''), '@', 1)),
      nullif(trim(new.raw_user_meta_data ->> 'company_name'), '')
    );
    return new;
  end;
  $$;

-- A changed sign-in email is a changed profile email.
create function public.sync_profile_email() returns trigger
  language plpgsql
  security definer
  set search_path = ''
  as $$
  begin
    update public.users set email = new.email where id = new.id;
    return new;
  end;
  $$;

revoke execute on function public.create_profile_for_new_user() from public, anon, authenticated;
revoke execute on function public.sync_profile_email() from public, anon, authenticated;

create trigger on_auth_user_created
  after insert on auth.users
  for each row execute function public.create_profile_for_new_user();

create trigger on_auth_user_email_changed
  after update of email on auth.users
  for each row when (old.email is distinct from new.email)
  execute function public.sync_profile_email();

create trigger users_set_updated_at
  before update on public.users
  for each row execute function public.set_updated_at();

-- candidates ----------------------------------------------------------------------------------

create table public.candidates (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references public.users (id) on delete cascade,
  full_name text not null check (length(full_name) between 1 and 200),
  email text not null check (length(email) between 3 and 320),
  phone text check (length(phone) <= 50),
  linkedin_url text check (length(linkedin_url) <= 500),
  location text check (length(location) <= 200),
  status text not null default 'new'
    check (status in ('new', 'screening', 'interviewing', 'offered', 'hired', 'rejected')),
  notes text check (length(notes) <= 10000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, owner_id)
);
comment on table public.candidates is 'A person a recruiter considers for jobs; never a login of its own.';

-- One candidate per email address in a recruiter's pipeline, whatever its case.
create unique index candidates_owner_email_key on public.candidates (owner_id, lower(email));
create index candidates_owner_created_idx on public.candidates (owner_id, created_at desc, id desc);

create trigger candidates_set_updated_at
  before update on public.candidates
  for each row execute function public.set_updated_at();

-- job_descriptions ----------------------------------------------------------------------------

create table public.job_descriptions (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references public.users (id) on delete cascade,
  title text not null check (length(title) between 1 and 200),
  description text not null check (length(description) between 1 and 20000),
  department text check (length(department) <= 200),
  location text check (length(location) <= 200),
  employment_type text not null default 'full_time'
    check (employment_type in ('full_time', 'part_time', 'contract', 'internship')),
  seniority text not null default 'mid' check (seniority in ('junior', 'mid', 'senior', 'lead')),
  requirements text[] not null default '{}' check (cardinality(requirements) <= 100),
  skills text[] not null default '{}' check (cardinality(skills) <= 100),
  status text not null default 'draft' check (status in ('draft', 'open', 'closed', 'archived')),
  -- What interviews for this job are generated with: question_count, duration_minutes,
  -- difficulty, focus_areas. Kept as one document, as the API shows it, with its bounds here.
  interview_settings jsonb not null
    default '{"question_count": 8, "duration_minutes": 45, "difficulty": "medium", "focus_areas": []}'
    check (
      jsonb_typeof(interview_settings) = 'object'
      and (interview_settings ->> 'question_count')::int between 1 and 50
      and (interview_settings ->> 'duration_minutes')::int between 5 and 240
      and interview_settings ->> 'difficulty' in ('easy', 'medium', 'hard')
      and jsonb_typeof(interview_settings -> 'focus_areas') = 'array'
    ),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, owner_id)
);
comment on table public.job_descriptions is 'A role a recruiter hires for; interviews are generated from it.';

create index job_descriptions_owner_created_idx on public.job_descriptions (owner_id, created_at desc, id desc);

create trigger job_descriptions_set_updated_at
  before update on public.job_descriptions
  for each row execute function public.set_updated_at();

-- cvs -----------------------------------------------------------------------------------------

create table public.cvs (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references public.users (id) on delete cascade,
  candidate_id uuid not null,
  file_name text not null check (length(file_name) between 1 and 255),
  mime_type text not null check (mime_type in (
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'text/plain'
  )),
  size_bytes integer not null check (size_bytes between 1 and 10485760),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  -- Where the file is kept: `<owner_id>/<cv id>` in the CV store (a private Storage bucket).
  storage_path text not null unique,
  parse_status text not null default 'pending' check (parse_status in ('pending', 'parsed', 'failed')),
  parsed jsonb,
  extracted_text text,
  parse_error text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (candidate_id, owner_id) references public.candidates (id, owner_id) on delete cascade
);
comment on table public.cvs is 'A candidate''s CV: the stored file, its extracted text and what was parsed from it.';

create index cvs_owner_created_idx on public.cvs (owner_id, created_at desc, id desc);
create index cvs_candidate_owner_idx on public.cvs (candidate_id, owner_id);

create trigger cvs_set_updated_at
  before update on public.cvs
  for each row execute function public.set_updated_at();

-- interview_tickets ---------------------------------------------------------------------------

create table public.interview_tickets (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references public.users (id) on delete cascade,
  candidate_id uuid not null,
  job_description_id uuid not null,
  -- The code itself is shown once and never stored: only its SHA-256.
  code_hash text not null unique check (code_hash ~ '^[0-9a-f]{64}$'),
  expires_at timestamptz not null,
  max_uses integer not null default 1 check (max_uses between 1 and 100),
  uses integer not null default 0,
  status text not null default 'active' check (status in ('active', 'used', 'revoked')),
  revoked_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (uses between 0 and max_uses),
  check ((status = 'revoked') = (revoked_at is not null)),
  check (expires_at > created_at),
  unique (id, owner_id),
  foreign key (candidate_id, owner_id) references public.candidates (id, owner_id) on delete cascade,
  foreign key (job_description_id, owner_id)
    references public.job_descriptions (id, owner_id) on delete cascade
);
comment on table public.interview_tickets is 'An invitation a candidate redeems to take an interview.';

create index interview_tickets_owner_created_idx on public.interview_tickets (owner_id, created_at desc, id desc);
create index interview_tickets_candidate_owner_idx on public.interview_tickets (candidate_id, owner_id);
create index interview_tickets_job_owner_idx on public.interview_tickets (job_description_id, owner_id);

create trigger interview_tickets_set_updated_at
  before update on public.interview_tickets
  for each row execute function public.set_updated_at();

-- interviews ----------------------------------------------------------------------------------

create table public.interviews (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references public.users (id) on delete cascade,
  candidate_id uuid not null,
  job_description_id uuid not null,
  -- The ticket may be deleted with its job; the interview keeps its own record.
  ticket_id uuid,
  status text not null default 'pending'
    check (status in ('pending', 'in_progress', 'completed', 'expired', 'abandoned')),
  duration_minutes integer not null check (duration_minutes between 5 and 240),
  started_at timestamptz,
  deadline_at timestamptz,
  completed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (id, owner_id),
  check (status = 'pending' or started_at is not null or status in ('expired', 'abandoned')),
  check (completed_at is null or started_at is null or completed_at >= started_at),
  check (deadline_at is null or started_at is not null),
  foreign key (candidate_id, owner_id) references public.candidates (id, owner_id) on delete cascade,
  foreign key (job_description_id, owner_id)
    references public.job_descriptions (id, owner_id) on delete restrict,
  -- Composite like the others, so an interview cannot name another recruiter's ticket; a
  -- deleted ticket clears ticket_id alone (owner_id stays).
  foreign key (ticket_id, owner_id)
    references public.interview_tickets (id, owner_id) on delete set null (ticket_id)
);
comment on table public.interviews is 'One candidate''s interview for one job, from a redeemed ticket.';

create index interviews_owner_created_idx on public.interviews (owner_id, created_at desc, id desc);
create index interviews_candidate_owner_idx on public.interviews (candidate_id, owner_id);
create index interviews_job_owner_idx on public.interviews (job_description_id, owner_id);
create index interviews_ticket_owner_idx on public.interviews (ticket_id, owner_id);

create trigger interviews_set_updated_at
  before update on public.interviews
  for each row execute function public.set_updated_at();

-- interview_questions -------------------------------------------------------------------------

create table public.interview_questions (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references public.users (id) on delete cascade,
  interview_id uuid not null,
  position integer not null check (position between 1 and 50),
  text text not null check (length(text) between 1 and 2000),
  category text not null check (category in ('technical', 'behavioral', 'situational', 'experience')),
  difficulty text not null check (difficulty in ('easy', 'medium', 'hard')),
  -- What a good answer covers; answers are scored against it. Never shown to the candidate.
  expected_points text[] not null default '{}' check (cardinality(expected_points) <= 20),
  competency text check (length(competency) <= 100),
  time_limit_seconds integer not null check (time_limit_seconds between 10 and 3600),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (interview_id, position),
  unique (id, interview_id),
  foreign key (interview_id, owner_id) references public.interviews (id, owner_id) on delete cascade
);
comment on table public.interview_questions is 'The questions generated for one interview, in order.';

create index interview_questions_owner_idx on public.interview_questions (owner_id);
create index interview_questions_interview_owner_idx on public.interview_questions (interview_id, owner_id);

create trigger interview_questions_set_updated_at
  before update on public.interview_questions
  for each row execute function public.set_updated_at();

-- interview_responses -------------------------------------------------------------------------

create table public.interview_responses (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references public.users (id) on delete cascade,
  interview_id uuid not null,
  -- One answer per question: a second answer is a conflict, not an overwrite.
  question_id uuid not null,
  answer_text text not null check (length(answer_text) <= 20000),
  duration_seconds integer check (duration_seconds between 0 and 86400),
  score numeric(5, 2) check (score between 0 and 100),
  score_details jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- The included column makes this index cover the (question_id, interview_id) foreign key.
  constraint interview_responses_question_id_key unique (question_id) include (interview_id),
  foreign key (interview_id, owner_id) references public.interviews (id, owner_id) on delete cascade,
  -- The question must belong to the same interview as the answer.
  foreign key (question_id, interview_id)
    references public.interview_questions (id, interview_id) on delete cascade
);
comment on table public.interview_responses is 'A candidate''s answer to one question, and its score.';

create index interview_responses_owner_idx on public.interview_responses (owner_id);
create index interview_responses_interview_owner_idx on public.interview_responses (interview_id, owner_id);

create trigger interview_responses_set_updated_at
  before update on public.interview_responses
  for each row execute function public.set_updated_at();

-- interview_reports ---------------------------------------------------------------------------

create table public.interview_reports (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references public.users (id) on delete cascade,
  -- One report per interview: generating it again returns the same one.
  interview_id uuid not null,
  overall_score numeric(5, 2) not null check (overall_score between 0 and 100),
  recommendation text not null check (recommendation in ('strong_hire', 'hire', 'maybe', 'no_hire')),
  summary text not null check (length(summary) <= 10000),
  strengths text[] not null default '{}',
  weaknesses text[] not null default '{}',
  -- {"<competency>": <score 0..100>, ...}
  competency_scores jsonb not null default '{}' check (jsonb_typeof(competency_scores) = 'object'),
  provider text not null check (length(provider) <= 100),
  model text check (length(model) <= 200),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- The included column makes this index cover the (interview_id, owner_id) foreign key.
  constraint interview_reports_interview_id_key unique (interview_id) include (owner_id),
  foreign key (interview_id, owner_id) references public.interviews (id, owner_id) on delete cascade
);
comment on table public.interview_reports is 'The scored assessment of a completed interview.';

create index interview_reports_owner_created_idx on public.interview_reports (owner_id, created_at desc, id desc);

create trigger interview_reports_set_updated_at
  before update on public.interview_reports
  for each row execute function public.set_updated_at();
