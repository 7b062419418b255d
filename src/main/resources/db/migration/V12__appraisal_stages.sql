-- The appraisal's stage is one of the stages the process has (appraisal/AppraisalStage, same order).
alter table appraisal add constraint appraisal_stage check (status in ('PERENCANAAN', 'PEMANTAUAN', 'PENILAIAN_AKHIR',
  'KALIBRASI', 'HASIL', 'KEBERATAN', 'FINAL', 'SELESAI'));

-- Training topics as the decision table rujukan-tindak-lanjut last named them: its code and label.
-- A topic the process owner adds to the table is recorded here when it first refers someone.
create table training_topic (
  code  varchar(100) not null primary key,
  label varchar(200) not null
);
insert into training_topic (code, label) values
  ('PENINGKATAN_KINERJA', 'Peningkatan kinerja'),
  ('TEKNIS_JABATAN', 'Kompetensi teknis jabatan'),
  ('LITERASI_DIGITAL', 'Literasi digital / teknologi informasi'),
  ('PELAYANAN_PUBLIK', 'Pelayanan publik'),
  ('KOMUNIKASI', 'Komunikasi'),
  ('ADMINISTRASI', 'Manajemen administrasi'),
  ('KEPEMIMPINAN', 'Kepemimpinan');
