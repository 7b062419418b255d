-- The appeal hears both parties before the decision (PP 30/2019 Pasal 59): each explanation has a
-- deadline, a missed one is recorded as such, and the decision's result and reason are written
-- into the final rating that every summary and document reads.
alter table appraisal_period add column appeal_explanation_days integer default 7 not null;

alter table appeal_explanation add column due_at timestamp;
alter table appeal_explanation add column missed_at timestamp;

alter table final_rating add column appeal_decision varchar(10);
alter table final_rating add column appeal_reason varchar(4000);

-- The rater's result as it stood when the appeal was filed, kept once the decision changes it.
alter table appeal add column results_before varchar(20);
alter table appeal add column results_reason_before varchar(2000);
alter table appeal add column behaviour_before varchar(20);
