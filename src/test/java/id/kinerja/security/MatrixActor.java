package id.kinerja.security;

import id.kinerja.DemoUsers;

/** The columns of the authorisation matrix, as named in docs/security.md. */
enum MatrixActor {
  EMPLOYEE("employee", DemoUsers.STAFF),
  ANOTHER_EMPLOYEE("another employee", DemoUsers.OTHER_STAFF),
  SUPERVISOR("supervisor", DemoUsers.LURAH),
  SUPERVISORS_SUPERVISOR("supervisor's supervisor", DemoUsers.CAMAT),
  HR("HR", DemoUsers.HR),
  PROCESS_OWNER("process owner", DemoUsers.PROCESS_OWNER),
  MANAGER("manager", "196805121994031003"),
  AUDITOR("auditor", DemoUsers.AUDITOR),
  ANONYMOUS("anonymous", null),
  ADMIN("admin", DemoUsers.ADMIN);

  final String title;
  /** The login, or null for someone who does not log in. */
  final String user;

  MatrixActor(String title, String user) {
    this.title = title;
    this.user = user;
  }
}
