// Kinerja ASN: Bahasa Indonesia for everyone, English for a browser that asks for it
// (locales/id.json is this project's translation of the bundled en.json).
export default {
  app: {vendor: 'Kinerja ASN', name: 'Admin'},
  locales: {availableLocales: ['id', 'en'], fallbackLocale: 'id'},
  // The translation before the app starts (/webapp-terjemahan.js, served by the application).
  customScripts: ['../../../webapp-terjemahan']
};
