-- SearchKeys changed: a spelling of m words (2 to 7) has its keys again tagged with m ("2d_ivanov") instead of one
-- "w_m" key, so that a longer query looks for it among the names of m words without reading the posting list of all
-- names of m words. The keys are computed again by NameKeyIndex at start-up (null means "not computed yet").
update notice_record set name_keys = null where name_keys is not null;
