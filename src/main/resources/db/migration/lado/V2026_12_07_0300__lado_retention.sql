-- Retention of LADO records (lado module, issue 20): kept until the later of ten years after the
-- outcome (or the referral, while open) and the person's normal retirement date; retire_on is
-- that date where the LADO knows it. anonymised_at marks a record whose free text and keys were
-- removed under the schedule (its sector, harm, dates and outcome stay for the statistics).
alter table allegation add column retire_on date;
alter table allegation add column anonymised_at timestamp with time zone;
