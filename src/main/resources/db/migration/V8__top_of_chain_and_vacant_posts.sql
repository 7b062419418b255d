-- The kepala daerah (Walikota, Bupati, Gubernur) holds the post at the top of the chain and rates
-- the Sekda, but is an elected official (PEJABAT_NEGARA): no NIP, no golongan, no appraisal.
alter table employee add column employment_kind varchar(14);
update employee set employment_kind = employment_type;
alter table employee drop column employment_type;
alter table employee rename column employment_kind to employment_type;
alter table employee alter column employment_type set not null;
alter table employee add constraint employee_employment_type check (employment_type in ('PNS', 'PPPK', 'PEJABAT_NEGARA'));
alter table employee alter column rank_grade drop not null;
alter table employee add constraint employee_rank_grade check ((employment_type = 'PEJABAT_NEGARA') = (rank_grade is null));

-- A post found vacant while its work was due: HR was asked to appoint a Plt/Plh (once per vacancy).
create table vacant_post (
  position_code       varchar(50)  not null primary key references org_position (code),
  reported_at         timestamp    not null,
  process_instance_id varchar(64),
  filled_at           timestamp
);
