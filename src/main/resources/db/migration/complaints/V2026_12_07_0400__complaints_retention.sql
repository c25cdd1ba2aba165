-- Retention of complaints (complaints module, issue 20): a closed complaint is anonymised a set
-- number of years after it closed (its text removed; category, dates, stages and outcomes kept for
-- the statistics). anonymised_at marks it.
alter table complaint add column anonymised_at timestamp with time zone;
