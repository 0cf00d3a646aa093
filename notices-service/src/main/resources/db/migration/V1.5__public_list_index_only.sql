-- The public lists count every matching notice on each request: carry valid_until in the partial index so the
-- count of an unfiltered list is an index-only scan.
drop index notice_record_public_list_idx;
create index notice_record_public_list_idx on notice_record (public_category, published_at desc, id) include (valid_until, sex, dob_year, requester_country)
    where public_extract and status in ('PUBLISHED', 'RENEWAL_DUE');
