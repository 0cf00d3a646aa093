-- The member search scores every candidate against the forms of its stored spellings. They were read from person_name
-- after the candidate query, one index lookup per candidate (a sixth of the search's database work at 1,000,000
-- notices); they now come with the candidate's row: per spelling, in order, family, forenames, Latin spelling and the
-- two folded forms NameForms.restore needs (five elements each). Null until computed: NameKeyIndex computes the
-- missing ones at start-up, with the name keys, and the search reads person_name for a record that has none yet.
alter table notice_record add column name_forms text[];

-- what NameKeyIndex still has to compute (until now the keys alone): empty once it is done
drop index notice_record_name_keys_missing_idx;
create index notice_record_name_index_missing on notice_record (id) where name_keys is null or name_forms is null;
