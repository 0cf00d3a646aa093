-- Public list pages are kept per version of the public records (PublicNotices): a page shows names from person_name
-- (the name filters) and its first photograph from subject_photo, so writes to those move the version on too.
create trigger person_name_public_list_version after insert or update or delete or truncate on person_name
    for each statement execute function public_list_version_bump();
create trigger subject_photo_public_list_version after insert or update or delete or truncate on subject_photo
    for each statement execute function public_list_version_bump();
