-- One row per attempt to read a playlist, whatever its outcome. Adds and drops are computed against the previous
-- COMPLETE fetch only, so a failed or partial fetch can never make tracks look dropped.
create sequence playlist_fetch_seq start with 1 increment by 50;

create table playlist_fetch (
    id                  bigint primary key,
    playlist_id         bigint       not null references playlist (id) on delete cascade,
    week_start          date         not null,
    started_at          timestamp with time zone not null,
    finished_at         timestamp with time zone not null,
    source              varchar(20),
    outcome             varchar(20)  not null,
    items_expected      integer,
    items_read          integer      not null,
    skipped_unavailable integer      not null,
    skipped_local       integer      not null,
    added_count         integer,
    dropped_count       integer,
    message             varchar(2000)
);
create index playlist_fetch_playlist_ix on playlist_fetch (playlist_id, started_at);

-- The exact set of tracks a COMPLETE fetch saw: the baseline the next fetch's adds and drops are measured against.
-- (A week's entries are not that set: a partial fetch in the same week may have added to them.)
create table playlist_fetch_track (
    fetch_id    bigint not null references playlist_fetch (id) on delete cascade,
    track_id    bigint not null references track (id) on delete cascade,
    primary key (fetch_id, track_id)
);
