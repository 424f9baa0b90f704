-- Tier 6 (YouTube Data API): the track's video and its public counts. Plain types only, so the same script runs on
-- H2 and PostgreSQL. Every column is nullable: null means "not known" (or hidden by the video's owner), never 0.

-- The video id (11 characters today; room for more should YouTube lengthen them).
alter table track add column youtube_video_id varchar(64);
-- Counts as videos.list gives them (uint64 sent as strings), refreshed weekly. The views have had their column
-- (track.youtube_views) since V1, where the weekly performance snapshot also keeps one per week.
alter table track add column youtube_likes bigint;
alter table track add column youtube_comments bigint;
-- How the video was found: 'known id' (another tier named it) or 'search' (matched by title and artist).
alter table track add column youtube_video_found_by varchar(20);
