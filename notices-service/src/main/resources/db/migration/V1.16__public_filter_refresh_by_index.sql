-- The public filter's refresh looks its records up by their identifiers (= any) and reads each record's spellings by
-- its index, instead of joining the identifiers' list. The join's plan trusted the tables' statistics: after a table
-- had been emptied and analysed (autovacuum does so once enough rows are deleted), its statistics say "no rows" over
-- pages that still exist, and the planner expects one row however many a transaction has written since. It then ran the
-- join as a nested loop testing every identifier against every record, in time growing with the square of the rows
-- written: measured with such statistics, the refreshes of 10,000 notices filed in one statement took 0.55 s (the
-- records) and 2.1 s (their names), 100,000 took over 5 minutes, and a test run hung on it. Looked up by index, the
-- refresh is linear whatever the statistics say: 100,000 notices 1.8 s and 2.0 s with such statistics, and as fast
-- as the join with sound ones (1.4 to 1.5 s against 1.5 to 1.7 s for the names of 100,000 more).
create or replace function public_filter_refresh(ids uuid[]) returns void language sql as $$
    delete from public_filter where record_id = any (ids);
    insert into public_filter (record_id, category, family, forename, free_text, valid_until, published_at)
    select r.id, r.public_category, coalesce(n.family, ''), coalesce(n.forename, ''), r.public_text, r.valid_until, r.published_at
      from notice_record r
      left join lateral (select string_agg(p.family_ascii, E'\n' order by p.position) as family,
                                string_agg(p.forename_ascii, E'\n' order by p.position) as forename
                           from person_name p
                          where p.record_id = r.id) n on true
     where r.id = any (ids) and r.public_extract and r.public_category is not null and r.status in ('PUBLISHED', 'RENEWAL_DUE');
$$;
