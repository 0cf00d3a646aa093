-- The day a member was admitted, where it is known: recorded from the outcome of its admission ballot. A member whose
-- day is not known (the seeded members: DOMAIN.md gives their year) has its year of admission only.
alter table member add column admitted_on date;
alter table member add constraint member_admitted_on_in_admission_year
    check (admitted_on is null or (admission_year is not null and extract(year from admitted_on) = admission_year));
-- admissions recorded from a ballot before the column existed
update member m set admitted_on = (
        select min(a.decided_on) from admission_application a
        where a.iso_code = m.code and a.status = 'ADMITTED' and extract(year from a.decided_on) = m.admission_year)
    where m.admitted_on is null and m.admission_year is not null;
