-- How many rows each recruiter owns in each listed table, kept by triggers, so a list's total is
-- one indexed row read instead of counting the owner's rows on every page. Counting cost
-- about 40 % of the database's work per page at 1,000 rows per owner, and grows with every row
-- an owner adds; this does not. (A list with a filter or a search still counts what matches.)
--
-- The counts are written only by the triggers below (SECURITY DEFINER: a recruiter's insert or
-- delete updates them even though the recruiter may not write them), and read under row-level
-- security like the rows they count.

create table private.owned_row_counts (
  owner_id uuid not null references public.users (id) on delete cascade,
  table_name text not null,
  row_count bigint not null check (row_count >= 0),
  primary key (owner_id, table_name)
);
comment on table private.owned_row_counts is
  'Rows per owner in each listed table (a list''s total); written by triggers only.';

alter table private.owned_row_counts enable row level security;
revoke all on private.owned_row_counts from public, anon, authenticated;
grant select on private.owned_row_counts to authenticated;

create policy "Recruiters can read their own row counts"
  on private.owned_row_counts for select to authenticated
  using (owner_id = (select auth.uid()));

-- One statement-level trigger function for inserts, deletes (cascaded ones too: Postgres runs a
-- cascade as a statement of its own, with its own triggers) and TRUNCATE. Transition tables
-- carry every row a statement touched, so a bulk insert updates each owner's count once.
create function private.count_owned_rows() returns trigger
  language plpgsql
  security definer
  set search_path = ''
  as $$
  begin
    if tg_op = 'INSERT' then
      insert into private.owned_row_counts as counted (owner_id, table_name, row_count)
        select owner_id, tg_table_name, count(*) from new_rows group by owner_id
        on conflict (owner_id, table_name)
          do update set row_count = counted.row_count + excluded.row_count;
    elsif tg_op = 'DELETE' then
      -- Never inserts: when the owner is being deleted, their counts may be gone already.
      update private.owned_row_counts as counted
        set row_count = counted.row_count - removed.row_count
        from (select owner_id, count(*) as row_count from old_rows group by owner_id) as removed
        where counted.owner_id = removed.owner_id and counted.table_name = tg_table_name;
    else
      delete from private.owned_row_counts where table_name = tg_table_name;
    end if;
    return null;
  end;
  $$;
revoke execute on function private.count_owned_rows() from public, anon, authenticated;

-- A row never changes owner (row-level security already refuses it to recruiters; this makes it
-- hold for service-level work too), so updates never move a count.
create function private.refuse_owner_change() returns trigger
  language plpgsql
  set search_path = ''
  as $$
  begin
    raise exception 'a row''s owner_id cannot change' using errcode = '42501';
  end;
  $$;
revoke execute on function private.refuse_owner_change() from public, anon, authenticated;

-- The tables the API lists, each with its counting triggers, and the counts of the rows they
-- hold already.
do $$
declare
  listed text;
begin
  foreach listed in array array[
    'candidates', 'job_descriptions', 'cvs', 'interview_tickets', 'interviews', 'interview_reports'
  ] loop
    execute format(
      'create trigger %1$s_count_inserts after insert on public.%1$I
         referencing new table as new_rows
         for each statement execute function private.count_owned_rows()', listed);
    execute format(
      'create trigger %1$s_count_deletes after delete on public.%1$I
         referencing old table as old_rows
         for each statement execute function private.count_owned_rows()', listed);
    execute format(
      'create trigger %1$s_count_truncates after truncate on public.%1$I
         for each statement execute function private.count_owned_rows()', listed);
    execute format(
      'create trigger %1$s_owner_is_fixed before update of owner_id on public.%1$I
         for each row when (old.owner_id is distinct from new.owner_id)
         execute function private.refuse_owner_change()', listed);
    execute format(
      'insert into private.owned_row_counts (owner_id, table_name, row_count)
         select owner_id, %1$L, count(*) from public.%1$I group by owner_id', listed);
  end loop;
end;
$$;
