-- Tier 4 (MusicBrainz): what it says about a track, and about the people credited on it. Plain types only, so the
-- same script runs on H2 and PostgreSQL. Every column is nullable: null means "not known", never "no".

-- The recording the track's ISRC points to, whether MusicBrainz knows the track's artist (the score reads it), how
-- many songwriters its work lists and the work's ISWC (the first, when there are several).
alter table track add column musicbrainz_recording_id varchar(36);
alter table track add column musicbrainz_found boolean;
alter table track add column musicbrainz_songwriters integer;
alter table track add column musicbrainz_iswc varchar(15);

-- How a person found by one source was matched to one already known: MUSICBRAINZ_ID, SPOTIFY_ID, EXACT_NAME,
-- NORMALISED_NAME or MANUAL; null for a person made fresh.
alter table person add column match_basis varchar(20);

-- Links the person table had no column for, and where the links came from and when.
alter table person add column facebook_url varchar(500);
alter table person add column bandcamp_url varchar(500);
alter table person add column soundcloud_url varchar(500);
alter table person add column wikipedia_url varchar(500);
alter table person add column links_source varchar(40);
alter table person add column links_fetched_at timestamp with time zone;
