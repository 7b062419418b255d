// HR's screen: the year at the top drives every section.
import { announce, el } from './umum.js';
import './impor.js';
import './buka.js';
import './pengaturan.js';
import './unit-predikat.js';
import './kalibrasi.js';
import './ringkasan.js';
import './tutup.js';

const tahun = document.getElementById('tahun');
tahun.value = new Date().getFullYear();
tahun.addEventListener('change', () => tahun.reportValidity() && announce('tahun'));

document.getElementById('keluar').addEventListener('click', () => {
  const form = el('form', { method: 'post', action: '/logout' },
    el('input', { type: 'hidden', name: '_csrf', value: document.querySelector('meta[name="csrf-token"]').content }));
  document.body.append(form);
  form.submit();
});

announce('direktori');
announce('tahun');
