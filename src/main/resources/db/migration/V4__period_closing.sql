-- The organisation predicate of a unit for a year, set by the leader one level up.
create table unit_predicate (
  unit_code    varchar(50)  not null references org_unit (code),
  period_year  integer      not null,
  predicate    varchar(20)  not null
    check (predicate in ('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')),
  set_by       varchar(64)  not null,
  set_at       timestamp    not null,
  primary key (unit_code, period_year)
);

create table period_closing (
  period_year  integer      not null primary key,
  closed_by    varchar(64)  not null,
  closed_at    timestamp    not null,
  unfinished   integer      not null
);
