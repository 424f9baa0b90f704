-- In-app alerts (issue 16): a lead lost (the label went major, a publisher appeared at The MLC), a velocity spike,
-- a track new on an editorial playlist. Each is also an activity_event; this table adds what the notification list
-- needs: the one-per-reason key and whether the scout dismissed it.
create sequence alert_seq start with 1 increment by 50;
create table alert (
    id              bigint primary key,
    kind            varchar(30)   not null,
    track_id        bigint        not null references track (id) on delete cascade,
    playlist_id     bigint        references playlist (id) on delete cascade,
    -- One alert per track and reason: 'LABEL_MAJOR:12', 'EDITORIAL:12:3', 'VELOCITY_SPIKE:12:2026-11-30'.
    reason_key      varchar(200)  not null,
    message         varchar(2000) not null,
    occurred_at     timestamp with time zone not null,
    dismissed_at    timestamp with time zone,
    constraint alert_reason_uk unique (reason_key)
);
create index alert_open_ix on alert (dismissed_at, occurred_at);
