package id.kinerja.document;

import id.kinerja.appraisal.EvaluationFrequency;
import id.kinerja.monitoring.MonitoringRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * An appraisal's record as the documents read it, for screens that show it (Penilaian Saya): the
 * SKP as set, each evaluation period's realisation and feedback, the result, the appeal, the
 * follow-up and the links to the PDFs it has, with the documents' rule of who may read it.
 */
@Component
public class AppraisalRecord {

  /** A PDF of the appraisal: its title and the link that opens it in the webapp session. */
  public record Link(String judul, String tautan) {}

  private final DocumentAccess access;
  private final SkpSource skp;
  private final EvaluationResults results;
  private final AppraisalOutcome outcome;
  private final AppealAndFollowUp aftermath;
  private final Documents documents;
  private final RecordReader reader;
  private final MonitoringRepository monitoring;
  private final JdbcClient jdbc;

  AppraisalRecord(DocumentAccess access, SkpSource skp, EvaluationResults results, AppraisalOutcome outcome,
      AppealAndFollowUp aftermath, Documents documents, RecordReader reader, MonitoringRepository monitoring, JdbcClient jdbc) {
    this.access = access;
    this.skp = skp;
    this.results = results;
    this.outcome = outcome;
    this.aftermath = aftermath;
    this.documents = documents;
    this.reader = reader;
    this.monitoring = monitoring;
    this.jdbc = jdbc;
  }

  /** The documents' rule: the employee, whoever rated or reviewed it (recorded or on the day), HR, administrators. */
  public boolean mayRead(Authentication user, long appraisalId) {
    return access.mayReadAppraisal(user, appraisalId);
  }

  public boolean isHr(Authentication user) {
    return access.isHr(user);
  }

  /** The SKP as the rater set it; empty until then. */
  public Optional<Map<String, Object>> skp(long appraisalId) {
    return skp.asSet(appraisalId);
  }

  /** Each evaluation period with a realisation or a review so far: per RHK realisation and feedback, and the period's ratings. */
  public List<Map<String, Object>> periods(long appraisalId, int year) {
    EvaluationFrequency frequency = results.frequency(year);
    Map<Integer, MonitoringRepository.QuarterlyReview> reviews = new LinkedHashMap<>();
    monitoring.reviews(appraisalId).forEach(review -> reviews.put(review.quarter(), review));
    TreeSet<Integer> numbers = new TreeSet<>(reviews.keySet());
    numbers.addAll(jdbc.sql("select distinct quarter from kinerja.realisation where appraisal_id = ?").param(appraisalId)
        .query(Integer.class).list());
    List<Map<String, Object>> periods = new ArrayList<>();
    for (int number : numbers) {
      Optional<MonitoringRepository.QuarterlyReview> review = Optional.ofNullable(reviews.get(number));
      Map<String, Object> period = new LinkedHashMap<>();
      period.put("periode", EvaluationResults.periodLabel(number, frequency));
      period.putAll(results.ofPeriod(appraisalId, number, true));
      period.put("ditinjau", review.isPresent());
      period.put("ratingHasilKerja", review.map(r -> AppraisalOutcome.rating(r.resultsRating())).orElse("Belum dinilai"));
      period.put("ratingPerilakuKerja", review.map(r -> AppraisalOutcome.rating(r.behaviourRating())).orElse("Belum dinilai"));
      period.put("predikat", review.map(r -> AppraisalOutcome.predicate(r.predicate())).orElse("Belum ditetapkan"));
      period.put("umpanBalik", review.map(MonitoringRepository.QuarterlyReview::feedback).orElse(""));
      periods.add(period);
    }
    return periods;
  }

  /** The annual result once the rater has given it: ratings, predicate, reasons, who rated. */
  public Optional<Map<String, Object>> result(long appraisalId) {
    return outcome.finalRating(appraisalId).map(f -> {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("ratingHasilKerja", AppraisalOutcome.rating(f.resultsRating()));
      result.put("ratingPerilakuKerja", AppraisalOutcome.rating(f.behaviourRating()));
      result.put("predikat", AppraisalOutcome.predicate(f.predicate()));
      result.put("alasanHasilKerja", Print.text(f.resultsReason()));
      result.put("alasanKalibrasi", Print.text(f.calibrationReason()));
      result.put("dinilaiOleh", reader.person(f.raterNip()).get("nama"));
      result.put("tanggalDinilai", Print.date(f.ratedAt()));
      return result;
    });
  }

  /** The appeal as the Dokumen Evaluasi prints it; empty without one. */
  public Optional<Map<String, Object>> appeal(long appraisalId) {
    return aftermath.appeal(appraisalId).map(aftermath::printed);
  }

  /** The follow-up as sentences (training referral, award). */
  public List<String> followUp(long appraisalId) {
    return aftermath.recommendations(appraisalId);
  }

  /** The PDFs the appraisal has so far, linked under {@code /dokumen/{nip}/{year}/...}. */
  public List<Link> documents(String nip, long appraisalId, int year) {
    return documents.available(appraisalId, year).stream()
        .map(ref -> new Link(DocumentController.title(ref), DocumentController.WEB + "/" + nip + "/" + year + "/" + ref.path()))
        .toList();
  }
}
