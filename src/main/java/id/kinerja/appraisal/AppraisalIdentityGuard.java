package id.kinerja.appraisal;

import static id.kinerja.appraisal.AppraisalVariables.APPRAISAL_ID;
import static id.kinerja.appraisal.AppraisalVariables.NIP;
import static id.kinerja.appraisal.AppraisalVariables.YEAR;

import id.kinerja.process.CompletionGuard;
import id.kinerja.process.RefusedInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A completion may not change whose appraisal this is: the variables {@code nip}, {@code tahun}
 * and {@code penilaianId} must still match the business key {@code <NIP>:<year>}. Forms send
 * them back unchanged, but a REST caller could point their SKP or ratings at a colleague's
 * appraisal, since every task's check writes to the appraisal these variables name.
 */
@Component
class AppraisalIdentityGuard implements CompletionGuard {

  private final AppraisalRepository appraisals;

  AppraisalIdentityGuard(AppraisalRepository appraisals) {
    this.appraisals = appraisals;
  }

  @Override
  public void check(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    if (!execution.getProcessDefinitionId().startsWith(AppraisalProcess.KEY + ":")
        || key == null || !key.matches("\\d{18}:\\d{4}")) {
      return;
    }
    String nip = key.substring(0, 18);
    int year = Integer.parseInt(key.substring(19));
    require(nip.equals(execution.getVariable(NIP)), NIP);
    require(sameNumber(execution.getVariable(YEAR), year), YEAR);
    if (execution.hasVariable(APPRAISAL_ID)) {
      require(appraisals.idOf(nip, year).map(id -> sameNumber(execution.getVariable(APPRAISAL_ID), id)).orElse(true),
          APPRAISAL_ID);
    }
  }

  private static boolean sameNumber(Object value, long expected) {
    try {
      return value != null && AppraisalVariables.number(value).longValue() == expected
          && AppraisalVariables.number(value).doubleValue() == expected;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static void require(boolean unchanged, String variable) {
    if (!unchanged) {
      throw RefusedInput.because("Isian " + variable + " tidak boleh diubah: nilainya ditetapkan oleh penilaian ini");
    }
  }
}
