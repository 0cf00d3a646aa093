-- membership-service schema: members, contributions and payments, arrears appeals, measures,
-- admission applications. Every mutable aggregate carries a version for optimistic locking.

create extension if not exists btree_gist;

create table member (
    code           varchar(2)   primary key check (code ~ '^[A-Z]{2}$'),
    name           varchar(200) not null,
    region         varchar(30)  not null check (region in ('AFRICA', 'AMERICAS', 'ASIA_SOUTH_PACIFIC', 'EUROPE')),
    admission_year integer check (admission_year between 1914 and 2999),
    police_body    varchar(300),
    created_at     timestamptz  not null default now(),
    version        bigint       not null default 0
);
create index member_region_idx on member (region);

create table contribution (
    id             uuid primary key,
    member_code    varchar(2)    not null references member (code),
    financial_year integer       not null check (financial_year between 1914 and 2999),
    amount_due     numeric(14, 2) not null check (amount_due >= 0),
    currency       varchar(3)    not null check (currency ~ '^[A-Z]{3}$'),
    assessed_on    date          not null,
    created_at     timestamptz   not null default now(),
    version        bigint        not null default 0,
    unique (member_code, financial_year)
);

create table contribution_payment (
    id              uuid primary key,
    contribution_id uuid           not null references contribution (id),
    amount          numeric(14, 2) not null check (amount > 0),
    paid_on         date           not null,
    reference       varchar(200),
    recorded_by     varchar(255)   not null,
    created_at      timestamptz    not null default now()
);
create index contribution_payment_contribution_idx on contribution_payment (contribution_id);

create table arrears_appeal (
    id             uuid primary key,
    member_code    varchar(2)   not null references member (code),
    financial_year integer      not null check (financial_year between 1914 and 2999),
    lodged_on      date         not null,
    grounds        varchar(4000) not null,
    outcome        varchar(20)  not null check (outcome in ('PENDING', 'GRANTED', 'DISMISSED')),
    decided_on     date,
    decision_reason varchar(4000),
    created_at     timestamptz  not null default now(),
    version        bigint       not null default 0,
    check ((outcome = 'PENDING') = (decided_on is null))
);
create index arrears_appeal_member_idx on arrears_appeal (member_code);
-- one appeal under examination per member and financial year
create unique index arrears_appeal_one_pending on arrears_appeal (member_code, financial_year) where outcome = 'PENDING';

create table measure (
    id               uuid primary key,
    member_code      varchar(2)   not null references member (code),
    kind             varchar(30)  not null check (kind in ('CORRECTIVE_MEASURES', 'HEIGHTENED_SUPERVISION', 'ACCESS_SUSPENSION')),
    reason           varchar(4000) not null,
    legal_basis      varchar(500) not null,
    decided_by       varchar(200) not null,
    decided_on       date         not null,
    effective_from   date         not null,
    endorsed_on      date,
    suspended_rights varchar(40),
    lifted_on        date,
    lift_reason      varchar(4000),
    lift_decided_by  varchar(200),
    imposed_by       varchar(255) not null,
    lifted_by        varchar(255),
    created_at       timestamptz  not null default now(),
    version          bigint       not null default 0,
    check (lifted_on is null or lifted_on >= effective_from),
    check ((lifted_on is null) = (lift_reason is null)),
    check ((kind = 'ACCESS_SUSPENSION') = (suspended_rights is not null))
);
create index measure_member_idx on measure (member_code);
-- at most one active measure of each kind per member ...
create unique index measure_one_active_per_kind on measure (member_code, kind) where lifted_on is null;
-- ... and no two measures of one kind in force over overlapping periods
alter table measure add constraint measure_no_overlap
    exclude using gist (member_code with =, kind with =, daterange(effective_from, lifted_on, '[)') with &&);

create table admission_application (
    id                   uuid primary key,
    iso_code             varchar(2)    not null check (iso_code ~ '^[A-Z]{2}$'),
    state_name           varchar(200)  not null,
    region               varchar(30)   not null check (region in ('AFRICA', 'AMERICAS', 'ASIA_SOUTH_PACIFIC', 'EUROPE')),
    police_body          varchar(300)  not null,
    statehood_statement  varchar(8000) not null,
    accepts_constitution boolean       not null check (accepts_constitution),
    submitted_on         date          not null,
    assembly_year        integer       not null,
    status               varchar(20)   not null check (status in ('SUBMITTED', 'SCHEDULED', 'ADMITTED', 'REJECTED', 'WITHDRAWN')),
    scheduled_session    integer,
    withdrawn_on         date,
    withdrawal_reason    varchar(4000),
    decided_on           date,
    ballot_id            varchar(100),
    decision_session     integer,
    rounds               jsonb,
    outcome_reported_at  timestamptz,
    created_at           timestamptz   not null default now(),
    version              bigint        not null default 0
);
-- one application per state and Assembly year; one open application per state at a time
create unique index admission_application_one_per_year on admission_application (iso_code, assembly_year);
create unique index admission_application_one_open on admission_application (iso_code) where status in ('SUBMITTED', 'SCHEDULED');
create index admission_application_year_idx on admission_application (assembly_year);
