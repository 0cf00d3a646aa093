-- What NameForms.restore needs besides family, forenames and name_latin: the lower-case ASCII of each part with
-- its hyphens (NameForms.familyAscii/forenamesAscii), so that a search rebuilds a candidate's forms without
-- transliterating it again. Written on filing; rows written before have none and are normalized when read.
alter table person_name
    add column match_family text,
    add column match_forenames text,
    add constraint person_name_match_forms check ((match_family is null) = (match_forenames is null));
