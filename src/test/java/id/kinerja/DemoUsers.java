package id.kinerja;

/** Demo logins of the seeded Kecamatan Plaju organisation (password "demo"). */
public final class DemoUsers {

  /** The Walikota Palembang: kepala daerah, an elected official whose login is not a NIP. */
  public static final String WALIKOTA = "walikota.plg";
  /** Sekretaris Daerah: rated by the Walikota, rater of the Camat. */
  public static final String SEKDA = "196805121994031003";
  /** Staff at Kelurahan Plaju Ulu, rated by the Lurah. */
  public static final String STAFF = "199502152020122005";
  /** Another staff member at Kelurahan Plaju Ulu. */
  public static final String OTHER_STAFF = "199309212019031006";
  /** Lurah Plaju Ulu: the staff's rater. */
  public static final String LURAH = "197909092003121002";
  /** Camat Plaju: rater of the Lurah, appeal reviewer of the kelurahan staff. */
  public static final String CAMAT = "197506201998031004";
  /** Sekretaris Kecamatan, also Plt Lurah Komperta. */
  public static final String SEKCAM = "197810102002122001";
  /** Staff at Kelurahan Komperta, whose Lurah post is vacant. */
  public static final String KOMPERTA_STAFF = "199306062019032010";
  /** HR: pengelola-kinerja. */
  /**
   * Lurah Plaju Ilir, and the one staff member of that kelurahan (also {@link #WRONG_PASSWORD_2}: tests
   * drive that appraisal through the engine and never log in as them).
   */
  public static final String LURAH_ILIR = "198004042006041005";
  public static final String STAFF_ILIR = "199412252020121007";
  public static final String HR = "198609262015051001";
  /** Process owner. */
  public static final String PROCESS_OWNER = "199001172019031002";
  public static final String ADMIN = "admin";
  /** Auditor at the Inspektorat: reads the audit trail. */
  public static final String AUDITOR = "198302142008011004";
  /**
   * For wrong-password tests only: a failed login locks the account for a few seconds, so
   * these users are used for nothing else.
   */
  public static final String WRONG_PASSWORD_1 = "199201012018011008";
  public static final String WRONG_PASSWORD_2 = "199412252020121007";
  public static final String WRONG_PASSWORD_3 = "199607072022032006";

  private DemoUsers() {}
}
