// Tasklist plugin "Penilaian Saya": Tasklist's navbar links to the employee's own appraisal page,
// and, for HR and administrators, to Pengelolaan Kinerja. Whether the caller is HR the server says
// (/penilaian-saya/api/saya); the HR page itself refuses everyone else in any case.
let caller = null;

function whoAmI() {
  if (!caller) {
    caller = fetch('/penilaian-saya/api/saya', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : {}))
      .catch(() => ({}));
  }
  return caller;
}

function link(node, href, text, className) {
  const a = document.createElement('a');
  a.href = href;
  a.className = className;
  a.textContent = text;
  node.appendChild(a);
}

export default [
  {
    id: 'kinerja-penilaian-saya',
    pluginPoint: 'tasklist.navbar.action',
    priority: 400,
    render: (node) => link(node, '/penilaian-saya', 'Penilaian Saya', 'kinerja-penilaian-saya'),
  },
  {
    id: 'kinerja-pengelolaan',
    pluginPoint: 'tasklist.navbar.action',
    priority: 390,
    render: (node) => {
      whoAmI().then((me) => {
        if (me.pengelola) {
          link(node, '/pengelolaan', 'Pengelolaan Kinerja', 'kinerja-pengelolaan');
        }
      });
    },
  },
];
