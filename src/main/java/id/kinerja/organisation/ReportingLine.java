package id.kinerja.organisation;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Who rates whom. The line runs through posts, not people: the rater (Pejabat Penilai Kinerja) of
 * an employee is whoever holds the post their post reports to on the given date, an acting holder
 * (Plt/Plh) before the definitive one, so that tasks follow the post. The appeal reviewer (Atasan
 * Pejabat Penilai Kinerja) is the holder of the post one level further up. At the top the kepala
 * daerah rates the Sekda and reviews the appeals of those the Sekda rates.
 *
 * <p>A post that nobody holds on the day is vacant: with the fallback {@link VacantPostFallback#ATASAN}
 * (the default) the holder of the next post up does its work, with {@link VacantPostFallback#TUNGGU}
 * its tasks wait for a Plt/Plh. Either way HR is asked to appoint one ({@link PostTasks}).
 */
@Service
public class ReportingLine {

  /** What happens to the work of a vacant post until a Plt/Plh is appointed. */
  public enum VacantPostFallback {
    /** The holder of the next post up acts for it. */
    ATASAN,
    /** Its tasks stay unassigned until someone holds the post. */
    TUNGGU
  }

  /**
   * The duty of one post on a day: who does its work ({@code holder}, empty when nobody can) and
   * whether the post itself is vacant, so that the holder acts for it from a post further up.
   */
  public record Duty(String postCode, Optional<Employee> holder, boolean vacant) {}

  private final OrganisationRepository repository;
  private final VacantPostFallback fallback;

  public ReportingLine(OrganisationRepository repository,
      @Value("${kinerja.vacant-post.fallback:ATASAN}") VacantPostFallback fallback) {
    this.repository = repository;
    this.fallback = fallback;
  }

  public Optional<Employee> supervisorOf(String nip, LocalDate date) {
    return raterDutyOf(nip, date).flatMap(Duty::holder);
  }

  /** The rater's duty towards the employee; empty at the top of the chain, where nobody rates. */
  public Optional<Duty> raterDutyOf(String nip, LocalDate date) {
    return repository.raterPostCode(nip).map(post -> dutyOf(post, date, null));
  }

  public Optional<Employee> appealReviewerOf(String nip, LocalDate date) {
    return appealReviewerOf(nip, date, null);
  }

  public Optional<Employee> appealReviewerOf(String nip, LocalDate date, String raterNip) {
    return reviewerDutyOf(nip, date, raterNip).flatMap(Duty::holder);
  }

  /**
   * The appeal reviewer's duty, never held by the person who rated: when the post above the
   * rater's is held by the rater too (an acting holder of both posts), the next post up decides.
   * Empty when no post lies above the rater's (the kepala daerah's ratings are not appealed here).
   */
  public Optional<Duty> reviewerDutyOf(String nip, LocalDate date, String raterNip) {
    Optional<Position> post = repository.raterPostCode(nip).flatMap(repository::position).flatMap(this::postAbove);
    while (post.isPresent()) {
      Optional<Employee> holder = holderOf(post.get().code(), date);
      if (holder.isEmpty()) {
        return Optional.of(dutyOf(post.get().code(), date, raterNip));
      }
      if (!holder.get().nip().equals(raterNip)) {
        return Optional.of(new Duty(post.get().code(), holder, false));
      }
      post = postAbove(post.get());
    }
    return Optional.empty();
  }

  /**
   * Who does the work of the post on the date: its holder, or with the post vacant and the
   * fallback {@code ATASAN} the first holder further up who is not {@code excludedNip}.
   */
  public Duty dutyOf(String postCode, LocalDate date, String excludedNip) {
    Optional<Employee> holder = holderOf(postCode, date);
    if (holder.isPresent()) {
      return new Duty(postCode, holder, false);
    }
    if (fallback == VacantPostFallback.TUNGGU) {
      return new Duty(postCode, Optional.empty(), true);
    }
    Optional<Position> above = repository.position(postCode).flatMap(this::postAbove);
    while (above.isPresent()) {
      Optional<Employee> acting = holderOf(above.get().code(), date).filter(e -> !e.nip().equals(excludedNip));
      if (acting.isPresent()) {
        return new Duty(postCode, acting, true);
      }
      above = postAbove(above.get());
    }
    return new Duty(postCode, Optional.empty(), true);
  }

  /**
   * Whom the person rates on the date: everyone whose rater duty they do, through their own post,
   * a post they act for (Plt/Plh) or a vacant post below one of those whose work falls to them.
   */
  public List<Employee> staffOf(String nip, LocalDate date) {
    Map<String, List<String>> reportingTo = new HashMap<>();
    repository.positions().forEach(p -> {
      if (p.reportsToCode() != null) {
        reportingTo.computeIfAbsent(p.reportsToCode(), k -> new ArrayList<>()).add(p.code());
      }
    });
    Set<String> rated = new LinkedHashSet<>();
    Deque<String> above = new ArrayDeque<>(repository.postsHeldBy(nip, date));
    Set<String> seen = new HashSet<>(above);
    while (!above.isEmpty()) {
      for (String post : reportingTo.getOrDefault(above.pop(), List.of())) {
        rated.add(post);
        // The staff of a post nobody holds alone (vacant) may fall to this person too: look below it.
        if (holderOf(post, date).isEmpty() && seen.add(post)) {
          above.push(post);
        }
      }
    }
    return repository.employeesInPosts(rated).stream()
        .filter(e -> !e.nip().equals(nip) && supervisorOf(e.nip(), date).map(Employee::nip).filter(nip::equals).isPresent())
        .toList();
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

}
