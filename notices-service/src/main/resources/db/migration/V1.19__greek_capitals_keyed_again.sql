-- Greek names written in capitals were transliterated otherwise than in lower case: UN/ELOT reads αυ, ευ and ηυ as
-- av/af, ev/ef and iv/if by the next letter, but ICU applied the rule to lower case only ("ΕΛΕΥΘΕΡΙΑ" gave "eleutheria",
-- "Ελευθερία" "eleftheria"). The name-matching module now transliterates a Greek name in lower case whatever its case.
-- The spellings whose capitals hold one of these pairs are normalized again: their stored forms are forgotten here, and
-- NameKeyIndex computes the keys and forms of their records at start-up, as for records filed before keys existed.
update person_name set match_family = null, match_forenames = null
 where family ~ '[ΑΕΗ]Υ' or forenames ~ '[ΑΕΗ]Υ';

update notice_record set name_keys = null, name_forms = null
 where id in (select record_id from person_name where family ~ '[ΑΕΗ]Υ' or forenames ~ '[ΑΕΗ]Υ');
