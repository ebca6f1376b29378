-- One call that makes the rest of a transaction run as the caller of a request: the session check,
-- then the claims and the role exactly as PostgREST sets them (`request.jwt.claims`, `role`), each
-- local to the transaction. It replaces private.assert_active_session, which the functions called
-- as a statement of its own before a second one set the role and claims: one statement fewer for
-- Postgres to parse, plan and answer on every request (see shared/db/transaction.ts).
--
-- Not SECURITY DEFINER: Postgres forbids setting `role` inside one, and it runs as the service
-- connection that calls it, which may read auth.sessions. Callable only by that connection:
-- anyone else who could call it could pose as any user.

create function private.assume_caller(p_session_id uuid, p_user_id uuid, p_claims text)
  returns void
  language plpgsql
  set search_path = ''
  as $$
  begin
    -- A logged-out (or expired) Supabase Auth session refuses its tokens at once, not at `exp`.
    -- Raised before the switch, so nothing after this call in the same transaction runs.
    if p_session_id is not null and not exists (
      select from auth.sessions
      where id = p_session_id
        and user_id = p_user_id
        and (not_after is null or not_after > now())
    ) then
      raise exception 'session is not active' using errcode = 'P0401';
    end if;
    perform pg_catalog.set_config('request.jwt.claims', p_claims, true);
    perform pg_catalog.set_config('role', 'authenticated', true);
  end;
  $$;
revoke execute on function private.assume_caller(uuid, uuid, text) from public, anon, authenticated;
comment on function private.assume_caller(uuid, uuid, text) is
  'Runs the rest of the transaction as the request''s caller (role authenticated, its claims); service connection only.';

drop function private.assert_active_session(uuid, uuid);
