-- The Assembly votes on one Executive Committee election at a time: each round opens against the
-- Committee as the previous elections left it, so that no two seats can go to one country or two
-- presiding posts to one region through rounds running side by side.
create unique index ballot_one_office_round_open on ballot (kind) where kind = 'OFFICE' and status = 'ROUND_OPEN';
