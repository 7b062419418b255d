// Ringkasan: predicates per unit against the curve, training needs per topic, the CSV downloads.
import { ORGANISATION_PREDICATES, PREDICATES, api, date, el, error, number, onYear, percent, refusal, show, table, year }
  from './umum.js';
import { svg } from './grafik.js';

const PARTS = [['unit', 'Predikat per unit'], ['pelatihan', 'Kebutuhan pelatihan'], ['penghargaan', 'Usulan penghargaan'],
  ['terlambat', 'Tugas terlambat'], ['belum-final', 'Penilaian belum final']];
const CURVE_MINIMUM = 3;

onYear(load);
document.addEventListener('ringkasan', () => year() && load(year()));
document.getElementById('muat-ringkasan').addEventListener('click', () => year() && load(year()));

async function load(y) {
  const answer = await api('GET', '/periods/' + y + '/summary');
  if (!answer.ok) {
    show('isi-ringkasan', error('Ringkasan tidak dapat dimuat: ' + refusal(answer)));
    return;
  }
  const s = answer.data;
  show('isi-ringkasan',
    s.closing ? el('p', { class: 'peringatan' }, 'Periode ' + y + ' ditutup oleh ' + s.closing.closedBy + ' pada '
      + date(s.closing.closedAt, true) + (s.closing.unfinished ? ' dengan ' + number(s.closing.unfinished) + ' penilaian belum final.' : '.')) : null,
    el('h3', {}, 'Penilaian per tahap'),
    el('ul', { class: 'tahap' }, s.stages.map((t) => el('li', {}, t.label + ': ', el('strong', {}, number(t.count))))),
    el('h3', {}, 'Predikat per unit terhadap kurva distribusi'),
    s.units.length === 0 ? el('p', {}, 'Belum ada penilaian final tahun ini.') : s.units.map(unit),
    el('h3', {}, 'Kebutuhan pelatihan per topik'),
    s.training.length === 0 ? el('p', {}, 'Belum ada rujukan pelatihan.') : training(s.training),
    el('p', {}, 'Usulan penghargaan: ' + number(s.awards.length) + ' pegawai · tugas lewat batas waktu: '
      + number(s.lateTasks.length) + ' · penilaian belum final: ' + number(s.unfinished.length)),
    el('h3', {}, 'Unduh CSV'),
    el('ul', { class: 'unduhan' }, PARTS.map(([part, label]) => el('li', {},
      el('a', { href: '/pengelolaan/api/periods/' + y + '/summary.csv?bagian=' + part, download: 'ringkasan-' + y + '-' + part + '.csv' },
        label + ' (' + part + '.csv)')))));
}

function unit(u) {
  const total = PREDICATES.reduce((sum, [code]) => sum + (u.counts[code] || 0), 0);
  const note = !u.organisationPredicate ? el('p', { class: 'catatan' }, 'Tidak berpredikat organisasi: tanpa kurva.')
    : total < CURVE_MINIMUM ? el('p', { class: 'catatan' }, 'Menghitung ' + number(total) + ' pegawai; kurva berlaku mulai '
      + CURVE_MINIMUM + ' pegawai.')
      : u.curve.some((b) => b.broken) ? el('p', { class: 'error' }, 'Kurva distribusi dilanggar.')
        : el('p', { class: 'info' }, 'Sesuai kurva distribusi.');
  const heads = Object.entries(u.heads || {});
  return el('figure', { class: 'grafik-unit' },
    el('figcaption', {}, el('strong', {}, u.unitName), u.organisationPredicate
      ? ' · predikat organisasi ' + (ORGANISATION_PREDICATES[u.organisationPredicate] || u.organisationPredicate) : '',
    ' · ' + number(total) + ' pegawai dihitung'),
    chart(u, total),
    note,
    u.curve.length ? el('ul', { class: 'batas' }, u.curve.map((b) => el('li', { class: b.broken ? 'error' : null },
      b.description + (b.broken === true ? ': dilanggar' : b.broken === false ? ': dipenuhi' : '')))) : null,
    heads.length ? el('p', { class: 'catatan' }, 'Kepala unit (tidak dihitung dalam kurva): '
      + heads.map(([nip, p]) => nip + ' ' + label(p)).join(', ')) : null);
}

const label = (code) => (PREDICATES.find(([c]) => c === code) || [code, code])[1];

/** One bar per predicate (its share of the unit), with the curve's single-predicate bounds drawn as lines. */
function chart(u, total) {
  const left = 150; const width = 420; const row = 40; const top = 24;
  const x = (share) => left + (share / 100) * width;
  const height = top + PREDICATES.length * row + 8;
  const parts = [0, 25, 50, 75, 100].map((g) => [
    svg('line', { x1: x(g), x2: x(g), y1: top - 4, y2: height - 8, class: 'kisi-garis' }),
    svg('text', { x: x(g), y: 14, 'text-anchor': 'middle', class: 'sumbu' }, percent(g))]);
  PREDICATES.forEach(([code, name], i) => {
    const count = u.counts[code] || 0;
    const share = total ? (100 * count) / total : 0;
    const y = top + i * row;
    parts.push(svg('text', { x: left - 8, y: y + 29, 'text-anchor': 'end' }, name),
      svg('rect', { x: left, y: y + 15, width: Math.max((share / 100) * width, count ? 2 : 0), height: row - 20, class: 'batang' },
        svg('title', {}, name + ': ' + number(count) + ' pegawai (' + percent(share) + ')')),
      svg('text', { x: x(share) + 6, y: y + 29, class: 'nilai' }, number(count) + ' (' + percent(share) + ')'));
    u.curve.filter((b) => b.predicates.length === 1 && b.predicates[0] === code && b.kind !== 'MIN_JUMLAH').forEach((b) => {
      const max = b.kind === 'MAKS_PERSEN';
      parts.push(svg('line', { x1: x(b.value), x2: x(b.value), y1: y + 11, y2: y + row - 1, class: max ? 'batas-maks' : 'batas-min' },
        svg('title', {}, b.description)),
      svg('text', { x: x(b.value), y: y + 9, 'text-anchor': 'middle', class: max ? 'label-maks' : 'label-min' },
        (max ? 'maks ' : 'min ') + percent(b.value)));
    });
  });
  return svg('svg', { viewBox: '0 0 680 ' + height, width: 680, height, role: 'img', class: 'grafik',
    'aria-label': 'Sebaran predikat ' + u.unitName + ' terhadap batas kurva' }, parts);
}

function training(topics) {
  const left = 260; const width = 340; const row = 28;
  const most = Math.max(...topics.map((t) => t.count));
  const height = topics.length * row + 8;
  const bars = topics.map((t, i) => [
    svg('g', {}, svg('title', {}, t.label),
      svg('text', { x: left - 8, y: i * row + 19, 'text-anchor': 'end' }, t.label.length > 40 ? t.label.slice(0, 39) + '…' : t.label)),
    svg('rect', { x: left, y: i * row + 5, width: Math.max((t.count / most) * width, 2), height: row - 10, class: 'batang' },
      svg('title', {}, t.label + ': ' + number(t.count) + ' pegawai')),
    svg('text', { x: left + (t.count / most) * width + 6, y: i * row + 19, class: 'nilai' }, number(t.count) + ' pegawai')]);
  return el('figure', { class: 'grafik-unit' }, svg('svg', { viewBox: '0 0 680 ' + height, width: 680, height, role: 'img',
    class: 'grafik', 'aria-label': 'Jumlah pegawai yang dirujuk per topik pelatihan' }, bars));
}
