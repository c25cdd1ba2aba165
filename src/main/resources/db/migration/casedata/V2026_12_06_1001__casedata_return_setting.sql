-- The partnership's local authority, as the DfE's SSDA903 rules compare placements with it
-- (its ONS code, such as E06000016): given once on the Case data import page.
create table return_setting (
    partnership_id bigint     not null,
    ons_code       varchar(9),
    constraint return_setting_pk primary key (partnership_id),
    constraint return_setting_partnership_fk foreign key (partnership_id) references partnership (partnership_id)
);
