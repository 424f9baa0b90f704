-- ScoutDesk workspace schema, version 1.
-- Portable between H2 2.x and PostgreSQL 15+: no vendor types, sequences for ids so Hibernate can batch inserts.

create sequence playlist_seq start with 1 increment by 50;
create sequence track_seq start with 1 increment by 50;
create sequence playlist_entry_seq start with 1 increment by 50;
create sequence person_seq start with 1 increment by 50;
create sequence credit_seq start with 1 increment by 50;
create sequence contact_seq start with 1 increment by 50;
create sequence tag_seq start with 1 increment by 50;
create sequence activity_event_seq start with 1 increment by 50;
create sequence performance_snapshot_seq start with 1 increment by 50;
create sequence tier_run_seq start with 1 increment by 50;

create table playlist (
    id                  bigint primary key,
    spotify_id          varchar(64)   not null,
    name                varchar(500)  not null,
    owner_name          varchar(300),
    owner_id            varchar(200),
    followers           bigint,
    total_tracks        integer,
    image_url           varchar(1000),
    description         varchar(4000),
    chartmetric_url     varchar(1000),
    editorial           boolean       not null,
    fetch_method        varchar(20),
    status              varchar(20)   not null,
    last_checked_at     timestamp with time zone,
    last_good_fetch_at  timestamp with time zone,
    last_error          varchar(2000),
    auto_fetch          boolean       not null,
    auto_enrich         boolean       not null,
    sample              boolean       not null,
    created_at          timestamp with time zone not null,
    version             bigint        not null,
    constraint playlist_spotify_id_uk unique (spotify_id)
);

create table track (
    id                  bigint primary key,
    spotify_id          varchar(64)   not null,
    name                varchar(500)  not null,
    artist_names        varchar(1000) not null,
    album_name          varchar(500),
    isrc                varchar(12),
    duration_ms         integer,
    explicit_content    boolean,
    release_date        varchar(10),
    label               varchar(500),
    popularity          integer,
    spotify_streams     bigint,
    youtube_views       bigint,
    publisher_status    varchar(20)   not null,
    publisher_name      varchar(500),
    unsigned_score      double precision,
    score_breakdown     varchar(4000),
    score_computed_at   timestamp with time zone,
    lead_stage          varchar(20)   not null,
    notes               varchar(4000),
    sample              boolean       not null,
    first_seen_at       timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    version             bigint        not null,
    constraint track_spotify_id_uk unique (spotify_id)
);
create index track_isrc_ix on track (isrc);
create index track_score_ix on track (unsigned_score);

create table playlist_entry (
    id              bigint primary key,
    week_start      date    not null,
    playlist_id     bigint  not null references playlist (id) on delete cascade,
    track_id        bigint  not null references track (id) on delete cascade,
    position        integer,
    added_at        timestamp with time zone,
    first_seen_at   timestamp with time zone not null,
    last_seen_at    timestamp with time zone not null,
    constraint playlist_entry_uk unique (week_start, playlist_id, track_id)
);
create index playlist_entry_track_ix on playlist_entry (track_id, week_start);
create index playlist_entry_playlist_ix on playlist_entry (playlist_id, week_start);

create table person (
    id                  bigint primary key,
    name                varchar(300) not null,
    spotify_artist_id   varchar(64),
    musicbrainz_id      varchar(36),
    ipi                 varchar(11),
    instagram_url       varchar(500),
    tiktok_url          varchar(500),
    x_url               varchar(500),
    youtube_url         varchar(500),
    website_url         varchar(500),
    sample              boolean      not null,
    version             bigint       not null,
    constraint person_spotify_uk unique (spotify_artist_id),
    constraint person_musicbrainz_uk unique (musicbrainz_id)
);
create index person_name_ix on person (name);

create table credit (
    id          bigint primary key,
    track_id    bigint      not null references track (id) on delete cascade,
    person_id   bigint      not null references person (id) on delete cascade,
    role        varchar(30) not null,
    source      varchar(30) not null,
    fetched_at  timestamp with time zone not null,
    constraint credit_uk unique (track_id, person_id, role, source)
);
create index credit_person_ix on credit (person_id);

create table contact (
    id                  bigint primary key,
    person_id           bigint references person (id) on delete set null,
    display_name        varchar(300) not null,
    email               varchar(300),
    phone               varchar(60),
    instagram_url       varchar(500),
    notes               varchar(4000),
    stage               varchar(20)  not null,
    total_streams       bigint,
    total_youtube_views bigint,
    avg_wow_growth_pct  double precision,
    aggregates_at       timestamp with time zone,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    version             bigint       not null,
    constraint contact_person_uk unique (person_id)
);

create table tag (
    id      bigint primary key,
    name    varchar(60) not null,
    color   varchar(7),
    constraint tag_name_uk unique (name)
);

create table track_tag (
    track_id    bigint not null references track (id) on delete cascade,
    tag_id      bigint not null references tag (id) on delete cascade,
    primary key (track_id, tag_id)
);
create index track_tag_tag_ix on track_tag (tag_id);

create table activity_event (
    id              bigint primary key,
    occurred_at     timestamp with time zone not null,
    actor           varchar(20)  not null,
    kind            varchar(40)  not null,
    track_id        bigint references track (id) on delete cascade,
    playlist_id     bigint references playlist (id) on delete cascade,
    tier            integer,
    outcome         varchar(20),
    message         varchar(2000) not null
);
create index activity_event_time_ix on activity_event (occurred_at);

create table performance_snapshot (
    id                  bigint primary key,
    track_id            bigint  not null references track (id) on delete cascade,
    week_start          date    not null,
    streams             bigint,
    youtube_views       bigint,
    wow_streams         bigint,
    wow_streams_pct     double precision,
    gap                 boolean not null,
    captured_at         timestamp with time zone not null,
    constraint performance_snapshot_uk unique (track_id, week_start)
);

create table tier_run (
    id              bigint primary key,
    track_id        bigint      not null references track (id) on delete cascade,
    tier            integer     not null,
    status          varchar(20) not null,
    attempts        integer     not null,
    next_attempt_at timestamp with time zone,
    last_error      varchar(2000),
    duration_ms     bigint,
    updated_at      timestamp with time zone not null,
    constraint tier_run_uk unique (track_id, tier)
);
create index tier_run_status_ix on tier_run (status, tier);

-- Where every enriched value came from and when; a manual edit is an override that enrichment must not clobber.
create table field_provenance (
    track_id        bigint       not null references track (id) on delete cascade,
    field           varchar(40)  not null,
    source          varchar(30)  not null,
    tier            integer,
    fetched_at      timestamp with time zone not null,
    manual_override boolean      not null,
    primary key (track_id, field)
);

create table app_setting (
    setting_key     varchar(100)  primary key,
    setting_value   varchar(4000) not null,
    updated_at      timestamp with time zone not null
);
