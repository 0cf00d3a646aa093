-- notices-service schema: notice requests and diffusions (one aggregate, "record"), their history,
-- photographs, recipients, outcomes, screening indicators, refugee statuses, CCF requests and the
-- re-submission blocks that CCF deletions create. Mutable aggregates carry a version (optimistic locking).

create table notice_record (
    id                    uuid primary key,
    kind                  varchar(10)  not null check (kind in ('NOTICE', 'DIFFUSION')),
    type                  varchar(12)  not null check (type in ('RED', 'YELLOW', 'BLUE', 'BLACK', 'GREEN', 'ORANGE', 'PURPLE', 'UN_SPECIAL', 'SILVER')),
    status                varchar(25)  not null check (status in ('PROCESSING', 'INFO_REQUESTED', 'PENDING_SECOND_REVIEW', 'CIRCULATING',
                                                                  'PUBLISHED', 'RENEWAL_DUE', 'REFUSED', 'WITHDRAWN', 'CANCELLED', 'EXPIRED')),
    requester_country     varchar(2)   not null check (requester_country ~ '^[A-Z]{2}$'),
    filed_by              varchar(255) not null,
    filed_at              timestamptz  not null,
    -- the subject: searchable columns (names in Latin and original script, sex, date of birth, nationalities) ...
    family_name           varchar(200),
    forename              varchar(200),
    family_name_original  varchar(200),
    forename_original     varchar(200),
    original_script       varchar(4),
    sex                   varchar(1)   check (sex in ('F', 'M', 'U')),
    dob_year              integer      check (dob_year between 1000 and 9999),
    dob_month             integer      check (dob_month between 1 and 12),
    dob_day               integer      check (dob_day between 1 and 31),
    nationalities         jsonb        not null default '[]'::jsonb,
    subject_key           varchar(700) not null,
    -- ... and everything else about the subject as submitted (without photographs)
    subject               jsonb        not null,
    case_summary          text         not null,
    red                   jsonb,
    type_data             jsonb        not null default '{}'::jsonb,
    justification         jsonb,
    public_extract        boolean      not null default false,
    new_facts             text,
    to_all                boolean      not null default true,
    -- automatic checks and screening
    checks                jsonb        not null,
    measures_at_filing    jsonb        not null default '[]'::jsonb,
    four_eyes             boolean      not null default false,
    risk_score            integer      not null default 0 check (risk_score between 0 and 100),
    risk_level            varchar(6)   not null default 'LOW' check (risk_level in ('LOW', 'MEDIUM', 'HIGH')),
    risk_flags            jsonb        not null default '[]'::jsonb,
    screened_at           timestamptz  not null,
    queued_at             timestamptz  not null,
    -- review
    first_reviewer        varchar(255),
    first_reviewed_at     timestamptz,
    reviewed_by           varchar(255),
    reviewed_at           timestamptz,
    refusal_ground        varchar(20)  check (refusal_ground in ('ARTICLE_2', 'ARTICLE_3', 'CONDITIONS_NOT_MET', 'INSUFFICIENT_DATA', 'REFUGEE')),
    decision_reason       varchar(4000),
    -- lifecycle
    published_at          timestamptz,
    valid_until           date,
    renewal_requested_at  timestamptz,
    closed_at             timestamptz,
    close_reason          varchar(4000),
    closed_by             varchar(255),
    version               bigint       not null default 0,
    -- four-eyes: a request under measures is published by a reviewer other than the one who approved it first
    constraint notice_record_four_eyes check (not four_eyes or published_at is null
                                              or (first_reviewer is not null and reviewed_by is not null and reviewed_by <> first_reviewer)),
    constraint notice_record_refusal_ground check (status <> 'REFUSED' or refusal_ground is not null),
    constraint notice_record_validity check (status not in ('PUBLISHED', 'RENEWAL_DUE') or kind = 'DIFFUSION' or valid_until is not null),
    constraint notice_record_diffusion_only check (kind = 'DIFFUSION' or to_all)
);
create index notice_record_queue_idx on notice_record (status, risk_score desc, queued_at);
create index notice_record_requester_idx on notice_record (requester_country, filed_at desc);
create index notice_record_subject_idx on notice_record (subject_key);
create index notice_record_validity_idx on notice_record (valid_until) where status in ('PUBLISHED', 'RENEWAL_DUE');

-- every transition, with who, when, why
create table record_event (
    id            bigserial primary key,
    record_id     uuid         not null references notice_record (id),
    occurred_at   timestamptz  not null,
    action        varchar(20)  not null,
    from_status   varchar(25),
    to_status     varchar(25)  not null,
    actor         varchar(255) not null,
    actor_role    varchar(20)  not null check (actor_role in ('REQUESTER', 'SECRETARIAT', 'CCF', 'SYSTEM')),
    actor_country varchar(2),
    reason        varchar(8000),
    ground        varchar(20),
    details       jsonb        not null default '{}'::jsonb
);
create index record_event_record_idx on record_event (record_id, id);

