-- Columns whose content is longer than what the client sent, or computed from it, are text instead of a varchar whose
-- limit the input could pass (a 500 "value too long" instead of the answer):
--
-- * reasons stored with a prefix: notice_record.close_reason ("<ground>: " + a review reason of up to 4,000 characters;
--   "Deleted by decision of the CCF of ... (request ...): " + a CCF reason of up to 8,000) and record_event.reason
--   (the same CCF text). The reason is stored in full, never cut.
-- * forms normalized from names of up to 200 characters, which grow: ASCII transliteration ("Š" -> "sh"), Latin
--   transliteration of other scripts, NFC (some characters decompose: U+0958 -> two), and the folding of Names.fold
--   (NFD: a Hangul syllable is three jamo). person_name's forms and names as cleaned (NFC), the folded names and the
--   subject keys (folded family name | folded forename | date of birth) of notice_record, refugee_status and
--   ccf_deletion_block.
--
-- varchar to text is binary-coercible: PostgreSQL changes the catalogue only, without rewriting the tables or
-- rebuilding their indexes. A column named in a trigger's WHEN clause cannot change its type, so the trigger of
-- person_name that keeps public_filter in step (V1.14) is dropped and created again, unchanged.
alter table notice_record
    alter column close_reason type text,
    alter column subject_key type text;

alter table record_event
    alter column reason type text;

drop trigger person_name_public_filter_update on person_name;
alter table person_name
    alter column family type text,
    alter column forenames type text,
    alter column name_latin type text,
    alter column name_ascii type text,
    alter column name_sorted type text,
    alter column name_skeleton type text,
    alter column family_ascii type text,
    alter column forename_ascii type text;
create trigger person_name_public_filter_update after update on person_name for each row
    when ((old.record_id, old.position, old.family_ascii, old.forename_ascii)
          is distinct from (new.record_id, new.position, new.family_ascii, new.forename_ascii))
    execute function public_filter_row_updated('record_id');

alter table refugee_status
    alter column family_folded type text,
    alter column forename_folded type text;

alter table ccf_deletion_block
    alter column subject_key type text,
    alter column family_folded type text,
    alter column forename_folded type text;

-- A B-tree entry holds at most about 2,700 bytes: a subject key of two folded Hangul names of 200 syllables is 3,600.
-- The key was indexed for one query (the open requests about a person, RecordService.rescreenOpenAbout), which
-- compares its folded family name: that part is indexed by hash (an entry is the value's hash, whatever its length),
-- for the open requests only.
drop index notice_record_subject_idx;
create index notice_record_subject_family_idx on notice_record using hash (split_part(subject_key, '|', 1))
    where status in ('PROCESSING', 'INFO_REQUESTED', 'PENDING_SECOND_REVIEW', 'CIRCULATING');
