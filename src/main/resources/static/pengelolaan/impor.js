// Impor direktori: one CSV file, its result, or the table of refused lines (nothing stored).
import { announce, api, el, error, info, number, refusal, show, table } from './umum.js';

const form = document.getElementById('form-impor');
const NAMES = { units: 'unit kerja', positions: 'jabatan', employees: 'pegawai' };

form.elements.berkas.addEventListener('change', () => {
  const file = form.elements.berkas.files[0];
  document.getElementById('nama-berkas').textContent = file ? file.name : 'Belum ada berkas dipilih';
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (!form.reportValidity()) {
    return;
  }
  const kind = form.elements.jenis.value;
  const file = form.elements.berkas.files[0];
  if (!/\.csv$/i.test(file.name)) {
    show('hasil-impor', error('Pilih berkas berakhiran .csv.'));
    return;
  }
  const body = new FormData();
  body.append('file', file);
  const button = form.querySelector('button');
  button.disabled = true;
  show('hasil-impor', el('p', {}, 'Mengunggah ' + file.name + ' …'));
  const answer = await api('POST', '/organisation/' + kind, body);
  button.disabled = false;
  if (answer.ok) {
    const r = answer.data;
    show('hasil-impor', info('Berkas ' + NAMES[kind] + ' "' + file.name + '" diterima: ' + number(r.rows) + ' baris, '
      + number(r.created) + ' baru, ' + number(r.updated) + ' diperbarui.'));
    announce('direktori');
  } else if (answer.status === 422 && answer.data && Array.isArray(answer.data.problems)) {
    show('hasil-impor',
      error('Berkas "' + file.name + '" ditolak: ' + number(answer.data.problems.length)
        + ' baris bermasalah. Tidak ada data yang diubah; perbaiki baris berikut lalu unggah lagi seluruh berkas.'),
      table(['Baris', 'Kolom', 'Pesan'],
        answer.data.problems.map((p) => [number(p.line), p.column || '—', p.message]), 'baris-salah'));
  } else {
    show('hasil-impor', error(refusal(answer) + ' Tidak ada data yang diubah.'));
  }
});
