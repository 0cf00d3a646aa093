-- A refugee status recorded by mistake, or that has ended, can be withdrawn (kept for the record);
-- withdrawn statuses no longer count in the screening.
alter table refugee_status add column withdrawn_at timestamptz;
alter table refugee_status add column withdrawn_by varchar(255);
alter table refugee_status add column withdrawal_reason varchar(4000);
alter table refugee_status add constraint refugee_status_withdrawal
    check ((withdrawn_at is null) = (withdrawal_reason is null) and (withdrawn_at is null) = (withdrawn_by is null));
