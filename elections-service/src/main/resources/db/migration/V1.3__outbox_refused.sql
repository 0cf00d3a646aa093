-- An outcome that membership-service refuses for good (409: a different outcome is recorded or the
-- application is no longer scheduled; 404; 400) is not retried: it is kept as REFUSED with the reason,
-- for the Secretariat to resolve.
alter table outbox_message drop constraint outbox_message_status_check;
alter table outbox_message add constraint outbox_message_status_check check (status in ('PENDING', 'DELIVERED', 'REFUSED'));
