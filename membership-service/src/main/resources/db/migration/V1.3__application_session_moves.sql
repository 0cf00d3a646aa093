-- A scheduled application moved to another session before its ballot (a correction): each move, kept as history.
alter table admission_application add column session_moves jsonb;
