-- Public lists (issue 5 performance): every filter of a list can be answered from the partial covering index, so the
-- page's identifiers and the count are index-only scans (the nationality filter read the heap before).
drop index notice_record_public_list_idx;
create index notice_record_public_list_idx on notice_record (public_category, published_at desc, id)
    include (valid_until, sex, dob_year, requester_country, nationalities)
    where public_extract and status in ('PUBLISHED', 'RENEWAL_DUE');

-- A list's total is counted once per version of the records: any statement that writes notice_record moves the
-- version on, and PublicNotices recounts a total when the version it was counted at is not the current one. Exact on
-- every replica (the version is read from the database with the page).
create table public_list_version (
    id      boolean primary key default true check (id),
    version bigint  not null
);
insert into public_list_version (id, version) values (true, 0);

create function public_list_version_bump() returns trigger language plpgsql as $$
begin
    update public_list_version set version = version + 1;
    return null;
end
$$;

create trigger notice_record_public_list_version after insert or update or delete or truncate on notice_record
    for each statement execute function public_list_version_bump();
