-- What an SSDA903 import keeps for next year's DfE rules that compare with last year's return:
-- each child's rows of the tables they read, under the child's pseudonymised key. The values
-- that identify a child (dates of birth, UPN, postcodes) are kept only as keyed hashes.
create table kept_return_row (
    partnership_id bigint         not null,
    kept_row_id    bigint         not null,
    batch_id       bigint         not null,
    child_key      varchar(64)    not null,
    table_name     varchar(30)    not null,
    row_number     integer        not null,
    fields_json    varchar(60000) not null,
    constraint kept_return_row_pk primary key (partnership_id, kept_row_id),
    constraint kept_return_row_batch_fk foreign key (partnership_id, batch_id)
        references import_batch (partnership_id, batch_id)
);
create index kept_return_row_by_batch on kept_return_row (partnership_id, batch_id, child_key);
