-- What the functions need beside the nine tables: the session check that makes a logged-out
-- token useless at once, and the rate limiter for sign-in and registration. Both live in the
-- `private` schema, which the Data API does not expose.

-- Raises (SQLSTATE P0401) unless the Supabase Auth session is live. The functions call it at
-- the start of every recruiter transaction, before switching to `authenticated`, so a revoked
-- session's token changes nothing, even in a batch that was already sent.
create function private.assert_active_session(p_session_id uuid, p_user_id uuid) returns void
  language plpgsql
  stable
  set search_path = ''
  as $$
  begin
    if not exists (
      select from auth.sessions
      where id = p_session_id
        and user_id = p_user_id
        and (not_after is null or not_after > now())
    ) then
      raise exception 'session is not active' using errcode = 'P0401';
    end if;
  end;
  $$;
revoke execute on function private.assert_active_session(uuid, uuid) from public, anon, authenticated;

-- Failed attempts per key (`login:<email>`, `login-ip:<address>`, `register-ip:<address>`),
-- one row each, counted over a sliding window. In the database, so a limit holds across
-- function instances and restarts. Rows older than a day are pruned as new ones arrive.
create table private.rate_limit_events (
  id bigint generated always as identity primary key,
  key text not null check (length(key) <= 400),
  occurred_at timestamptz not null default now()
);
alter table private.rate_limit_events enable row level security;
revoke all on private.rate_limit_events from public, anon, authenticated;
comment on table private.rate_limit_events is 'Attempts at rate-limited auth routes; service access only.';

create index rate_limit_events_key_occurred_at_idx on private.rate_limit_events (key, occurred_at);
create index rate_limit_events_occurred_at_idx on private.rate_limit_events (occurred_at);
