// Cockpit plugin "Hambatan penilaian kinerja": where the appraisals of a year wait. The same view
// on the dashboard and as a tab of the penilaian-kinerja process definition, whose diagram also
// gets the figures drawn on its activities. The year chosen is shared through localStorage.
const PROCESS_KEY = 'penilaian-kinerja';
const YEAR_KEY = 'kinerja-bottleneck-year';
const REFUSED = 'Hanya pimpinan dan pengelola kinerja yang dapat melihat hambatan penilaian.';

const hours = (h) => (h == null ? '-' : h < 1 ? `${Math.round(h * 60)} menit` : h < 48 ? `${h.toFixed(1)} jam`
  : `${(h / 24).toFixed(1)} hari`);
const escape = (text) => String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const chosenYear = () => Number(localStorage.getItem(YEAR_KEY)) || new Date().getFullYear();
const yearListeners = new Set();

function chooseYear(year) {
  localStorage.setItem(YEAR_KEY, year);
  yearListeners.forEach((listener) => listener(year));
}

/** The figures of a year, narrowed to one activity if given; null when the user may not see them. */
async function figures(api, year, activity) {
  const query = activity ? `?activity=${encodeURIComponent(activity)}` : '';
  const response = await fetch(`${api.cockpitApi}/plugin/kinerja-bottleneck/${api.engine}/bottlenecks/${year}${query}`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (response.status === 401 || response.status === 403) {
    return null;
  }
  if (!response.ok) {
    throw new Error(`Gagal memuat data hambatan (HTTP ${response.status})`);
  }
  return response.json();
}

function table(headers, rows, empty) {
  if (!rows.length) {
    return `<p class="kinerja-bottleneck-empty">${empty}</p>`;
  }
  return `<table class="table table-condensed"><thead><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr></thead>`
    + `<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

/** Completed tasks per week as SVG bars, the part completed after the due date in red. */
function chart(weeks) {
  if (!weeks.length) {
    return '<p class="kinerja-bottleneck-empty">Belum ada tugas yang selesai.</p>';
  }
  const width = 720;
  const height = 160;
  const max = Math.max(...weeks.map((w) => w.completed), 1);
  const step = Math.min(width / weeks.length, 40);
  const bar = Math.max(step - 2, 1);
  const y = (count) => height - (count / max) * height;
  const bars = weeks.map((w, i) => {
    const x = (i * step).toFixed(1);
    const label = `Minggu ${w.week}: ${w.completed} selesai, ${w.late} terlambat`;
    return `<g><title>${escape(label)}</title>`
      + `<rect class="selesai" x="${x}" y="${y(w.completed).toFixed(1)}" width="${bar.toFixed(1)}" height="${(height - y(w.completed)).toFixed(1)}"></rect>`
      + `<rect class="terlambat" x="${x}" y="${y(w.late).toFixed(1)}" width="${bar.toFixed(1)}" height="${(height - y(w.late)).toFixed(1)}"></rect></g>`;
  }).join('');
  const every = Math.ceil(weeks.length / 8);
  const labels = weeks.map((w, i) => (i % every ? ''
    : `<text x="${(i * step).toFixed(1)}" y="${height + 14}">${escape(w.week.slice(5).split('-').reverse().join('/'))}</text>`)).join('');
  return `<svg class="kinerja-bottleneck-chart" viewBox="-30 -10 ${width + 40} ${height + 30}" role="img"`
    + ` aria-label="Tugas selesai per minggu">`
    + `<text x="-28" y="4">${max}</text><text x="-28" y="${height}">0</text>${bars}${labels}</svg>`
    + '<p class="kinerja-bottleneck-legend"><span class="selesai"></span> selesai tepat waktu'
    + ' <span class="terlambat"></span> selesai setelah batas waktu</p>';
}

/** The whole view: year, activity table, the breakdowns and the chart for the chosen activity. */
function renderView(node, api) {
  node.innerHTML = '<section class="kinerja-bottleneck"><h3>Hambatan penilaian kinerja</h3><div class="form-inline">'
    + '<label>Tahun <input class="kinerja-bottleneck-year form-control" type="number" min="2000" max="2100"></label>'
    + ' <label>Aktivitas <select class="kinerja-bottleneck-activity form-control"><option value="">Semua aktivitas</option>'
    + '</select></label></div><div class="kinerja-bottleneck-body"></div></section>';
  const yearInput = node.querySelector('.kinerja-bottleneck-year');
  const activitySelect = node.querySelector('.kinerja-bottleneck-activity');
  const body = node.querySelector('.kinerja-bottleneck-body');
  yearInput.value = chosenYear();

  async function show() {
    body.textContent = 'Memuat...';
    try {
      const data = await figures(api, yearInput.value, activitySelect.value);
      if (data == null) {
        body.textContent = REFUSED;
        return;
      }
      const chosen = activitySelect.value;
      activitySelect.innerHTML = '<option value="">Semua aktivitas</option>' + data.activities
        .map((a) => `<option value="${escape(a.activity)}">${escape(a.name)}</option>`).join('');
      activitySelect.value = chosen;
      const of = chosen ? ` — ${escape(activitySelect.selectedOptions[0].text)}` : '';
      body.innerHTML = `<p class="kinerja-bottleneck-empty">Data per ${escape(new Date(data.computedAt).toLocaleString('id-ID'))}`
        + '.</p><h4>Per aktivitas</h4>'
        + table(['Aktivitas', 'Terbuka', 'Lewat batas', 'Menunggu (median)', 'Menunggu (p90)', 'Selesai dalam (median)'],
          data.activities.map((a) => [a.name, a.open, a.overdue, hours(a.medianWaitingHours), hours(a.p90WaitingHours),
            hours(a.medianCompletedHours)]), 'Tidak ada tugas pada tahun ini.')
        + `<h4>Per unit${of}</h4>`
        + table(['Unit', 'Terbuka', 'Lewat batas'], data.units.map((u) => [u.name, u.open, u.overdue]), 'Tidak ada tugas terbuka.')
        + `<h4>Per atasan${of}</h4>`
        + table(['Nama', 'NIP', 'Terbuka', 'Lewat batas'], data.supervisors.map((p) => [p.name, p.code, p.open, p.overdue]),
          'Tidak ada tugas terbuka pada atasan.')
        + `<h4>Tugas selesai per minggu${of}</h4>${chart(data.completions)}`
        + '<p class="kinerja-bottleneck-legend">Pada diagram proses: <span class="kinerja-bottleneck-badge">n</span> tugas'
        + ' terbuka, <span class="kinerja-bottleneck-badge lewat">n lewat</span> lewat batas waktu; arahkan kursor ke'
        + ' lencana untuk waktu tunggu.</p>';
    } catch (e) {
      body.textContent = e.message;
    }
  }
  yearInput.addEventListener('change', () => chooseYear(yearInput.value));
  activitySelect.addEventListener('change', show);
  const onYear = (year) => {
    if (!node.isConnected) {
      yearListeners.delete(onYear);
      return;
    }
    yearInput.value = year;
    show();
  };
  yearListeners.add(onYear);
  show();
}

/** Draws the open and overdue tasks on the activities of the diagram, all figures in the badge's tooltip. */
function drawOnDiagram(viewer, api) {
  const overlays = viewer.get('overlays');
  const registry = viewer.get('elementRegistry');
  const draw = async (year) => {
    overlays.remove({ type: 'kinerja-bottleneck' });
    const data = await figures(api, year);
    (data?.activities ?? []).filter((a) => a.open > 0 && registry.get(a.activity)).forEach((a) => {
      const title = `${a.name} (tahun ${year}): ${a.open} terbuka, ${a.overdue} lewat batas waktu, menunggu median`
        + ` ${hours(a.medianWaitingHours)}, p90 ${hours(a.p90WaitingHours)}; selesai dalam median ${hours(a.medianCompletedHours)}`;
      overlays.add(a.activity, 'kinerja-bottleneck', {
        position: { top: -22, left: 0 },
        scale: { min: 0.8 },
        html: `<div class="kinerja-bottleneck-badges" title="${escape(title)}"><span class="kinerja-bottleneck-badge">${a.open}</span>`
          + (a.overdue ? `<span class="kinerja-bottleneck-badge lewat">${a.overdue} lewat</span>` : '') + '</div>',
      });
    });
  };
  const onYear = (year) => (viewer.get('canvas').getContainer().isConnected ? draw(year) : yearListeners.delete(onYear));
  yearListeners.add(onYear);
  draw(chosenYear());
}

// Cockpit hands the diagram plugin point the definition's key or id depending on the view, and a
// wrong engine name; the page has both: the id in its address, the engine at the end of its base.
const definitionOnPage = () => decodeURIComponent((window.location.hash.match(/#\/process-definition\/([^/?]+)/) ?? [])[1] ?? '');
const engineOnPage = () => document.querySelector('base').getAttribute('href').split('/').filter(Boolean).pop();
const isAppraisal = (definition) => definition === PROCESS_KEY || definition.startsWith(`${PROCESS_KEY}:`);

export default [
  {
    id: 'kinerja-bottleneck',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: (node, { api }) => renderView(node, api),
  },
  {
    id: 'kinerja-bottleneck-tab',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    priority: 5,
    properties: { label: 'Hambatan' },
    render: (node, { api, processDefinitionId }) => {
      if (isAppraisal(processDefinitionId)) {
        renderView(node, api);
      } else {
        node.textContent = `Hambatan hanya dihitung untuk proses ${PROCESS_KEY}.`;
      }
    },
  },
  {
    id: 'kinerja-bottleneck-diagram',
    pluginPoint: 'cockpit.processDefinition.diagram.plugin',
    priority: 5,
    render: (viewer, { api, processDefinitionId }) => {
      if (isAppraisal(definitionOnPage() || processDefinitionId || '')) {
        drawOnDiagram(viewer, { ...api, engine: engineOnPage() });
      }
    },
  },
];
