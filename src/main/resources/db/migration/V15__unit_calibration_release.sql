-- When a unit's calibration released its results for a year: from then on the unit's Penetapan
-- Predikat Kinerja can be issued. The calibration's process instance names the audit events
-- (task completions, an accepted deviation) that the document's record block reads.
create table unit_calibration_release (
  unit_code            varchar(50)  not null references org_unit (code),
  period_year          integer      not null,
  process_instance_id  varchar(64)  not null,
  released_at          timestamp    not null,
  primary key (unit_code, period_year)
);
