-- Corrections: a member or meeting recorded by mistake is withdrawn, never deleted. A withdrawn
-- row counts in no quorum, attendance or list; its history is in record_correction.
alter table group_member add column withdrawn_at timestamp with time zone;
alter table meeting add column withdrawn_at timestamp with time zone;
