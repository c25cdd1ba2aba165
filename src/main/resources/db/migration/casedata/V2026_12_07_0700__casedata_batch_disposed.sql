-- When the retention schedule deleted a batch's case-level rows (docs/adr/0018): the batch
-- itself stays, with its counts and findings by rule, so that the figures computed from it
-- can still be traced to it; its children, journeys and findings are gone.
alter table import_batch add column disposed_at timestamp with time zone;
