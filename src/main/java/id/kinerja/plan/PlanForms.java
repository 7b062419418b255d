package id.kinerja.plan;

import id.kinerja.assessment.BehaviourValue;
import id.kinerja.process.TaskForm;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The fields of the planning forms "Susun SKP" and "Periksa SKP", as they submit them. */
public final class PlanForms {

  public static final String RESULTS = "rhk";
  public static final String RESULT_ID = "rhkId";
  public static final String KIND = "jenis";
  public static final String DESCRIPTION = "uraian";
  public static final String PARENT = "rhkAtasan";
  public static final String QUANTITY_INDICATOR = "indikatorKuantitas";
  public static final String QUANTITY_TARGET = "targetKuantitas";
  public static final String QUANTITY_UNIT = "satuanKuantitas";
  public static final String QUALITY_INDICATOR = "indikatorKualitas";
  public static final String QUALITY_TARGET = "targetKualitas";
  public static final String TIME_INDICATOR = "indikatorWaktu";
  public static final String TIME_TARGET = "targetWaktu";
  /** The SKP's appendix (Lampiran SKP), asked on "Susun SKP" and shown read-only on "Periksa SKP". */
  public static final String RESOURCE_SUPPORT = "dukunganSumberDaya";
  public static final String ACCOUNTABILITY_SCHEME = "skemaPertanggungjawaban";
  public static final String CONSEQUENCES = "konsekuensi";

  public static final String DECISION = "keputusanSkp";
  public static final String REVIEW_NOTES = "catatanAtasan";
  /** Prefix of the leader's expectation per BerAKHLAK value, e.g. {@code ekspektasiKompeten}. */
  public static final String EXPECTATION = "ekspektasi";

  public static final TaskForm SUSUN_SKP = TaskForm.of("susun-skp").withRows(RESULTS, RESULT_ID, KIND, PARENT,
      DESCRIPTION, QUANTITY_INDICATOR, QUANTITY_TARGET, QUANTITY_UNIT, QUALITY_INDICATOR, QUALITY_TARGET,
      TIME_INDICATOR, TIME_TARGET).and(RESOURCE_SUPPORT, ACCOUNTABILITY_SCHEME, CONSEQUENCES);
  public static final TaskForm PERIKSA_SKP = TaskForm.of("periksa-skp", DECISION, REVIEW_NOTES)
      .and(BehaviourValue.fieldNames(EXPECTATION));

  private PlanForms() {}

  /** Puts the stored appendix into its form fields: read-only on "Periksa SKP", prefilled on a returned "Susun SKP". */
  static void show(VariableScope scope, PlanRepository.Appendix appendix) {
    scope.setVariable(RESOURCE_SUPPORT, appendix.resourceSupport());
    scope.setVariable(ACCOUNTABILITY_SCHEME, appendix.accountabilityScheme());
    scope.setVariable(CONSEQUENCES, appendix.consequences());
  }
}
