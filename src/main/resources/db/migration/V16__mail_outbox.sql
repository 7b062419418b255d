-- The notification table becomes the e-mail outbox (id.kinerja.mail): each entry's delivery state.
alter table notification add column state varchar(30) default 'MENUNGGU' not null;
alter table notification add column attempts int default 0 not null;
alter table notification add column next_attempt_at timestamp;
alter table notification add column sent_at timestamp;
alter table notification add column last_error varchar(2000);
alter table notification add column claimed_by varchar(100);
alter table notification add column claimed_until timestamp;

-- Entries written before delivery existed are history, not mail to send now.
update notification set state = 'TIDAK_DIKIRIM', last_error = 'Dibuat sebelum pengiriman e-mail tersedia';

create index notification_outbox on notification (state, next_attempt_at);
