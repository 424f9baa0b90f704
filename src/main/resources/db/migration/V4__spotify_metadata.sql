-- Tier 1 (Spotify metadata): what the Web API says about a track that had no column yet. Plain types only, so the
-- same script runs on H2 and PostgreSQL. Every column is nullable: null means "not known", never 0.

-- The album cover (the largest image Spotify lists).
alter table track add column image_url varchar(1000);
-- The album's P-line, e.g. "(P) 2026 Night Owl Records": the sound-recording owner. When Spotify withholds the
-- label, tier 1 takes the label from here, and this column shows where it came from.
alter table track add column p_line varchar(500);

-- The lead (first-listed) artist's audience, copied onto the track so filters and the score read one row.
alter table track add column artist_followers bigint;
alter table track add column artist_popularity integer;
alter table track add column artist_genres varchar(1000);

-- Audio features (closed to apps registered since 2024-11-27; extended-quota apps still get them).
-- "key" and "mode" are reserved words in some databases, hence the musical_ prefix.
alter table track add column danceability double precision;
alter table track add column energy double precision;
alter table track add column valence double precision;
alter table track add column tempo double precision;
alter table track add column acousticness double precision;
alter table track add column instrumentalness double precision;
alter table track add column speechiness double precision;
alter table track add column liveness double precision;
alter table track add column loudness double precision;
alter table track add column musical_key integer;
alter table track add column musical_mode integer;
alter table track add column time_signature integer;

-- A provenance row may record that a source was asked and withheld the field (Spotify's development mode drops
-- popularity, label, followers and audio features): the value stays null and the UI says "not available from
-- <source> at <fetched_at>" instead of showing 0 or a blank.
alter table field_provenance add column not_available boolean default false not null;
