-- elections-service schema: Assembly sessions and attendance, ballots with rounds, the frozen voter
-- roll, the secret ballot box, the public board, the Executive Committee and the outbox.
-- Every mutable aggregate carries a version for optimistic locking.

create table assembly_session (
    number       integer      primary key check (number between 1 and 999),
    year         integer      not null check (year between 1914 and 2999),
    city         varchar(100) not null,
    host_country varchar(2)   not null check (host_country ~ '^[A-Z]{2}$'),
    starts_on    date         not null,
    ends_on      date         not null,
    status       varchar(10)  not null check (status in ('PLANNED', 'OPEN', 'CLOSED')),
    created_at   timestamptz  not null,
    version      bigint       not null default 0,
    check (ends_on >= starts_on),
    check (extract(year from starts_on) = year)
);

create table attendance (
    session_number integer      not null references assembly_session (number),
    country        varchar(2)   not null check (country ~ '^[A-Z]{2}$'),
    registered_at  timestamptz  not null,
    registered_by  varchar(255) not null,
    primary key (session_number, country)
);

create table ballot (
    id                   uuid         primary key,
    session_number       integer      not null references assembly_session (number),
    kind                 varchar(30)  not null check (kind in ('ADMISSION', 'OFFICE', 'RESOLUTION', 'CONSTITUTIONAL_AMENDMENT')),
    title                varchar(300) not null,
    text                 varchar(8000),
    application_id       uuid,
    applicant_country    varchar(2),
    applicant_name       varchar(200),
    office               varchar(20) check (office in ('PRESIDENT', 'VICE_PRESIDENT', 'DELEGATE')),
    seat_region          varchar(30) check (seat_region in ('AFRICA', 'AMERICAS', 'ASIA_SOUTH_PACIFIC', 'EUROPE')),
    by_election          boolean      not null default false,
    term_start           date,
    term_end             date,
    circulated_on        date,
    status               varchar(20)  not null check (status in ('PENDING', 'ROUND_OPEN', 'BETWEEN_ROUNDS', 'DECIDED')),
    current_round        integer      not null default 0 check (current_round >= 0),
    outcome              varchar(20) check (outcome in ('ADMITTED', 'REJECTED', 'ELECTED', 'NOT_ELECTED', 'ADOPTED', 'NOT_ADOPTED')),
    elected_candidate_id uuid,
    decided_on           date,
    created_at           timestamptz  not null,
    version              bigint       not null default 0,
    check ((kind = 'ADMISSION') = (application_id is not null)),
    check ((kind = 'OFFICE') = (office is not null)),
    check (office is null or (office = 'PRESIDENT') = (seat_region is null)),
    check ((kind = 'OFFICE') = (term_start is not null and term_end is not null)),
    check (term_end is null or term_end > term_start),
    check ((status = 'DECIDED') = (outcome is not null))
);
create index ballot_session_idx on ballot (session_number);
-- one admission ballot per application
create unique index ballot_one_per_application on ballot (application_id) where application_id is not null;

create table candidate (
    id                     uuid         primary key,
    ballot_id              uuid         not null references ballot (id),
    country                varchar(2)   not null check (country ~ '^[A-Z]{2}$'),
    person_name            varchar(200) not null,
    region                 varchar(30)  not null check (region in ('AFRICA', 'AMERICAS', 'ASIA_SOUTH_PACIFIC', 'EUROPE')),
    status                 varchar(20)  not null check (status in ('STANDING', 'ELIMINATED', 'WITHDRAWN', 'ELECTED', 'NOT_ELECTED')),
    eliminated_after_round integer,
    nominated_at           timestamptz  not null,
    nominated_by           varchar(255) not null,
    version                bigint       not null default 0
);
-- one candidate per country in a ballot (a withdrawn candidacy does not count)
create unique index candidate_one_per_country on candidate (ballot_id, country) where status <> 'WITHDRAWN';

