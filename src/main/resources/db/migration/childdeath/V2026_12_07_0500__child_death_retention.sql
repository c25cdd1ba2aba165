-- The retention schedule (ADR 0018) on child deaths: a reviewed death is anonymised a set number
-- of years after the death (the child's pseudonym and the free text of its source removed; the
-- age band, kind, area, dates, category and factors kept for the statistics). anonymised_at marks it.
alter table child_death add column anonymised_at timestamp with time zone;
