// Kinerja ASN: Bahasa Indonesia for everyone, English for a browser that asks for it
// (locales/id.json is this project's translation of the bundled en.json).
export default {
  app: {vendor: 'Kinerja ASN', name: 'Tasklist'},
  locales: {availableLocales: ['id', 'en'], fallbackLocale: 'id'},
  // The translation before the app starts (/webapp-terjemahan.js, served by the application);
  // form-js's checks in Indonesian and a group's task taken by opening it.
  customScripts: ['../../../webapp-terjemahan', 'scripts/kinerja-tasklist'],
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'mengambil tugas yang sedang dipilih'},
    focusFilter: {key: 'ctrl+shift+f', description: 'memindahkan fokus ke filter pertama'},
    focusList: {key: 'ctrl+alt+l', description: 'memindahkan fokus ke tugas pertama dalam daftar'},
    focusForm: {key: 'ctrl+alt+f', description: 'memindahkan fokus ke isian pertama formulir tugas'},
    startProcess: {key: 'ctrl+alt+p', description: 'membuka dialog untuk memulai proses'}
  }
};
