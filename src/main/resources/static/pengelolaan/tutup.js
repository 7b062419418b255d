// Tutup periode: close; when appraisals are not final, list them and close only on an explicit, forced confirmation.
import { announce, api, el, error, info, number, onYear, refusal, show, table, year } from './umum.js';

const form = document.getElementById('form-tutup');
onYear(() => show('hasil-tutup'));

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (year()) {
    close(year(), false);
  }
});

async function close(y, force) {
  const answer = await api('POST', '/periods/' + y + '/close', force ? { force: true } : {});
  if (answer.ok) {
    show('hasil-tutup', info('Periode ' + y + ' ditutup' + (force ? ' paksa' : '') + '.'));
    announce('ringkasan');
  } else if (answer.status === 409 && answer.data && Array.isArray(answer.data.unfinished)) {
    unfinished(y, answer.data);
  } else {
    show('hasil-tutup', error(refusal(answer)));
  }
}

function unfinished(y, refusalBody) {
  const list = refusalBody.unfinished;
  const confirm = el('input', { type: 'checkbox', id: 'konfirmasi-tutup-paksa' });
  const force = el('button', { type: 'button', class: 'bahaya', disabled: true, onclick: () => confirm.checked && close(y, true) },
    'Tutup paksa periode ' + y);
  confirm.addEventListener('change', () => { force.disabled = !confirm.checked; });
  show('hasil-tutup', error(refusalBody.message + '. Periksa daftar berikut atau tutup paksa dengan konfirmasi.'),
    table(['NIP', 'Nama', 'Unit', 'Tahap'], list.map((p) => [p.nip, p.name, p.unitName, p.stageLabel]), 'belum-final'),
    el('p', { class: 'baris' }, el('label', { class: 'centang', for: 'konfirmasi-tutup-paksa' }, confirm,
      ' Saya memahami bahwa ' + number(list.length) + ' penilaian di atas belum final dan tetap ingin menutup periode ' + y + '.')),
    force);
}
