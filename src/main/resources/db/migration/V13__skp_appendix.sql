-- The SKP's appendix (Lampiran SKP, PermenPANRB 6/2022): resource support, accountability scheme and
-- consequences, as the employee states them when submitting the SKP. Nullable: plans submitted before
-- this version have none; every submission from now on must carry all three (plan/PlanDraftCheck).
alter table performance_plan add column resource_support varchar(2000);
alter table performance_plan add column accountability_scheme varchar(2000);
alter table performance_plan add column consequences varchar(2000);
