// Unit berpredikat organisasi: which units carry an organisation predicate this year, and changing that.
import { api, el, error, info, onYear, refusal, show, year } from './umum.js';

const form = document.getElementById('form-unit-predikat');
let units = [];

document.addEventListener('direktori', async () => {
  const answer = await api('GET', '/organisation/units');
  if (answer.ok) {
    units = answer.data;
    if (year()) {
      load(year());
    }
  }
});
onYear(load);

async function load(y) {
  show('hasil-unit-predikat');
  const answer = await api('GET', '/periods/' + y + '/predicate-units');
  if (!answer.ok) {
    show('status-unit-predikat', error('Unit berpredikat tidak dapat dimuat: ' + refusal(answer)));
    return;
  }
  const chosen = new Set(answer.data.units.map((u) => u.code));
  show('status-unit-predikat', el('p', {}, 'Tahun ' + y + ': ' + answer.data.units.map((u) => u.name).join(', ')
    + (answer.data.isDefault ? ' (bawaan: unit langsung di bawah unit tertinggi, belum diatur)' : '') + '.'));
  show('pilihan-unit-predikat', tree().map(([unit, depth]) => el('label', { class: 'centang', style: null,
    'data-kedalaman': Math.min(depth, 6) },
  el('input', { type: 'checkbox', name: 'unit', value: unit.code, checked: chosen.has(unit.code) }), ' ' + unit.name)));
}

/** The units in tree order with their depth, the top first. */
function tree() {
  const children = new Map();
  units.forEach((u) => children.set(u.parentCode, [...(children.get(u.parentCode) || []), u]));
  const out = [];
  const walk = (parent, depth) => (children.get(parent) || []).sort((a, b) => a.name.localeCompare(b.name, 'id'))
    .forEach((u) => { out.push([u, depth]); walk(u.code, depth + 1); });
  walk(null, 0);
  return out;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const y = year();
  const codes = [...form.querySelectorAll('input[name=unit]:checked')].map((c) => c.value);
  if (!y) {
    return;
  }
  if (codes.length === 0) {
    show('hasil-unit-predikat', error('Pilih paling sedikit satu unit.'));
    return;
  }
  const answer = await api('PUT', '/periods/' + y + '/predicate-units', { units: codes });
  if (answer.ok) {
    await load(y);
    show('hasil-unit-predikat', info('Unit berpredikat organisasi tahun ' + y + ' disimpan.'));
    document.dispatchEvent(new Event('kalibrasi'));
  } else {
    show('hasil-unit-predikat', error(refusal(answer)));
  }
});
