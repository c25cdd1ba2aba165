-- The agency whose data a batch is: an agency data lead sees only the agency's own batches.
alter table import_batch add column agency_id bigint;
alter table import_batch add constraint import_batch_agency_fk
    foreign key (partnership_id, agency_id) references agency (partnership_id, agency_id);
