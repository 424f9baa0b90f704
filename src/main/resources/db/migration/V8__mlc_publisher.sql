-- Tier 3 (The MLC): the song's publishing as registered with The MLC. publisher_status and publisher_name exist
-- since V1; the finer statuses (UNPUBLISHED, SELF_PUBLISHED, INDIE, MAJOR, SPLIT) fit its varchar(20). The older
-- HAS_PUBLISHER and NO_PUBLISHER values are kept as they are: they were set by hand (or by the sample data) knowing
-- no more than that, and the tier replaces them with a finer status when it finds the work, unless the scout set them.
-- Every column is nullable: null means "not known", never 0 or false.

-- The collection share the publishers registered, in percent (0 to 100).
alter table track add column publisher_share double precision;
-- The work's ISWC, canonical form (T and 10 digits).
alter table track add column iswc varchar(11);
-- The MLC's own code of the work.
alter table track add column mlc_song_code varchar(40);
-- Whether The MLC knows the song; false when the searches found nothing (no evidence of "no publisher").
alter table track add column mlc_found boolean;
