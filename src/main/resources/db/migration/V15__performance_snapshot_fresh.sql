-- The weekly performance snapshot (issue 16) is taken on numbers refreshed that week, for every tracked track.
-- Plain types only, so the same script runs on H2 and PostgreSQL. Null means "not known", never 0.

-- Week-over-week change of the YouTube views, as the streams have had since V1. Per week: when the previous value
-- is more than a week old, the change is divided by the weeks between (gap_weeks) and the row is marked (gap).
alter table performance_snapshot add column wow_views bigint;
alter table performance_snapshot add column wow_views_pct double precision;
-- Weeks between this snapshot and the one its streams (views) are compared with (1 for consecutive weeks; null:
-- nothing to compare with).
alter table performance_snapshot add column gap_weeks integer;
alter table performance_snapshot add column views_gap_weeks integer;
-- The refresh of the number failed (or did not finish by the deadline) this week: the value is the last one known,
-- carried over, and no week-over-week change is computed from it. Never read as zero growth.
alter table performance_snapshot add column streams_stale boolean default false not null;
alter table performance_snapshot add column views_stale boolean default false not null;
-- When the source gave the value the snapshot holds (null: never known).
alter table performance_snapshot add column streams_fetched_at timestamp with time zone;
alter table performance_snapshot add column views_fetched_at timestamp with time zone;
create index performance_snapshot_week_ix on performance_snapshot (week_start);

-- The contact's hot-lead band from its aggregates ('DISCOVERY', 'WATCH', 'ACTIVE'; null: nothing known yet).
alter table contact add column hot_band varchar(20);
