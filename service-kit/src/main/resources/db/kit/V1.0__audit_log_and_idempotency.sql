-- Shared by every ICPO service (from service-kit): the append-only audit log and idempotency records.

create table audit_log (
    id            bigserial primary key,
    occurred_at   timestamptz not null default now(),
    actor         varchar(255) not null,
    actor_roles   varchar(500) not null default '',
    actor_country varchar(2),
    action        varchar(100) not null,
    target_type   varchar(60)  not null,
    target_id     varchar(120) not null,
    request_id    varchar(64),
    details       jsonb        not null default '{}'::jsonb
);
create index audit_log_target_idx on audit_log (target_type, target_id, id);
create index audit_log_actor_idx on audit_log (actor, id);

-- Append-only: rows can be added, never changed or removed.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % refused', tg_op using errcode = '42501';
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();

create table idempotency_record (
    actor         varchar(255) not null,
    idem_key      varchar(255) not null,
    request_hash  varchar(64)  not null,
    status        integer      not null,
    location      varchar(1000),
    response_body text,
    created_at    timestamptz  not null default now(),
    primary key (actor, idem_key)
);
