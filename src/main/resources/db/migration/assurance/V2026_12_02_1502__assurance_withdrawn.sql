-- Corrections: an engagement recorded by mistake is withdrawn, never deleted: it leaves the
-- list and the evidence by theme; its history is in record_correction.
alter table engagement add column withdrawn_at timestamp with time zone;
