-- GIN's "fast update" queues the entries of new and updated rows in a pending list, merged into the index only by a
-- vacuum or once the list passes gin_pending_list_limit (4 MB); until then every scan of the index reads the whole
-- list and tests each queued row against its query. A row's new version gets new index entries on every update
-- (the lifecycle job's status changes too), and autovacuum waits for a fifth of the table to change: measured over
-- 1,000,000 notices, the 923 rows updated by one night's lifecycle run (65 pending pages) took the member search's
-- candidate query from 2.2 to 5.2 ms on average. The indexes the searches read take their entries directly instead
-- (a write pays for its own entries, a few milliseconds), and what is pending now is merged.
alter index notice_record_name_keys_idx set (fastupdate = off);
alter index notice_record_search_text_trgm set (fastupdate = off);
alter index notice_record_nationalities_idx set (fastupdate = off);
alter index notice_record_public_text_trgm set (fastupdate = off);
select gin_clean_pending_list('notice_record_name_keys_idx'::regclass);
select gin_clean_pending_list('notice_record_search_text_trgm'::regclass);
select gin_clean_pending_list('notice_record_nationalities_idx'::regclass);
select gin_clean_pending_list('notice_record_public_text_trgm'::regclass);
