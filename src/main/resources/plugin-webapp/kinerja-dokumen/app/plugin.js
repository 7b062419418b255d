// Cockpit plugin "Dokumen resmi unit": HR prepares all official documents of a unit for a year as
// one ZIP, watches the progress and downloads it. The documents are issued on the server in the
// background; the ZIP is served from the stored documents once every one is done. Users who may
// not (everyone but HR and administrators) do not see the panel at all.
const REFUSED = 'Hanya pengelola kinerja yang dapat mengunduh dokumen resmi sebuah unit.';
const escape = (text) => String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function call(api, path, options = {}) {
  return fetch(`${api.cockpitApi}/plugin/kinerja-dokumen/${api.engine}${path}`, {
    credentials: 'same-origin',
    ...options,
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken, ...(options.headers || {}) },
  });
}

async function answer(response) {
  if (response.status === 401 || response.status === 403) {
    return null;
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.message || `Permintaan gagal (HTTP ${response.status})`);
  }
  return body;
}

function progressText(bundle) {
  const share = bundle.total ? Math.round((100 * bundle.done) / bundle.total) : 0;
  const failed = bundle.failed ? `, ${bundle.failed} gagal` : '';
  const state = { BERJALAN: 'Sedang disiapkan', SELESAI: 'Selesai', GAGAL: 'Gagal' }[bundle.status] || bundle.status;
  return { share, text: `${state}: ${bundle.done} dari ${bundle.total} dokumen${failed} (${share}%)` };
}

function renderView(node, api) {
  node.innerHTML = '<section class="kinerja-dokumen"><h3>Dokumen resmi unit</h3>'
    + '<p>SKP, Evaluasi Kinerja Pegawai, Dokumen Evaluasi Kinerja Pegawai dan Penetapan Predikat Kinerja seluruh pegawai'
    + ' sebuah unit (beserta subunitnya) dalam satu berkas ZIP.</p><div class="form-inline">'
    + '<label>Unit <select class="kinerja-dokumen-unit form-control"></select></label>'
    + ' <label>Tahun <input class="kinerja-dokumen-year form-control" type="number" min="2000" max="2100"></label>'
    + ' <button type="button" class="btn btn-default kinerja-dokumen-start">Siapkan ZIP</button></div>'
    + '<div class="kinerja-dokumen-body"></div></section>';
  const unitSelect = node.querySelector('.kinerja-dokumen-unit');
  const yearInput = node.querySelector('.kinerja-dokumen-year');
  const start = node.querySelector('.kinerja-dokumen-start');
  const body = node.querySelector('.kinerja-dokumen-body');
  yearInput.value = new Date().getFullYear();
  let timer = null;

  function show(bundle) {
    const { share, text } = progressText(bundle);
    const link = bundle.status === 'SELESAI'
      ? `<p><a class="btn btn-primary kinerja-dokumen-download" href="${api.cockpitApi}/plugin/kinerja-dokumen/${api.engine}`
        + `/bundles/${bundle.id}/zip">Unduh ZIP</a></p>` : '';
    body.innerHTML = `<progress max="100" value="${share}"></progress><p class="kinerja-dokumen-progress">${escape(text)}</p>${link}`;
  }

  async function follow(id) {
    clearTimeout(timer);
    try {
      const bundle = await answer(await call(api, `/bundles/${id}`));
      if (bundle == null) {
        body.textContent = REFUSED;
        return;
      }
      show(bundle);
      if (bundle.status === 'BERJALAN') {
        timer = setTimeout(() => follow(id), 1000);
      }
    } catch (e) {
      body.textContent = e.message;
    }
  }

  start.addEventListener('click', async () => {
    body.textContent = 'Memulai...';
    try {
      const bundle = await answer(await call(api,
        `/units/${encodeURIComponent(unitSelect.value)}/${encodeURIComponent(yearInput.value)}/bundle`, { method: 'POST' }));
      if (bundle == null) {
        body.textContent = REFUSED;
        return;
      }
      show(bundle);
      follow(bundle.id);
    } catch (e) {
      body.textContent = e.message;
    }
  });

  (async () => {
    try {
      const units = await answer(await call(api, '/units'));
      if (units == null) {
        node.innerHTML = '';
        return;
      }
      unitSelect.innerHTML = units.map((u) => `<option value="${escape(u.code)}">${escape(u.name)}</option>`).join('');
    } catch (e) {
      body.textContent = e.message;
    }
  })();
}

export default [
  {
    id: 'kinerja-dokumen',
    pluginPoint: 'cockpit.dashboard',
    priority: 5,
    render: (node, { api }) => renderView(node, api),
  },
];