create table ballot_round (
    id                 uuid          primary key,
    ballot_id          uuid          not null references ballot (id),
    number             integer       not null check (number >= 1),
    status             varchar(10)   not null check (status in ('OPEN', 'CLOSED')),
    choices            varchar(2000) not null,
    majority_rule      varchar(40)   not null,
    members_total      integer       not null check (members_total >= 0),
    present_count      integer       not null check (present_count >= 0),
    roll_size          integer       not null check (roll_size >= 0),
    opened_at          timestamptz   not null,
    closed_at          timestamptz,
    counts             jsonb,
    votes_cast         integer,
    abstentions        integer,
    voters             integer,
    threshold          integer,
    outcome            varchar(20) check (outcome in ('PASSED', 'FAILED', 'ELECTED', 'NO_WINNER')),
    elected_country    varchar(2),
    head_hash          varchar(64),
    version            bigint        not null default 0,
    unique (ballot_id, number),
    check ((status = 'CLOSED') = (outcome is not null)),
    check ((status = 'CLOSED') = (head_hash is not null))
);
-- at most one open round per ballot
create unique index ballot_round_one_open on ballot_round (ballot_id) where status = 'OPEN';

-- The voter roll, frozen from membership standings when the round opened: the members present,
-- and whether each may vote (with the reason when not).
create table round_roll (
    round_id uuid          not null references ballot_round (id),
    country  varchar(2)    not null,
    may_vote boolean       not null,
    reason   varchar(2000),
    primary key (round_id, country)
);

-- WHO voted: one row per member and round. The primary key is what makes a second vote impossible,
-- also across replicas and concurrent requests. Nothing here says what was voted.
create table round_participation (
    round_id uuid       not null,
    country  varchar(2) not null,
    primary key (round_id, country),
    foreign key (round_id, country) references round_roll (round_id, country)
);

-- WHAT was voted while the round is open: a random receipt and the choice. No voter, no timestamp,
-- no sequence: nothing links a row to a member or to the order of voting. Emptied into the board
-- when the round closes.
create table ballot_box (
    receipt  varchar(32) primary key,
    round_id uuid        not null references ballot_round (id),
    choice   varchar(10) not null
);
create index ballot_box_round_idx on ballot_box (round_id);

-- The public board of a closed round: every receipt with its choice, in receipt order (unrelated to
-- the voting order), each with the hash chaining it to the previous entries.
create table board_entry (
    round_id uuid        not null references ballot_round (id),
    position integer     not null check (position >= 1),
    receipt  varchar(32) not null unique,
    choice   varchar(10) not null,
    hash     varchar(64) not null,
    primary key (round_id, position)
);

-- Executive Committee: who held which seat, from when to when.
create table committee_term (
    id          uuid          primary key,
    office      varchar(20)   not null check (office in ('PRESIDENT', 'VICE_PRESIDENT', 'DELEGATE')),
    region      varchar(30)   not null check (region in ('AFRICA', 'AMERICAS', 'ASIA_SOUTH_PACIFIC', 'EUROPE')),
    country     varchar(2)    not null check (country ~ '^[A-Z]{2}$'),
    person_name varchar(200)  not null,
    term_start  date          not null,
    term_end    date          not null,
    ended_on    date,
    end_reason  varchar(1000),
    by_election boolean       not null default false,
    ballot_id   uuid          references ballot (id),
    recorded_at timestamptz   not null,
    version     bigint        not null default 0,
    check (term_end > term_start),
    check (ended_on is null or (ended_on >= term_start and ended_on <= term_end)),
    check ((ended_on is null) = (end_reason is null))
);
create index committee_term_dates_idx on committee_term (term_start, term_end);
-- a ballot fills one seat
create unique index committee_term_one_per_ballot on committee_term (ballot_id) where ballot_id is not null;

-- Outcomes to deliver to membership-service, written in the transaction that decides the ballot.
create table outbox_message (
    id              uuid          primary key,
    kind            varchar(40)   not null check (kind in ('ADMISSION_OUTCOME')),
    ballot_id       uuid          not null unique references ballot (id),
    application_id  uuid          not null,
    payload         jsonb         not null,
    status          varchar(20)   not null check (status in ('PENDING', 'DELIVERED')),
    attempts        integer       not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz   not null,
    last_error      varchar(2000),
    created_at      timestamptz   not null,
    delivered_at    timestamptz,
    version         bigint        not null default 0,
    check ((status = 'DELIVERED') = (delivered_at is not null))
);
create index outbox_due_idx on outbox_message (next_attempt_at) where status = 'PENDING';
