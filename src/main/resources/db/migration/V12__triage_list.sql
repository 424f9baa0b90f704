-- The triage list (issue 14) sorts, counts and searches the whole filter result, so what it sorts and searches by
-- lives on track itself: one scan of one table, never a per-row probe of another (V2 measured why).

-- The songwriters' names (writer, composer, lyricist credits), comma separated, so the text search finds a track by
-- its writers: search_text holds them after the name and the artists. Kept by persistence.TrackDerivedColumns with
-- every credit write, like has_songwriter.
alter table track add column songwriter_names varchar(2000);
alter table track alter column search_text set data type varchar(3600);

update track set songwriter_names = (
    select substring(string_agg(p.name, ', ' order by p.name) from 1 for 2000) from person p
    where p.id in (select c.person_id from credit c
                   where c.track_id = track.id and c.role in ('WRITER', 'COMPOSER', 'LYRICIST')));
update track set search_text = lower(name || ' ' || artist_names || ' ' || songwriter_names)
    where songwriter_names is not null;

-- When an enrichment tier last answered for the track (a run that ended done, values found or not). Written with the
-- run's outcome, in the same transaction; tier_run.updated_at alone forgets it as soon as the run is queued again.
alter table track add column last_enriched_at timestamp with time zone;

update track set last_enriched_at = (select max(r.updated_at) from tier_run r
                                     where r.track_id = track.id and r.status = 'DONE');

-- Week-over-week stream growth of the track's latest weekly snapshot (null: no snapshot, or none to compare with),
-- copied here so the list sorts by it in one scan: a per-row look-up of the latest snapshot made a 200-row window of
-- 20,000 tracks take a second. Kept by persistence.TrackDerivedColumns.refreshGrowth with every snapshot write.
alter table track add column wow_streams_pct double precision;

update track set wow_streams_pct = (select s.wow_streams_pct from performance_snapshot s
    where s.track_id = track.id
      and s.week_start = (select max(s2.week_start) from performance_snapshot s2 where s2.track_id = track.id));
