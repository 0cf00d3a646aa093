-- A text-filtered public list is read from public_filter alone. Until now its rows held texts only and every query
-- joined the whole list in notice_record to learn which notices are listed today: over the benchmark's million notices
-- the count of name=an on the red list took 45 to 60 ms, three quarters of it walking the list's 71,000 index entries,
-- where the scan of public_filter itself takes 13 ms. The table now holds a row only for a notice that is listed
-- (PublicNotices.PUBLIC: a public list, its requester's consent, published or due for renewal) with its validity and
-- publication time, so that the count and the page of a text filter are one scan of it. The page's rows are still read
-- from notice_record under PublicNotices.PUBLIC.
truncate public_filter;
alter table public_filter
    add column valid_until  date,
    add column published_at timestamptz;
-- a scan of it is short (10 to 20 ms); several processes on one such scan only take the cores other requests need
alter table public_filter set (parallel_workers = 0);

create or replace function public_filter_refresh(ids uuid[]) returns void language sql as $$
    delete from public_filter f using unnest(ids) i (id) where f.record_id = i.id;
    insert into public_filter (record_id, category, family, forename, free_text, valid_until, published_at)
    select r.id, r.public_category,
           coalesce(string_agg(n.family_ascii, E'\n' order by n.position), ''),
           coalesce(string_agg(n.forename_ascii, E'\n' order by n.position), ''),
           r.public_text, r.valid_until, r.published_at
      from (select distinct id from unnest(ids) i (id)) i
      join notice_record r on r.id = i.id
      left join person_name n on n.record_id = r.id
     where r.public_extract and r.public_category is not null and r.status in ('PUBLISHED', 'RENEWAL_DUE')
     group by r.id;
$$;

drop trigger notice_record_public_filter_update on notice_record;
create trigger notice_record_public_filter_update after update on notice_record for each row
    when ((old.public_extract, old.public_category, old.public_text, old.status, old.valid_until, old.published_at)
          is distinct from (new.public_extract, new.public_category, new.public_text, new.status, new.valid_until, new.published_at))
    execute function public_filter_row_updated('id');

select public_filter_refresh(array(select id from notice_record
                                    where public_extract and public_category is not null and status in ('PUBLISHED', 'RENEWAL_DUE')));
analyze public_filter;
