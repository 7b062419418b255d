// Pengaturan tahun and Sasaran organisasi: shown, edited and saved; the server checks again and says why it refuses.
import { api, date, el, error, info, onYear, refusal, show, year } from './umum.js';

const form = document.getElementById('form-pengaturan');
const goalForm = document.getElementById('form-sasaran');
const NUMBERS = ['planReminderDays', 'evaluationDueDays', 'evaluationReminderDays', 'appealWindowDays', 'appealDecisionDays',
  'appealReminderDays', 'appealExplanationDays'];

onYear(async (y) => {
  show('hasil-pengaturan');
  show('hasil-sasaran');
  // The annual assessment opens the day after the period ends at the earliest.
  form.elements.finalAssessmentOpens.min = (y + 1) + '-01-01';
  form.elements.planDeadline.min = y + '-01-01';
  form.elements.planDeadline.max = y + '-12-31';
  const [settings, goals] = await Promise.all([api('GET', '/periods/' + y + '/settings'), api('GET', '/periods/' + y + '/goals')]);
  if (settings.ok) {
    fill(settings.data);
  } else {
    show('hasil-pengaturan', error('Pengaturan tidak dapat dimuat: ' + refusal(settings)));
  }
  listGoals(goals);
});

/** Each date also in words, whatever the browser's own date format. */
function spell() {
  form.querySelectorAll('input[type=date]').forEach((input) => {
    input.nextElementSibling.textContent = input.value ? date(input.value) : '';
  });
}
form.addEventListener('input', spell);

function fill(s) {
  form.elements.planDeadline.value = s.planDeadline;
  form.elements.finalAssessmentOpens.value = s.finalAssessmentOpens;
  spell();
  form.elements.evaluationFrequency.value = s.evaluationFrequency;
  form.elements.calibrationRequired.checked = s.calibrationRequired !== false;
  NUMBERS.forEach((name) => { form.elements[name].value = s[name]; });
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const y = year();
  if (!y || !form.reportValidity()) {
    return;
  }
  const body = { planDeadline: form.elements.planDeadline.value, finalAssessmentOpens: form.elements.finalAssessmentOpens.value,
    evaluationFrequency: form.elements.evaluationFrequency.value, calibrationRequired: form.elements.calibrationRequired.checked };
  NUMBERS.forEach((name) => { body[name] = Number(form.elements[name].value); });
  const answer = await api('PUT', '/periods/' + y + '/settings', body);
  if (answer.ok) {
    fill(answer.data);
    show('hasil-pengaturan', info('Pengaturan tahun ' + y + ' disimpan. Berlaku bagi penilaian yang dimulai sesudah ini.'));
  } else {
    show('hasil-pengaturan', error(refusal(answer)));
  }
});

function listGoals(answer) {
  const list = document.getElementById('daftar-sasaran');
  if (!answer.ok) {
    list.replaceChildren();
    show('hasil-sasaran', error('Sasaran organisasi tidak dapat dimuat: ' + refusal(answer)));
    return;
  }
  list.replaceChildren(...answer.data.map((g) => el('li', {}, g.description)));
  if (answer.data.length === 0) {
    list.replaceChildren(el('li', { class: 'kosong' }, 'Belum ada sasaran organisasi untuk tahun ini.'));
  }
}

goalForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const y = year();
  const text = goalForm.elements.description;
  text.setCustomValidity(text.value.trim().length < 10 ? 'Uraian sasaran paling sedikit 10 karakter.' : '');
  if (!y || !goalForm.reportValidity()) {
    return;
  }
  const answer = await api('POST', '/periods/' + y + '/goals', { description: text.value });
  if (answer.ok) {
    text.value = '';
    show('hasil-sasaran', info('Sasaran organisasi ditambahkan.'));
    listGoals(await api('GET', '/periods/' + y + '/goals'));
  } else {
    show('hasil-sasaran', error(refusal(answer)));
  }
});
goalForm.elements.description.addEventListener('input', (e) => e.target.setCustomValidity(''));
