// Kinerja ASN: Tasklist, Cockpit and Admin build some widgets (the search box, the sort and
// filter choices) once, when the app starts, with the translations there are at that moment. On
// a first visit to a busy server the translations arrive later and those widgets show raw keys
// (SEARCH_PLACEHOLDER, CREATION_DATE). Loaded from each app's config.js (customScripts) before the
// app starts, this fetches the translation first and puts it where the app's own loader looks
// (its cache in localStorage), so the app starts with it. The app still fetches it again itself.
const root = document.querySelector('base')?.getAttribute('app-root') || '/camunda';
const app = window.location.pathname.split('/app/')[1]?.split('/')[0];
const config = { tasklist: window.camTasklistConf, cockpit: window.camCockpitConf, admin: window.camAdminConf,
  welcome: window.camWelcomeConf }[app] || {};
const locales = config.locales || { availableLocales: ['en'], fallbackLocale: 'en' };

// The same choice as the apps make: the browser's first language if offered, else the fallback.
const asked = ((navigator.languages && navigator.languages[0]) || navigator.language || '').split('-')[0].toLowerCase();
const locale = locales.availableLocales.includes(asked) ? asked : locales.fallbackLocale;
const prefix = `${root}/app/${app}/locales/`;

if (app && window.bust) {
  const key = `${prefix}_locales_data_${locale}_${window.bust}`;
  const stored = JSON.parse(window.localStorage.getItem('camunda-web') || '{}');
  if (!stored[key]) {
    try {
      const response = await fetch(`${prefix}${locale}.json?bust=${window.bust}`, { credentials: 'same-origin' });
      if (response.ok) {
        stored[key] = JSON.stringify(await response.json());
        window.localStorage.setItem('camunda-web', JSON.stringify(stored));
      }
    } catch (e) {
      console.error('Terjemahan tidak dapat dimuat lebih dulu', e);
    }
  }
}

export default [];
