-- A run the scout asked for again (re-enrich, `enrich --force`) runs even when its values are complete and fresh;
-- the flag is cleared once the run is done.
alter table tier_run add column forced boolean default false not null;
