package id.kinerja.period;

import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditTrail;
import id.kinerja.organisation.OrganisationRepository;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Opens a period: starts one {@code penilaian-kinerja} per active employee of a unit subtree or
 * of the whole organisation, in the background. Opening again, or again after a crash, starts
 * only who is missing, including employees who joined since.
 */
@Service
public class PeriodOpenings {

  public record Progress(PeriodOpeningRepository.Opening opening, Map<String, Integer> counts,
      List<PeriodOpeningRepository.Failure> failures) {}

  private final PeriodOpeningRepository openings;
  private final OrganisationRepository organisation;
  private final PeriodOpeningWorker worker;
  private final AuditTrail audit;

  PeriodOpenings(PeriodOpeningRepository openings, OrganisationRepository organisation, PeriodOpeningWorker worker,
      AuditTrail audit) {
    this.audit = audit;
    this.openings = openings;
    this.organisation = organisation;
    this.worker = worker;
  }

  @Transactional
  public long open(int year, String unitCode, String requestedBy) {
    if (year < 2000 || year > 2100) {
      throw new IllegalArgumentException("Tahun periode tidak valid: " + year);
    }
    if (unitCode != null && organisation.unit(unitCode).isEmpty()) {
      throw new IllegalArgumentException("Unit '" + unitCode + "' tidak ditemukan");
    }
    long id = openings.create(year, unitCode, requestedBy);
    audit.record(AuditTrail.Event.of(AuditAction.PERIODE_DIBUKA, "periode " + year,
        Map.of("pembukaan", id, "unit", unitCode == null ? "seluruh organisasi" : unitCode)));
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        worker.claim(id);
      }
    });
    return id;
  }

  public Progress progress(long openingId) {
    return new Progress(openings.find(openingId).orElseThrow(() ->
        new IllegalArgumentException("Pembukaan periode " + openingId + " tidak ditemukan")),
        openings.countsByStatus(openingId), openings.failures(openingId, 100));
  }
}
