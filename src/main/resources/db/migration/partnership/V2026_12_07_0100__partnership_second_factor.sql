-- Second factor at sign-in (partnership module, issue 20): a time-based one-time password
-- (RFC 6238) for the roles that must use one, with single-use recovery codes. The shared
-- secret is what an authenticator app holds; last_step is the 30-second step of the last
-- code accepted, so that a code is never accepted twice. Only a hash of each recovery code
-- is kept. A partnership's backup does not carry these: a restored user enrols again.
create table user_second_factor (
    user_id      bigint      not null references user_account (user_id) on delete cascade,
    secret       varchar(64) not null,
    enrolled_at  timestamp with time zone not null,
    last_step    bigint      not null,
    constraint user_second_factor_pk primary key (user_id)
);
create table user_recovery_code (
    user_id      bigint       not null references user_account (user_id) on delete cascade,
    code_id      int          not null,
    code_hash    varchar(100) not null,
    used_at      timestamp with time zone,
    constraint user_recovery_code_pk primary key (user_id, code_id)
);
