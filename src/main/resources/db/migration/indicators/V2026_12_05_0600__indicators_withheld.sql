-- Why a value is not given although it was computed: its definition looks back further than
-- the case data goes ("not enough history: the case data starts 1 April 2014").
alter table indicator_value add column withheld varchar(300);
