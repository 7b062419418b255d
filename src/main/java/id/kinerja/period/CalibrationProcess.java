package id.kinerja.period;

import id.kinerja.process.ProcessContract;

/** The contract of {@code processes/kalibrasi-unit.bpmn}: one calibration per unit and year, key {@code <unit>:<year>}. */
public final class CalibrationProcess {

  public static final String KEY = "kalibrasi-unit";
  public static final String ORGANISATION_PREDICATE_TASK = "Task_TetapkanPredikatOrganisasi";
  public static final String CALIBRATION_TASK = "Task_KalibrasiUnit";

  /** Its variables; the server sets every one. */
  public static final class Variables {
    public static final String UNIT = "kodeUnit";
    public static final String YEAR = "tahun";
    public static final String UNIT_NAME = "namaUnit";
    /** Read by the gateway "Predikat organisasi sudah ditetapkan?". */
    public static final String ORGANISATION_PREDICATE_SET = "predikatOrganisasiAda";
    public static final String CURVE_HOLDS = "kurvaSesuai";
    public static final String CURVE_SUMMARY = "ringkasanKurva";
    public static final String UNIT_RESULTS = "pegawaiUnit";
    /** Read by the gateway "Penyimpangan diterima?". */
    public static final String DEVIATION_ACCEPTED = "penyimpanganDiterima";

    private Variables() {}
  }

  public static final ProcessContract CONTRACT = ProcessContract.of(KEY, Variables.class)
      .elements(ORGANISATION_PREDICATE_TASK, CALIBRATION_TASK)
      .startedWith(Variables.UNIT, Variables.YEAR);

  private CalibrationProcess() {}
}
