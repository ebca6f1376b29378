-- A CV whose file holds no text to read (a scanned PDF, a Word document of images) is kept with
-- parse_status 'no_text', apart from 'failed' (a stored file that could not be read again), so
-- a recruiter can tell "nothing to read" from "could not read".
--
-- The check is replaced rather than altered (Postgres cannot alter a check). It is added
-- NOT VALID, then validated: validating takes a lighter lock (SHARE UPDATE EXCLUSIVE) than
-- adding a checked constraint, so reads and writes of cvs go on while existing rows are checked.

alter table public.cvs drop constraint cvs_parse_status_check;

alter table public.cvs
  add constraint cvs_parse_status_check
  check (parse_status in ('pending', 'parsed', 'failed', 'no_text')) not valid;

alter table public.cvs validate constraint cvs_parse_status_check;

comment on column public.cvs.parse_status is
  'pending: not parsed yet; parsed; no_text: the file holds no text to read (a scan); failed: a stored file could not be read again.';
