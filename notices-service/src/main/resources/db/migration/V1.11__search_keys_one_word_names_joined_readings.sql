-- SearchKeys changed: the keys of a one-word spelling are also tagged 1 ("1e_ivanov"), so that a query of two words
-- written together as one ("Ji Hoon" / "Jihoon") looks for it among one-word names only. The keys are computed again
-- by NameKeyIndex at start-up (null means "not computed yet").
update notice_record set name_keys = null where name_keys is not null;
