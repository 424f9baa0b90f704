-- How many times a run was queued again (re-enrich, `enrich --force`). A run's outcome is written only if the run
-- is still in the generation it was claimed in, so re-queuing a run that is in flight is not overwritten by the
-- answer the source gave before: the run stays pending and is asked again.
alter table tier_run add column generation integer default 0 not null;
