package id.kinerja.appraisal;

import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditTrail;
import id.kinerja.plan.PlanRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * HR's settings of an appraisal year: deadlines and windows (read by each appraisal when it
 * starts), and the organisation goals the head of the top unit cascades from. Each also serves HR's
 * screen's session API ({@code /pengelolaan/api/periods/...}).
 */
@RestController
class PeriodController {

  private final AppraisalRepository appraisals;
  private final PlanRepository plans;
  private final AuditTrail audit;

  PeriodController(AppraisalRepository appraisals, PlanRepository plans, AuditTrail audit) {
    this.audit = audit;
    this.appraisals = appraisals;
    this.plans = plans;
  }

  @GetMapping({"/api/periods/{year}/settings", "/pengelolaan/api/periods/{year}/settings"})
  PeriodSettings settings(@PathVariable int year) {
    return appraisals.settings(year);
  }

  @PutMapping({"/api/periods/{year}/settings", "/pengelolaan/api/periods/{year}/settings"})
  PeriodSettings saveSettings(@PathVariable int year, @RequestBody PeriodSettings settings) {
    List<String> problems = new ArrayList<>();
    if (settings.planDeadline() == null || settings.finalAssessmentOpens() == null) {
      problems.add("planDeadline dan finalAssessmentOpens wajib diisi (YYYY-MM-DD)");
    } else if (!settings.finalAssessmentOpens().isAfter(settings.planDeadline())) {
      problems.add("penilaian akhir harus dibuka sesudah batas SKP");
    } else if (settings.finalAssessmentOpens().isBefore(PeriodSettings.firstDayAfter(year))) {
      problems.add("penilaian akhir dibuka paling cepat " + PeriodSettings.firstDayAfter(year)
          + ", sehari sesudah periode penilaian berakhir");
    }
    if (settings.evaluationDueDays() < 1 || settings.evaluationDueDays() > 60) {
      problems.add("batas evaluasi periodik 1 sampai 60 hari sesudah akhir periode");
    } else if (settings.evaluationReminderDays() < 0 || settings.evaluationReminderDays() >= settings.evaluationDueDays()) {
      problems.add("pengingat evaluasi periodik tidak boleh negatif dan harus sebelum batasnya");
    }
    if (settings.appealWindowDays() < 1 || settings.appealDecisionDays() < 1) {
      problems.add("jendela keberatan dan batas keputusan keberatan paling sedikit 1 hari");
    }
    if (settings.planReminderDays() < 0 || settings.appealReminderDays() < 0
        || settings.appealReminderDays() >= settings.appealDecisionDays()) {
      problems.add("pengingat tidak boleh negatif dan harus sebelum batas keputusan keberatan");
    }
    if (settings.explanationDays() < 1 || settings.explanationDays() >= settings.appealDecisionDays()) {
      problems.add("batas penjelasan keberatan paling sedikit 1 hari dan harus sebelum batas keputusan keberatan");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Pengaturan periode ditolak: " + String.join("; ", problems));
    }
    PeriodSettings saved = new PeriodSettings(year, settings.planDeadline(), settings.planReminderDays(),
        settings.finalAssessmentOpens(), settings.appealWindowDays(), settings.appealDecisionDays(),
        settings.appealReminderDays(), settings.calibrates(), settings.explanationDays(), settings.evaluationFrequency(),
        settings.evaluationDueDays(), settings.evaluationReminderDays());
    appraisals.saveSettings(saved);
    audit.record(AuditTrail.Event.of(AuditAction.PENGATURAN_PERIODE, "periode " + year, saved));
    return saved;
  }

  @GetMapping({"/api/periods/{year}/goals", "/pengelolaan/api/periods/{year}/goals"})
  List<PlanRepository.OrganisationGoal> goals(@PathVariable int year) {
    return plans.organisationGoals(year);
  }

  record Goal(String description) {}

  @PostMapping({"/api/periods/{year}/goals", "/pengelolaan/api/periods/{year}/goals"})
  ResponseEntity<Map<String, Object>> addGoal(@PathVariable int year, @RequestBody Goal goal) {
    if (goal.description() == null || goal.description().strip().length() < 10 || goal.description().length() > 1000) {
      throw new IllegalArgumentException("Uraian tujuan organisasi wajib diisi, 10 sampai 1000 karakter");
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", plans.addOrganisationGoal(year, goal.description().strip()),
        "description", goal.description().strip()));
  }
}
