-- SearchKeys changed: a stored word whose form is a common name's (name-matching's common-names.txt: IVANOVICH,
-- MARIA, MOHAMMED...) no longer gets deletion keys, which listed the same tens of thousands of records under each of
-- the word's deletions; a query asks for the exact keys of the common forms near its words instead. The candidates
-- are the same. The keys are computed again by NameKeyIndex at start-up (null means "not computed yet").
update notice_record set name_keys = null where name_keys is not null;
