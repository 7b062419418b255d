package id.kinerja.organisation;

import static id.kinerja.organisation.OrganisationForms.ACTING_END;
import static id.kinerja.organisation.OrganisationForms.ACTING_KIND;
import static id.kinerja.organisation.OrganisationForms.ACTING_NIP;
import static id.kinerja.organisation.OrganisationForms.ACTING_START;

import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditTrail;
import id.kinerja.process.EngineClock;
import id.kinerja.process.FormInput;
import id.kinerja.process.ModelApi;
import id.kinerja.process.OnCompletion;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Checks HR's "Tunjuk Plt/Plh" on the server and appoints: the acting holder must be an active
 * ASN and hold the post from today at the latest, since the post is vacant now. The open tasks of
 * the post move to them in the same transaction.
 */
@Component
class AppointmentTask {

  private final ActingAssignments actingAssignments;
  private final AuditTrail audit;

  AppointmentTask(ActingAssignments actingAssignments, AuditTrail audit) {
    this.actingAssignments = actingAssignments;
    this.audit = audit;
  }

  @Bean
  @ModelApi
  ExecutionListener appointmentCheck() {
    return OnCompletion.check(execution -> {
      FormInput input = FormInput.of(execution);
      String nip = input.text(ACTING_NIP, "NIP Plt/Plh", 18, 18);
      ActingAssignment.Kind kind = input.choice(ACTING_KIND, "Jenis penugasan", ActingAssignment.Kind.class);
      LocalDate start = input.date(ACTING_START, "Tanggal mulai");
      LocalDate end = input.date(ACTING_END, "Tanggal selesai");
      LocalDate today = EngineClock.today();
      input.require(start == null || !start.isAfter(today), "Tanggal mulai tidak boleh sesudah hari ini: jabatan ini kosong sekarang");
      input.require(end == null || !end.isBefore(today), "Tanggal selesai tidak boleh sebelum hari ini");
      ActingAssignment assignment = new ActingAssignment(null,
          (String) execution.getVariable(AppointmentProcess.Variables.POSITION_CODE), nip, kind, start, end);
      if (input.valid()) {
        actingAssignments.problems(assignment).forEach(problem -> input.require(false, problem));
      }
      input.refuseIfInvalid();
      ActingAssignment appointed = actingAssignments.appoint(assignment);
      audit.record(AuditTrail.Event.of(AuditAction.PLT_PLH_DITUNJUK, appointed.positionCode(), appointed)
          .aboutPerson(appointed.nip()));
    });
  }
}
