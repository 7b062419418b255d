// Shared by the sections of HR's screen: calls to the session API, Indonesian formats, DOM building.

const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content;

/** Calls /pengelolaan/api<path>; writes carry the session's CSRF token. Answers {ok, status, data}. */
export async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  const options = { method, headers, credentials: 'same-origin' };
  if (method !== 'GET') {
    headers[meta('csrf-header')] = meta('csrf-token');
  }
  if (body instanceof FormData) {
    options.body = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch('/pengelolaan/api' + path, options);
  } catch (e) {
    return { ok: false, status: 0, data: { message: 'Server tidak dapat dihubungi. Periksa jaringan lalu coba lagi.' } };
  }
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch (notJson) {
    data = null;
  }
  return { ok: response.ok, status: response.status, data };
}

/** The server's own message of a refusal, else a plain one for the status. */
export function refusal(answer) {
  if (answer.data && typeof answer.data.message === 'string' && answer.data.message.trim()) {
    return answer.data.message;
  }
  switch (answer.status) {
    case 401: return 'Sesi Anda telah berakhir. Muat ulang halaman dan masuk lagi.';
    case 403: return 'Anda tidak berhak melakukan ini, atau sesi sudah kedaluwarsa (muat ulang halaman).';
    case 404: return 'Data tidak ditemukan.';
    case 413: return 'Berkas terlalu besar.';
    default: return 'Permintaan ditolak server (kode ' + answer.status + ').';
  }
}

const angka = new Intl.NumberFormat('id-ID');
const persen = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 0, maximumFractionDigits: 1 });

export const number = (value) => angka.format(value ?? 0);
export const percent = (value) => persen.format(value ?? 0) + '%';

/** A date (YYYY-MM-DD or a timestamp) the Indonesian way: 31 Januari 2027, with the time if it has one. */
export function date(value, withTime = false) {
  if (!value) {
    return '';
  }
  const d = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(value + 'T00:00:00') : new Date(value);
  const options = { day: 'numeric', month: 'long', year: 'numeric' };
  if (withTime) {
    Object.assign(options, { hour: '2-digit', minute: '2-digit' });
  }
  return d.toLocaleString('id-ID', options);
}

/** An element with attributes (on* are listeners) and children (strings become text, never HTML). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else if (value === true) {
      node.setAttribute(name, '');
    } else {
      node.setAttribute(name, value);
    }
  }
  children.flat().forEach((child) => child !== null && child !== undefined && child !== false
    && node.append(child instanceof Node ? child : String(child)));
  return node;
}

/** A table of rows: headers, then one array of cells per row. */
export function table(headers, rows, className) {
  return el('div', { class: 'gulir' }, el('table', { class: className },
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((c) => el('td', {}, c)))))));
}

/** Replaces what a result area shows. */
export function show(target, ...children) {
  const node = typeof target === 'string' ? document.getElementById(target) : target;
  node.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined));
}

export const error = (text) => el('p', { class: 'error', role: 'alert' }, text);
export const info = (text) => el('p', { class: 'info', role: 'status' }, text);

/** The year chosen at the top, or null (with the field marked) when it is not a valid year. */
export function year() {
  const input = document.getElementById('tahun');
  return input.checkValidity() && input.value ? Number(input.value) : null;
}

/** Runs the loader now and whenever the year (or, with 'direktori', the directory) changes. */
export function onYear(loader) {
  document.addEventListener('tahun', () => year() && loader(year()));
}

export const announce = (name) => document.dispatchEvent(new Event(name));

/** The employee predicates in their order, and their names as people read them. */
export const PREDICATES = [['SANGAT_BAIK', 'Sangat Baik'], ['BAIK', 'Baik'], ['BUTUH_PERBAIKAN', 'Butuh Perbaikan'],
  ['KURANG', 'Kurang/Misconduct'], ['SANGAT_KURANG', 'Sangat Kurang']];
export const ORGANISATION_PREDICATES = { ISTIMEWA: 'Istimewa', BAIK: 'Baik', BUTUH_PERBAIKAN: 'Butuh Perbaikan (Cukup)',
  KURANG: 'Kurang', SANGAT_KURANG: 'Sangat Kurang' };