create table subject_photo (
    id           uuid primary key,
    record_id    uuid         not null references notice_record (id),
    position     integer      not null check (position >= 1),
    content_type varchar(20)  not null check (content_type in ('image/jpeg', 'image/png')),
    size_bytes   integer      not null check (size_bytes > 0),
    sha256       varchar(64)  not null,
    data         bytea        not null,
    added_at     timestamptz  not null,
    added_by     varchar(255) not null,
    unique (record_id, position)
);

create table diffusion_recipient (
    record_id uuid       not null references notice_record (id),
    country   varchar(2) not null check (country ~ '^[A-Z]{2}$'),
    primary key (record_id, country)
);
create index diffusion_recipient_country_idx on diffusion_recipient (country);

create table notice_outcome (
    id               uuid primary key,
    record_id        uuid         not null references notice_record (id),
    kind             varchar(12)  not null check (kind in ('LOCATED', 'ARRESTED', 'EXTRADITED')),
    occurred_on      date         not null,
    country          varchar(2)   not null check (country ~ '^[A-Z]{2}$'),
    to_country       varchar(2)   check (to_country ~ '^[A-Z]{2}$'),
    details          varchar(4000),
    recorded_by      varchar(255) not null,
    recorded_country varchar(2),
    recorded_at      timestamptz  not null,
    check ((kind = 'EXTRADITED') = (to_country is not null))
);
create index notice_outcome_record_idx on notice_outcome (record_id);

create table screening_indicator (
    id         bigserial primary key,
    term       varchar(200) not null check (length(trim(term)) > 0),
    language   varchar(8)   not null check (language ~ '^[a-z]{2,3}$'),
    category   varchar(10)  not null check (category in ('POLITICAL', 'MILITARY', 'RELIGIOUS', 'RACIAL')),
    active     boolean      not null default true,
    note       varchar(1000),
    updated_by varchar(255) not null default 'seed',
    updated_at timestamptz  not null default now(),
    version    bigint       not null default 0
);
create unique index screening_indicator_term_uq on screening_indicator (lower(term), language);

create table refugee_status (
    id              uuid primary key,
    family_name     varchar(200) not null,
    forename        varchar(200),
    family_folded   varchar(200) not null,
    forename_folded varchar(200) not null default '',
    date_of_birth   varchar(10),
    nationality     varchar(2)   check (nationality ~ '^[A-Z]{2}$'),
    country_fled    varchar(2)   not null check (country_fled ~ '^[A-Z]{2}$'),
    recognized_by   varchar(3)   not null check (recognized_by ~ '^([A-Z]{2}|CCF)$'),
    recognized_on   date         not null,
    reference       varchar(200) not null,
    recorded_by     varchar(255) not null,
    recorded_at     timestamptz  not null,
    version         bigint       not null default 0
);
create index refugee_status_name_idx on refugee_status (family_folded);

create table ccf_request (
    id                    uuid primary key,
    record_id             uuid          not null references notice_record (id),
    kind                  varchar(10)   not null check (kind in ('ACCESS', 'CORRECTION', 'DELETION')),
    applicant             varchar(300)  not null,
    grounds               varchar(8000) not null,
    received_on           date          not null,
    status                varchar(12)   not null check (status in ('RECEIVED', 'ADMISSIBLE', 'INADMISSIBLE', 'DECIDED')),
    admissibility_on      date,
    admissibility_reason  varchar(4000),
    deadline              date,
    decided_on            date,
    outcome               varchar(20)   check (outcome in ('ACCESS_GRANTED', 'ACCESS_RESTRICTED', 'CORRECTION_ORDERED',
                                                            'CORRECTION_REJECTED', 'DELETION_ORDERED', 'DELETION_REJECTED')),
    decision_reason       varchar(8000),
    correction            varchar(8000),
    created_by            varchar(255)  not null,
    created_at            timestamptz   not null,
    version               bigint        not null default 0,
    check ((status = 'ADMISSIBLE' or status = 'DECIDED') = (deadline is not null)),
    check ((status = 'DECIDED') = (outcome is not null)),
    check (admissibility_on is null or admissibility_on >= received_on),
    check (decided_on is null or decided_on >= admissibility_on)
);
create index ccf_request_record_idx on ccf_request (record_id);
create index ccf_request_open_idx on ccf_request (deadline) where status = 'ADMISSIBLE';

-- a CCF deletion: an identical request by the same member is refused unless it gives new facts
create table ccf_deletion_block (
    id                uuid primary key,
    record_id         uuid         not null references notice_record (id),
    ccf_request_id    uuid         not null references ccf_request (id) unique,
    requester_country varchar(2)   not null,
    subject_key       varchar(700) not null,
    family_folded     varchar(200) not null,
    forename_folded   varchar(200) not null,
    date_of_birth     varchar(10),
    reason            varchar(8000) not null,
    decided_on        date         not null
);
create index ccf_deletion_block_name_idx on ccf_deletion_block (family_folded);
