-- The year follows the calendar: periodic evaluation at a set frequency, due a set number of days
-- after each period ends, and the annual assessment opening the day after the period ends.
alter table appraisal_period add column evaluation_frequency varchar(10) default 'QUARTERLY' not null
  check (evaluation_frequency in ('MONTHLY', 'QUARTERLY', 'SEMESTER'));
alter table appraisal_period add column evaluation_due_days integer default 10 not null check (evaluation_due_days > 0);
alter table appraisal_period add column evaluation_reminder_days integer default 3 not null
  check (evaluation_reminder_days >= 0);

-- 31 December was the old default: the annual assessment opened before the period had ended.
update appraisal_period set final_assessment_opens = cast(cast(period_year + 1 as varchar(4)) || '-01-01' as date)
  where final_assessment_opens < cast(cast(period_year + 1 as varchar(4)) || '-01-01' as date);

-- A period is a quarter, a semester or a month (1..12), and the rater's feedback is per RHK. The
-- tables are rebuilt because their unnamed check on "quarter" cannot be dropped the same way on
-- every database.
create table period_realisation (
  appraisal_id       bigint        not null references appraisal (id),
  quarter            integer       not null check (quarter between 1 and 12),
  result_id          bigint        not null references planned_result (id),
  quantity           numeric(12,2) not null,
  quality            numeric(5,2)  not null,
  time_months        numeric(4,1)  not null,
  evidence_url       varchar(1000) not null,
  note               varchar(2000),
  recorded_at        timestamp     not null,
  feedback           varchar(2000),
  feedback_at        timestamp,
  primary key (appraisal_id, quarter, result_id)
);
insert into period_realisation (appraisal_id, quarter, result_id, quantity, quality, time_months, evidence_url, note,
    recorded_at)
  select appraisal_id, quarter, result_id, quantity, quality, time_months, evidence_url, note, recorded_at
  from realisation;
drop table realisation;
alter table period_realisation rename to realisation;

create table period_review (
  appraisal_id       bigint        not null references appraisal (id),
  quarter            integer       not null check (quarter between 1 and 12),
  feedback           varchar(2000),
  results_rating     varchar(20)   not null,
  behaviour_rating   varchar(20)   not null,
  predicate          varchar(20),
  reviewer_nip       varchar(18)   not null,
  reviewed_at        timestamp     not null,
  primary key (appraisal_id, quarter)
);
insert into period_review select appraisal_id, quarter, feedback, results_rating, behaviour_rating, predicate,
    reviewer_nip, reviewed_at from quarterly_review;
drop table quarterly_review;
alter table period_review rename to quarterly_review;
