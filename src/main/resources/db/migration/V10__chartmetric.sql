-- Tier 5 (Chartmetric analytics). Plain types only, so the same script runs on H2 and PostgreSQL. Every column is
-- nullable: null means "not known", never 0 or "none".

-- Whether Chartmetric knows the track's ISRC (false: asked, and it does not, which says nothing about a deal).
alter table track add column chartmetric_found boolean;
alter table track add column chartmetric_id bigint;
-- Comma separated, as Chartmetric names them.
alter table track add column chartmetric_moods varchar(1000);
alter table track add column chartmetric_activities varchar(1000);
alter table track add column chartmetric_songwriters varchar(1000);
-- The newest point of the Spotify stream history and the growth per day between its last two points.
alter table track add column chartmetric_spotify_streams bigint;
alter table track add column chartmetric_streams_per_day double precision;
-- The same for the YouTube views Chartmetric follows.
alter table track add column chartmetric_youtube_views bigint;
alter table track add column chartmetric_youtube_views_per_day double precision;
-- emerging, developing, growing or established: computed locally (ChartmetricTrackStage).
alter table track add column chartmetric_track_stage varchar(20);
-- The date (yyyy-mm-dd, UTC) of the newest point of the Spotify stream history.
alter table track add column chartmetric_series_date varchar(10);
-- The YouTube video ids Chartmetric links to the track (comma separated): the YouTube tier looks these up first.
alter table track add column chartmetric_youtube_ids varchar(1000);
