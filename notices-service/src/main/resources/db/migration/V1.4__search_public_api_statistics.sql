-- Member search, public notices API and transparency statistics (issue 5).
create extension if not exists pg_trgm;

-- Public identifier of every record: YEAR/NUMBER (entity_id of the public notices API; YEAR-NUMBER in paths)
create sequence notice_number_seq start with 10001;
alter table notice_record add column public_year integer;
alter table notice_record add column public_number integer;
update notice_record set public_year = extract(year from filed_at at time zone 'UTC')::integer, public_number = nextval('notice_number_seq');
alter table notice_record alter column public_year set not null;
alter table notice_record alter column public_number set not null;
alter table notice_record add constraint notice_record_public_id_uq unique (public_year, public_number);

-- Which public list a notice belongs to when its extract is public: RED, YELLOW, UN_PERSON, UN_ENTITY (null otherwise)
alter table notice_record add column public_category varchar(10) check (public_category in ('RED', 'YELLOW', 'UN_PERSON', 'UN_ENTITY'));
update notice_record set public_category = case when kind = 'NOTICE' and type = 'RED' then 'RED'
                                                when kind = 'NOTICE' and type = 'YELLOW' then 'YELLOW'
                                                when kind = 'NOTICE' and type = 'UN_SPECIAL' then 'UN_PERSON' end;
alter table notice_record add constraint notice_record_public_category check (public_category is null or kind = 'NOTICE');
-- folded ASCII words of the names, places, charges and marks (public free-text filter), and the same plus the case
-- summary (free text of the member search); computed in Java on write
alter table notice_record add column public_text text not null default '';
alter table notice_record add column search_text text not null default '';

-- the public lists: only consented, valid notices, newest first
create index notice_record_public_list_idx on notice_record (public_category, published_at desc, id)
    where public_extract and status in ('PUBLISHED', 'RENEWAL_DUE');
create index notice_record_public_text_trgm on notice_record using gin (public_text gin_trgm_ops)
    where public_extract and status in ('PUBLISHED', 'RENEWAL_DUE');
create index notice_record_search_text_trgm on notice_record using gin (search_text gin_trgm_ops);
create index notice_record_nationalities_idx on notice_record using gin (nationalities jsonb_path_ops);
create index notice_record_dob_idx on notice_record (dob_year, dob_month, dob_day);

-- One row per spelling of the subject's name (org.icpo.names.PersonName.forms()), normalized once on write
create table person_name (
    id             bigserial primary key,
    record_id      uuid         not null references notice_record (id),
    position       integer      not null check (position >= 1),
    family         varchar(200) not null,
    forenames      varchar(200) not null,
    script         varchar(20)  not null,
    name_latin     varchar(500) not null,
    name_ascii     varchar(500) not null,
    name_sorted    varchar(500) not null,
    name_skeleton  varchar(500) not null,
    family_ascii   varchar(500) not null,
    forename_ascii varchar(500) not null,
    unique (record_id, position)
);
create index person_name_record_idx on person_name (record_id);
create index person_name_ascii_trgm on person_name using gin (name_ascii gin_trgm_ops);
create index person_name_skeleton_trgm on person_name using gin (name_skeleton gin_trgm_ops);
create index person_name_sorted_idx on person_name (name_sorted);
create index person_name_family_trgm on person_name using gin (family_ascii gin_trgm_ops);
create index person_name_forename_trgm on person_name using gin (forename_ascii gin_trgm_ops);

-- statistics: per member and year
create index notice_record_filed_year_idx on notice_record (requester_country, public_year);
