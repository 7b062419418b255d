// Kalibrasi: each unit's calibration and, where nobody else will, HR's start for the appraisals already waiting.
import { ORGANISATION_PREDICATES, api, date, el, error, info, number, onYear, refusal, show, table, year } from './umum.js';

onYear(load);
document.addEventListener('kalibrasi', () => year() && load(year()));

async function load(y, message) {
  const answer = await api('GET', '/periods/' + y + '/calibrations');
  if (!answer.ok) {
    show('daftar-kalibrasi', error('Keadaan kalibrasi tidak dapat dimuat: ' + refusal(answer)));
    return;
  }
  show('daftar-kalibrasi', message, table(['Unit', 'Predikat organisasi', 'Dihitung', 'Berpredikat', 'Menunggu',
    'Keadaan', 'Mulai manual'], answer.data.map((u) => [
    u.unitName,
    u.organisationPredicate ? ORGANISATION_PREDICATES[u.organisationPredicate] || u.organisationPredicate : 'belum ditetapkan',
    number(u.counted), number(u.counted - u.withoutPredicate), number(u.waiting),
    state(u), action(u, y)]), 'kalibrasi'));
}

function state(u) {
  const parts = [el('strong', {}, u.statusLabel)];
  if (u.openTask) {
    parts.push(el('br'), 'Tugas terbuka: ' + u.openTask + (u.openTaskAssignee ? ' (' + u.openTaskAssignee + ')' : ''));
  }
  if (u.releasedAt) {
    parts.push(el('br'), 'Dirilis ' + date(u.releasedAt, true));
  }
  if (u.status === 'MENUNGGU_PREDIKAT' && u.withoutPredicate > 0) {
    parts.push(el('br'), number(u.withoutPredicate) + ' penilaian belum berpredikat');
  }
  return el('span', {}, parts);
}

function action(u, y) {
  if (!u.startable) {
    const reason = u.notStartableReason;
    return u.status === 'MENUNGGU_PREDIKAT' ? el('span', { class: 'catatan' }, reason[0].toUpperCase() + reason.slice(1)) : '—';
  }
  const cell = el('div', {});
  const ask = el('button', { type: 'button', class: 'kedua', onclick: () => {
    cell.replaceChildren(el('p', { class: 'peringatan' }, 'Mulai kalibrasi ' + u.unitName + ' sekarang? ' + number(u.waiting)
      + ' penilaian yang menunggu ikut dikalibrasi; ' + number(u.withoutPredicate) + ' penilaian yang belum berpredikat tidak ikut.'),
    el('button', { type: 'button', onclick: () => start(u, y) }, 'Ya, mulai kalibrasi'), ' ',
    el('button', { type: 'button', class: 'kedua', onclick: () => load(y) }, 'Batal'));
  } }, 'Mulai kalibrasi');
  cell.append(ask);
  return cell;
}

async function start(u, y) {
  const answer = await api('POST', '/periods/' + y + '/calibrations/' + encodeURIComponent(u.unitCode) + '/start');
  await load(y, answer.ok ? info('Kalibrasi ' + u.unitName + ' dimulai.') : error(refusal(answer)));
}
