-- The member search estimates how many records a query of several words meets from PostgreSQL's own statistics of
-- the name keys (pg_stats.most_common_elems and their frequencies, KeyStatistics), and asks for the closest
-- spellings first when they are likely far more than can be scored. By default ANALYZE keeps about 700 keys, down to
-- 2,600 of 1,000,000 notices; with a statistics target of 1,000 it keeps 10,000, down to about 350, which tells a
-- pair of common words (about 500 notices) from a rare one. ANALYZE then samples 300,000 rows (7 s over a million).
alter table notice_record alter column name_keys set statistics 1000;
analyze notice_record (name_keys);
