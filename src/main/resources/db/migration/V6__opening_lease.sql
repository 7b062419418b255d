-- In a cluster one node works an opening at a time: it holds a lease it renews while working.
-- When a node dies its lease runs out and another node takes the opening over.
alter table period_opening add column worker varchar(100);
alter table period_opening add column lease_renewed_at timestamp;
