-- The public lists' text filters (name, forename, freeText) read a narrow table of the public extracts' folded texts,
-- one row a notice with a public list and its requester's consent, instead of every spelling in person_name and every
-- notice's public_text. A filter of one or two letters ("Li", "Wu", "Ma") gives pg_trgm no trigram to look up, so it
-- read all 1.2 million spellings of the benchmark's million notices (name=qx 0.13 to 0.25 s of PostgreSQL's time on two
-- processes, freeText=qx 0.5 to 0.7 s) whoever sent it: no token is needed. Over this table's 108,000 rows (11 MB) every
-- such filter is one scan of 10 to 40 ms, short or long; a trigram index on it was no faster, so it has none.
--
-- Triggers keep it in step with every write of notice_record and person_name, whichever code (or an older replica of
-- the service during a rolling upgrade) writes them. Whether a notice is listed today (status, validity) is still read
-- from notice_record by every query (PublicNotices.PUBLIC): the table holds texts, not decisions.
create table public_filter (
    record_id uuid        primary key references notice_record (id) on delete cascade,
    category  varchar(16) not null,
    -- each spelling's folded family name (person_name.family_ascii), one a line: folded text has no line break, so a
    -- filter matches within one spelling, as it did on person_name
    family    text        not null,
    forename  text        not null,
    free_text text        not null
);

-- Rewrites the rows of these records from notice_record and person_name: one for each that is in a public list with
-- its requester's consent, none for the others. The tables are joined to the ids, not tested with "= any (ids)", which
-- compares every row with the whole array (100,000 names inserted by one statement took minutes).
create function public_filter_refresh(ids uuid[]) returns void language sql as $$
    delete from public_filter f using unnest(ids) i (id) where f.record_id = i.id;
    insert into public_filter (record_id, category, family, forename, free_text)
    select r.id, r.public_category,
           coalesce(string_agg(n.family_ascii, E'\n' order by n.position), ''),
           coalesce(string_agg(n.forename_ascii, E'\n' order by n.position), ''),
           r.public_text
      from (select distinct id from unnest(ids) i (id)) i
      join notice_record r on r.id = i.id
      left join person_name n on n.record_id = r.id
     where r.public_extract and r.public_category is not null
     group by r.id;
$$;

-- Statement triggers: the records of the rows a statement inserted or deleted. Each trigger names its transition table
-- changed_rows and gives the column of the record's id as its argument.
create function public_filter_rows_changed() returns trigger language plpgsql as $$
begin
    execute format('select public_filter_refresh(array(select %I from changed_rows))', tg_argv[0]);
    return null;
end
$$;

-- Row triggers on update, when what the table holds changed (Hibernate writes every column of an updated record, and
-- the lifecycle job updates thousands): the record before and after, the column of its id the trigger's argument.
create function public_filter_row_updated() returns trigger language plpgsql as $$
declare
    ids uuid[];
begin
    execute format('select array[($1).%1$I, ($2).%1$I]', tg_argv[0]) into ids using old, new;
    perform public_filter_refresh(ids);
    return null;
end
$$;

create trigger notice_record_public_filter_insert after insert on notice_record
    referencing new table as changed_rows for each statement execute function public_filter_rows_changed('id');
create trigger notice_record_public_filter_update after update on notice_record for each row
    when ((old.public_extract, old.public_category, old.public_text) is distinct from (new.public_extract, new.public_category, new.public_text))
    execute function public_filter_row_updated('id');
create trigger person_name_public_filter_insert after insert on person_name
    referencing new table as changed_rows for each statement execute function public_filter_rows_changed('record_id');
create trigger person_name_public_filter_delete after delete on person_name
    referencing old table as changed_rows for each statement execute function public_filter_rows_changed('record_id');
create trigger person_name_public_filter_update after update on person_name for each row
    when ((old.record_id, old.position, old.family_ascii, old.forename_ascii)
          is distinct from (new.record_id, new.position, new.family_ascii, new.forename_ascii))
    execute function public_filter_row_updated('record_id');

select public_filter_refresh(array(select id from notice_record where public_extract and public_category is not null));
analyze public_filter;

-- the trigram indexes the filters read until now (their upkeep was part of every filing)
drop index person_name_family_trgm;
drop index person_name_forename_trgm;
drop index notice_record_public_text_trgm;
