-- Which units carry an organisation predicate in a year (HR's setting; none stored means the default:
-- the units directly under the top unit), and the calibration's reason on the stored result.
create table predicate_unit (
  period_year  integer      not null,
  unit_code    varchar(50)  not null references org_unit (code),
  set_by       varchar(64)  not null,
  set_at       timestamp    not null,
  primary key (period_year, unit_code)
);

alter table final_rating add column calibration_reason varchar(2000);
