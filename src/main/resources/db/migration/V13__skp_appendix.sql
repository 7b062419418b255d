-- placeholder until the skp-appendix branch merges (its file replaces this one)
alter table performance_plan add column resource_support varchar(2000);
alter table performance_plan add column accountability_scheme varchar(2000);
alter table performance_plan add column consequences varchar(2000);
