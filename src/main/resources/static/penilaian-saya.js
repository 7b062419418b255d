// Penilaian Saya: the caller's appraisals year by year, their staff's (Staf Saya) and the overdue
// tasks below them. Everything comes from /penilaian-saya/api, which decides what this caller may
// read; the page only lays it out. All text is set as text, never as HTML.
'use strict';

const API = '/penilaian-saya/api';

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat(Infinity).forEach((child) => {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : String(child));
    }
  });
  return node;
}

async function get(path) {
  const response = await fetch(API + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (response.status === 401) {
    window.location.href = '/login';
    throw new Error('Sesi Anda berakhir. Silakan masuk kembali.');
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.message || `Permintaan gagal (HTTP ${response.status}).`);
  }
  return body;
}

function summary(pairs) {
  return el('dl', { class: 'ringkas' }, pairs.filter(([, value]) => value).map(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

function table(columns, rows, widths) {
  return el('table', {},
    el('colgroup', {}, columns.map((_, i) => el('col', { class: (widths || [])[i] || null }))),
    el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col' }, c)))),
    el('tbody', {}, rows));
}

function waits(year) {
  if (year.menunggu.length === 0) {
    return el('div', { class: 'menunggu' }, el('p', {}, year.kodeTahap === 'SELESAI'
      ? 'Penilaian tahun ini sudah selesai.' : 'Tidak ada tugas yang terbuka saat ini.'));
  }
  return el('div', { class: 'menunggu' }, year.menunggu.map((w) => (w.tugas
    ? el('p', {}, el('strong', {}, 'Menunggu: '), w.menunggu, w.pada ? ` \u2014 pada ${w.pada}` : '',
      w.batas ? el('span', { class: w.terlambat ? 'terlambat' : null }, `, batas ${w.batas}${w.terlambat ? ' (terlambat)' : ''}`) : '')
    : el('p', {}, el('strong', {}, /^menunggu/i.test(w.menunggu) ? w.menunggu : `Menunggu: ${w.menunggu}`),
      w.pada ? ` \u2014 ${w.pada}` : '', w.batas ? `, hingga ${w.batas}` : ''))));
}

function skpRows(rows) {
  return rows.flatMap((r) => r.aspek.map((a, i) => el('tr', {},
    i === 0 ? el('td', { rowspan: r.aspek.length }, r.nomor) : null,
    i === 0 ? el('td', { rowspan: r.aspek.length }, r.rhk, r.rhkAtasan && r.rhkAtasan !== '-'
      ? [el('br'), el('small', {}, `RHK atasan yang diintervensi: ${r.rhkAtasan}`)] : null) : null,
    el('td', {}, a.aspek), el('td', {}, a.iki), el('td', {}, a.target))));
}

function skp(year) {
  if (!year.skp) {
    return el('p', {}, 'SKP belum ditetapkan oleh pejabat penilai.');
  }
  const s = year.skp;
  const columns = ['No', 'Rencana Hasil Kerja (RHK)', 'Aspek', 'Indikator Kinerja Individu (IKI)', 'Target'];
  const widths = ['no', null, 'aspek', null, 'target'];
  return el('div', {},
    s.ditetapkanOleh ? el('p', {}, `Ditetapkan oleh ${s.ditetapkanOleh} pada ${s.tanggalDitetapkan}.`) : null,
    el('h4', {}, 'Hasil kerja utama'), table(columns, skpRows(s.hasilKerjaUtama), widths),
    s.hasilKerjaTambahan.length ? [el('h4', {}, 'Hasil kerja tambahan'), table(columns, skpRows(s.hasilKerjaTambahan), widths)] : null,
    el('details', {}, el('summary', {}, 'Perilaku kerja dan ekspektasi pimpinan'),
      table(['No', 'Nilai', 'Ekspektasi khusus pimpinan'],
        s.perilakuKerja.map((b) => el('tr', {}, el('td', {}, b.nomor), el('td', {}, b.nilai), el('td', {}, b.ekspektasi))),
        ['no', null, null])));
}

function periodRows(rows) {
  return rows.map((r) => el('tr', {},
    el('td', {}, r.nomor),
    el('td', {}, r.rhk),
    el('td', {}, el('ul', {}, r.aspek.map((a) => el('li', {}, `${a.aspek}: ${a.realisasi} (target ${a.target})`)),
      r.bukti.map((b) => el('li', {}, b)))),
    el('td', {}, r.umpanBalik)));
}

function periods(year) {
  if (year.periode.length === 0) {
    return el('p', {}, 'Belum ada realisasi yang dilaporkan.');
  }
  return year.periode.map((p) => el('div', {},
    el('h4', {}, `Evaluasi ${p.periode}`),
    summary([['Rating hasil kerja', p.ratingHasilKerja], ['Rating perilaku kerja', p.ratingPerilakuKerja],
      ['Predikat periode', p.predikat], ['Umpan balik atasan', p.umpanBalik]]),
    table(['No', 'RHK', 'Realisasi', 'Umpan balik atasan'],
      periodRows([...p.hasilKerjaUtama, ...p.hasilKerjaTambahan]),
      ['no', null, null, null])));
}

function result(year) {
  const parts = [];
  if (year.hasil) {
    const h = year.hasil;
    parts.push(el('h4', {}, 'Hasil penilaian akhir'), summary([['Rating hasil kerja', h.ratingHasilKerja],
      ['Rating perilaku kerja', h.ratingPerilakuKerja], ['Predikat kinerja', h.predikat],
      ['Alasan rating hasil kerja', h.alasanHasilKerja], ['Alasan kalibrasi', h.alasanKalibrasi],
      ['Dinilai oleh', h.dinilaiOleh ? `${h.dinilaiOleh}, ${h.tanggalDinilai}` : '']]));
    if (year.kodeTahap === 'KALIBRASI') {
      parts.push(el('p', { class: 'peringatan' }, 'Predikat menunggu kalibrasi unit dan dapat berubah.'));
    }
  }
  if (year.keberatan) {
    const k = year.keberatan;
    parts.push(el('h4', {}, 'Keberatan'), summary([['Diajukan', k.diajukan], ['Alasan keberatan', k.alasan],
      ['Keputusan', k.keputusan], ['Alasan keputusan', k.alasanKeputusan],
      ['Predikat sebelum', k.predikatSebelum], ['Predikat sesudah', k.keputusan === 'Belum diputuskan' ? '' : k.predikatSesudah],
      ['Diputuskan oleh', k.diputuskan && k.diputuskan.waktu ? `${k.diputuskan.nama}, ${k.diputuskan.waktu}` : '']]));
  }
  if (year.tindakLanjut.length) {
    parts.push(el('h4', {}, 'Tindak lanjut'), el('ul', {}, year.tindakLanjut.map((line) => el('li', {}, line))));
  }
  return parts;
}

function documents(year) {
  if (year.dokumen.length === 0) {
    return el('p', {}, 'Belum ada dokumen yang dapat diterbitkan.');
  }
  return el('ul', { class: 'dokumen' }, year.dokumen.map((d) => el('li', {},
    el('a', { href: d.tautan, target: '_blank', rel: 'noopener' }, `${d.judul} (PDF)`))));
}

function renderYears(container, standing) {
  container.replaceChildren();
  const p = standing.pegawai;
  container.append(el('p', { class: 'keterangan' }, `${p.nama} \u2014 NIP ${p.nip}${p.jabatan ? `, ${p.jabatan}` : ''}${p.unit ? `, ${p.unit}` : ''}`));
  if (standing.tahun.length === 0) {
    container.append(el('p', {}, 'Belum ada penilaian kinerja yang dibuka.'));
    return;
  }
  standing.tahun.forEach((year, index) => {
    container.append(el('article', { class: 'tahun', 'data-tahun': year.tahun },
      el('details', { open: index === 0 },
        el('summary', {}, `Tahun ${year.tahun}`, el('span', { class: 'tahap' }, year.tahap)),
        waits(year),
        el('h4', {}, 'Sasaran Kinerja Pegawai (SKP)'), skp(year),
        el('h4', {}, 'Realisasi dan umpan balik'), periods(year),
        result(year),
        el('h4', {}, 'Dokumen'), documents(year))));
  });
}

function showError(error) {
  const message = document.getElementById('pesan');
  message.textContent = error.message;
  message.hidden = false;
}

async function staff() {
  const section = document.getElementById('staf');
  const select = document.getElementById('pilih-staf');
  const list = await get('/staf');
  if (list.length === 0) {
    return;
  }
  section.hidden = false;
  select.replaceChildren(...list.map((s) => el('option', { value: s.nip },
    `${s.nama} (${s.jabatan})${s.tahap ? ` \u2014 ${s.tahunTerakhir}: ${s.tahap}` : ''}`)));
  const container = section.querySelector('.isi');
  const show = async () => {
    container.replaceChildren(el('p', {}, 'Memuat...'));
    try {
      renderYears(container, await get(`/pegawai/${encodeURIComponent(select.value)}`));
    } catch (e) {
      container.replaceChildren(el('p', { class: 'error' }, e.message));
    }
  };
  select.addEventListener('change', show);
  await show();
}

async function overdue() {
  const section = document.getElementById('terlambat');
  const rows = await get('/terlambat');
  section.hidden = false;
  section.querySelector('.isi').replaceChildren(rows.length === 0
    ? el('p', { class: 'info' }, 'Tidak ada tugas yang terlambat.')
    : table(['Tugas', 'Penilaian pegawai', 'Dikerjakan oleh', 'Terlambat sejak'], rows.map((r) => el('tr', {},
      el('td', {}, r.tugas), el('td', {}, `${r.pegawai} (${r.tahun})`), el('td', {}, r.pada),
      el('td', { class: 'terlambat' }, `${r.batas} (${r.hariTerlambat} hari)`)))));
}

async function start() {
  try {
    const me = await get('/saya');
    document.getElementById('nama-pengguna').textContent = me.nama;
    document.getElementById('ke-pengelolaan').hidden = !me.pengelola;
    renderYears(document.querySelector('#saya .isi'), await get(`/pegawai/${encodeURIComponent(me.nip)}`));
    if (me.punyaStaf) {
      await Promise.all([staff(), overdue()]);
    }
  } catch (e) {
    showError(e);
  }
}

document.addEventListener('DOMContentLoaded', start);
