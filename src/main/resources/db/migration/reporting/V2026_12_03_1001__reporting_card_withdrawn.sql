-- Corrections: a report card is corrected in place (its history is in record_correction) and a
-- card written by mistake is withdrawn, never deleted; a withdrawn card shows in no report.
alter table report_card add column withdrawn_at timestamp with time zone;
