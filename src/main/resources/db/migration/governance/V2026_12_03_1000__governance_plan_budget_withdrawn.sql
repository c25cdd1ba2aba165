-- Corrections: a business plan activity, a progress review or a budget line recorded by mistake
-- is withdrawn, never deleted. A withdrawn row counts in no plan status and no budget total; its
-- history is in record_correction.
alter table plan_activity add column withdrawn_at timestamp with time zone;
alter table plan_review add column withdrawn_at timestamp with time zone;
alter table budget_line add column withdrawn_at timestamp with time zone;
