// Cockpit dashboard plugin "Hambatan penilaian": where the appraisals of a year wait.
const hours = (h) => (h == null ? '-' : h < 48 ? `${h.toFixed(1)} jam` : `${(h / 24).toFixed(1)} hari`);
const escape = (text) => String(text ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));

function table(headers, rows) {
  return `<table class="table table-condensed"><thead><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr></thead>`
    + `<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

async function show(node, api, year) {
  const body = node.querySelector('.kinerja-bottleneck-body');
  body.textContent = 'Memuat...';
  const response = await fetch(`${api.cockpitApi}/plugin/kinerja-bottleneck/${api.engine}/bottlenecks/${year}`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (response.status === 403) {
    body.textContent = 'Hanya pimpinan dan pengelola kinerja yang dapat melihat hambatan penilaian.';
    return;
  }
  const data = await response.json();
  body.innerHTML = '<h4>Per aktivitas</h4>'
    + table(['Aktivitas', 'Terbuka', 'Lewat batas', 'Menunggu (median)', 'Menunggu (p90)', 'Selesai dalam (median)'],
      data.activities.map((a) => [a.name, a.open, a.overdue, hours(a.medianWaitingHours), hours(a.p90WaitingHours),
        hours(a.medianCompletedHours)]))
    + '<h4>Per unit</h4>' + table(['Unit', 'Terbuka', 'Lewat batas'], data.units.map((u) => [u.name, u.open, u.overdue]))
    + '<h4>Per pemegang tugas</h4>'
    + table(['Nama', 'NIP', 'Terbuka', 'Lewat batas'], data.assignees.map((p) => [p.name, p.code, p.open, p.overdue]));
}

export default {
  id: 'kinerja-bottleneck',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: (node, { api }) => {
    const year = new Date().getFullYear();
    node.innerHTML = `<section class="kinerja-bottleneck"><h3>Hambatan penilaian kinerja</h3>`
      + `<label>Tahun <input class="kinerja-bottleneck-year" type="number" value="${year}" min="2000" max="2100"></label>`
      + `<div class="kinerja-bottleneck-body"></div></section>`;
    const input = node.querySelector('.kinerja-bottleneck-year');
    input.addEventListener('change', () => show(node, api, input.value));
    show(node, api, year);
  },
};
