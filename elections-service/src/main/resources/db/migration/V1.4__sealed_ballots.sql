-- WHAT was voted while a round is open, sealed: each row is the receipt and the choice encrypted by the service
-- (AES-256-GCM, a key the database does not hold, the round's id as associated data), all rows of one length.
-- A vote's row is written in the same transaction as its voter's round_participation row, so the database can pair
-- them (transaction ids, row positions, the write-ahead log); sealed, the pair tells nothing. Emptied into the
-- board when the round closes. ballot_box, which held receipts and choices in clear, only keeps the votes of rounds
-- opened before this migration until they close; nothing writes to it any more.
create table sealed_ballot (
    round_id uuid  not null references ballot_round (id),
    sealed   bytea not null check (octet_length(sealed) = 70)
);
create index sealed_ballot_round_idx on sealed_ballot (round_id);
