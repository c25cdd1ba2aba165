-- Reference data the DfE's SSDA903 rules read beside a return, shared by every partnership (as
-- the code lists and the bank holidays are): the ONS Postcode Directory's authority and grid
-- reference of each postcode, and Ofsted's register of providers. Loaded by `assure reference`.
create table reference_postcode (
    postcode_key varchar(8)  not null,
    authority    varchar(9)  not null,
    easting      integer,
    northing     integer,
    constraint reference_postcode_pk primary key (postcode_key)
);

create table reference_provider (
    urn                varchar(20)  not null,
    place_codes        varchar(200),
    provider_codes     varchar(100),
    postcode           varchar(10),
    authority          varchar(9),
    registration_ended date,
    constraint reference_provider_pk primary key (urn)
);
