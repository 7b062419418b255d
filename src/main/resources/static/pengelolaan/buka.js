// Buka periode: open the year for a unit (with its subunits) or all, and follow the opening to its end.
import { announce, api, el, error, info, number, onYear, refusal, show, table, year } from './umum.js';

const form = document.getElementById('form-buka');
const select = document.getElementById('unit-buka');
const POLL_MS = 700;

document.addEventListener('direktori', async () => {
  const answer = await api('GET', '/organisation/units');
  if (!answer.ok) {
    show('kemajuan-buka', error('Daftar unit tidak dapat dimuat: ' + refusal(answer)));
    return;
  }
  const chosen = select.value;
  select.replaceChildren(el('option', { value: '' }, 'Seluruh organisasi'),
    ...answer.data.slice().sort((a, b) => a.name.localeCompare(b.name, 'id'))
      .map((u) => el('option', { value: u.code, selected: u.code === chosen }, u.name + ' (' + u.code + ')')));
});

onYear(() => show('kemajuan-buka'));

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const y = year();
  if (!y) {
    show('kemajuan-buka', error('Isi tahun periode (2000 sampai 2100) di bagian atas halaman.'));
    return;
  }
  const button = form.querySelector('button');
  button.disabled = true;
  const answer = await api('POST', '/periods/' + y + '/openings', { unitCode: select.value || null });
  if (!answer.ok) {
    button.disabled = false;
    show('kemajuan-buka', error(refusal(answer)));
    return;
  }
  const where = select.value ? select.selectedOptions[0].textContent : 'seluruh organisasi';
  follow(answer.data, y, where, () => { button.disabled = false; });
});

async function follow(progress, y, where, done) {
  render(progress, y, where);
  if (progress.opening.status !== 'BERJALAN') {
    done();
    announce('ringkasan');
    announce('kalibrasi');
    return;
  }
  await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  const answer = await api('GET', '/periods/' + y + '/openings/' + progress.opening.id);
  if (!answer.ok) {
    done();
    show('kemajuan-buka', error('Kemajuan tidak dapat dimuat: ' + refusal(answer)));
    return;
  }
  follow(answer.data, y, where, done);
}

function render(progress, y, where) {
  const total = progress.opening.total;
  const started = progress.counts.DIMULAI || 0;
  const failed = progress.counts.GAGAL || 0;
  const waiting = progress.counts.MENUNGGU || 0;
  const finished = progress.opening.status !== 'BERJALAN';
  const bar = el('progress', { max: Math.max(total, 1), value: total === 0 && finished ? 1 : started + failed,
    'aria-label': 'Kemajuan pembukaan periode' });
  const counts = el('p', { class: 'jumlah' }, 'Dimulai ' + number(started) + ' dari ' + number(total) + ' pegawai · menunggu '
    + number(waiting) + ' · gagal ' + number(failed));
  const status = !finished ? el('p', {}, 'Periode ' + y + ' sedang dibuka untuk ' + where + ' …')
    : total === 0 ? info('Tidak ada pegawai yang perlu dimulai: semua pegawai aktif ' + where + ' sudah memiliki penilaian ' + y + '.')
      : failed > 0 ? error('Pembukaan periode ' + y + ' selesai, ' + number(failed) + ' pegawai gagal dimulai. Buka lagi untuk mencoba mereka.')
        : info('Pembukaan periode ' + y + ' untuk ' + where + ' selesai: ' + number(started) + ' penilaian dimulai.');
  const failures = progress.failures.length === 0 ? null
    : table(['NIP', 'Alasan gagal'], progress.failures.map((f) => [f.nip, f.reason]));
  show('kemajuan-buka', status, bar, counts, failures);
}
