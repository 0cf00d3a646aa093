-- Member search candidates by blocking keys (org.icpo.names.SearchKeys: exact forms, one-letter deletions, consonant
-- skeletons of every word of every spelling) in an inverted index, instead of a trigram similarity scan: the candidates
-- of a name are found by key lookups that do not grow with the number of similar names.
-- name_keys is computed in Java on write; null means "not computed yet": NameKeyIndex computes those rows at start-up
-- (rows filed before this migration, and every row after a migration that changes the keys sets it back to null).
alter table notice_record add column name_keys tsvector;
create index notice_record_name_keys_idx on notice_record using gin (name_keys)
    where status in ('PUBLISHED', 'RENEWAL_DUE', 'CIRCULATING');
create index notice_record_name_keys_missing_idx on notice_record (id) where name_keys is null;

-- the trigram indexes on the whole name and the sorted words served the old candidate query only
drop index person_name_ascii_trgm;
drop index person_name_skeleton_trgm;
drop index person_name_sorted_idx;
