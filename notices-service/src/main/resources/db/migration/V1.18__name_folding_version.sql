-- The version of Names.fold that the stored folded names were computed with: refugee_status.family_folded and
-- forename_folded, ccf_deletion_block's subject_key, family_folded and forename_folded, notice_record.subject_key.
-- Version 2 folds compatibility forms (fullwidth letters, ligatures), folds case in full ("ß" is "ss"), removes
-- invisible characters (soft hyphen, zero-width space, word joiner...) and makes look-alike apostrophes one, so some
-- names fold differently from version 1. notices-service computes the stored folds again when it starts
-- (StoredFolds), then records the version here; one row.
create table name_folding (
    one     boolean primary key default true check (one),
    version integer not null
);
insert into name_folding (version) values (1);
