// Kinerja ASN, loaded by config.js (customScripts). Two things Tasklist and its bundled form-js
// do not do themselves:
// 1. form-js writes its checks and list buttons in English with no way to translate them; they are
//    rewritten in Indonesian as they appear, a pattern check with the message of its field's rule.
// 2. A task offered to a group is taken by the person who opens it, so its form is never shown
//    greyed out: the task's own "Ambil" button is pressed once for the task just opened.
// 3. A field that asks for the person's own NIP starts with it (they may still change it).

const PATTERN_MESSAGES = {
  '^[0-9]{18}$': 'NIP terdiri atas 18 angka, tanpa spasi.',
  '^https?://\\S+$': 'Tautan harus diawali http:// atau https:// dan tanpa spasi.',
};

const EXACT = {
  'Field is required.': 'Wajib diisi.',
  'Field must be a valid email.': 'Isi dengan alamat surel yang benar.',
  'Value is not a number.': 'Isi dengan angka.',
  'Date and time must both be entered.': 'Isi tanggal dan jamnya.',
  'Add new': 'Tambah baris',
  'Collapse': 'Ciutkan',
  'Search': 'Cari',
  'Select': 'Pilih',
  'No results': 'Tidak ada hasil',
  'Remove tag': 'Hapus pilihan',
  'Delete item': 'Hapus baris',
  'Previous page': 'Halaman sebelumnya',
  'Next page': 'Halaman berikutnya',
  'Number of rows per page': 'Jumlah baris per halaman',
  'Increment': 'Tambah',
  'Decrement': 'Kurangi',
  'Toggle list item': 'Buka atau tutup baris',
  'Nothing to show.': 'Tidak ada yang ditampilkan.',
  'Failed to render form': 'Formulir tidak dapat ditampilkan',
  // The date picker keeps its month/day/year order; say so in Indonesian.
  'mm/dd/yyyy': 'bulan/tanggal/tahun',
};

const PATTERNS = [
  [/^Field must match pattern (.+)\.$/, (m) => PATTERN_MESSAGES[m[1]] || 'Isian tidak sesuai format yang diminta.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Paling kecil ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Paling besar ${m[1]}.`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `Paling sedikit ${m[1]} karakter.`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `Paling banyak ${m[1]} karakter.`],
  [/^Expand all \((\d+)\)$/, (m) => `Buka semua (${m[1]})`],
  [/^Remove list item (\d+)$/, (m) => `Hapus baris ${m[1]}`],
  [/^Should be at least (.+)\.$/, (m) => `Paling kecil ${m[1]}.`],
  [/^Should be at most (.+)\.$/, (m) => `Paling besar ${m[1]}.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `Pilih nilai yang sah; dua nilai terdekat adalah ${m[1]} dan ${m[2]}.`],
];

function indonesian(text) {
  const trimmed = text.trim();
  if (EXACT[trimmed]) {
    return text.replace(trimmed, EXACT[trimmed]);
  }
  for (const [pattern, message] of PATTERNS) {
    const match = trimmed.match(pattern);
    if (match) {
      return text.replace(trimmed, message(match));
    }
  }
  return null;
}

function translateForm(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const translated = indonesian(node.nodeValue);
    if (translated !== null) {
      node.nodeValue = translated;
    }
  }
  root.querySelectorAll('[aria-label], [title], [placeholder]').forEach((element) => {
    ['aria-label', 'title', 'placeholder'].forEach((attribute) => {
      const value = element.getAttribute(attribute);
      const translated = value && indonesian(value);
      if (translated) {
        element.setAttribute(attribute, translated);
      }
    });
  });
}

let claimedFor = null;

function openedTaskId() {
  const match = window.location.hash.match(/[?&]task=([0-9a-f-]+)/);
  return match ? match[1] : null;
}

function takeGroupTask() {
  const taskId = openedTaskId();
  const claim = document.querySelector('button.claim');
  if (!taskId || !claim || claim.disabled || claimedFor === taskId) {
    return;
  }
  claimedFor = taskId;
  claim.click();
}

/** Form fields (by their id in forms/) that ask for the person's own NIP: "Minta dialog kinerja". */
const OWN_NIP_FIELDS = ['Field_NipPegawai'];
let currentUser = null;

function ownNip() {
  currentUser = currentUser || fetch(`${document.querySelector('base')?.getAttribute('app-root') || '/camunda'}`
      + '/api/admin/auth/user/default', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : {})).then((user) => user.userId || '').catch(() => '');
  return currentUser;
}

function fillOwnNip() {
  document.querySelectorAll(OWN_NIP_FIELDS.map((id) => `.fjs-container input[id$="${id}"]`).join(',')).forEach((input) => {
    if (input.value || input.dataset.kinerjaNip) {
      return;
    }
    input.dataset.kinerjaNip = 'diisi';
    ownNip().then((nip) => {
      if (/^[0-9]{18}$/.test(nip) && !input.value) {
        // form-js keeps its state from input events: set the value as typing would.
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, nip);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
  });
}

let pending = false;
new MutationObserver(() => {
  if (pending) {
    return;
  }
  pending = true;
  window.requestAnimationFrame(() => {
    pending = false;
    document.querySelectorAll('.fjs-container').forEach(translateForm);
    takeGroupTask();
    fillOwnNip();
  });
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

export default [];
