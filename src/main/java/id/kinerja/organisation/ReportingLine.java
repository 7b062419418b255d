package id.kinerja.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Who rates whom. The line runs through posts, not people: the rater (Pejabat Penilai Kinerja) of
 * an employee is whoever holds the post their post reports to on the given date, an acting holder
 * (Plt/Plh) before the definitive one, so that tasks follow the post. The appeal reviewer (Atasan
 * Pejabat Penilai Kinerja) is the holder of the post one level further up.
 */
@Service
public class ReportingLine {

  private final OrganisationRepository repository;

  public ReportingLine(OrganisationRepository repository) {
    this.repository = repository;
  }

  public Optional<Employee> supervisorOf(String nip, LocalDate date) {
    return pick(repository.raterPostHolders(nip, date));
  }

  public Optional<Employee> appealReviewerOf(String nip, LocalDate date) {
    return appealReviewerOf(nip, date, null);
  }

  /**
   * The appeal reviewer, never the person who rated: when the post above the rater's is held by
   * the rater too (an acting holder of both posts), the next post up decides.
   */
  public Optional<Employee> appealReviewerOf(String nip, LocalDate date, String raterNip) {
    Optional<Position> post = raterPostOf(nip).flatMap(this::postAbove);
    while (post.isPresent()) {
      Optional<Employee> holder = holderOf(post.get().code(), date);
      if (holder.isPresent() && !holder.get().nip().equals(raterNip)) {
        return holder;
      }
      if (holder.isPresent()) {
        post = postAbove(post.get());
      } else {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private Optional<Position> postAbove(Position post) {
    return Optional.ofNullable(post.reportsToCode()).flatMap(repository::position);
  }

  /**
   * The person who holds the post on the date: an acting holder whose assignment covers the date
   * (the most recently started one wins), else the single definitive holder. A post held by
   * several people at once (a staff post) has no single holder and cannot rate anyone.
   */
  public Optional<Employee> holderOf(String positionCode, LocalDate date) {
    return pick(repository.postHolders(positionCode, date));
  }

  private static Optional<Employee> pick(List<OrganisationRepository.PostHolder> candidates) {
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    return candidates.get(0).acting() || candidates.size() == 1
        ? Optional.of(candidates.get(0).employee()) : Optional.empty();
  }

  private Optional<Position> raterPostOf(String nip) {
    return repository.employee(nip)
        .flatMap(e -> repository.position(e.positionCode()))
        .flatMap(p -> Optional.ofNullable(p.reportsToCode()))
        .flatMap(repository::position);
  }
}
