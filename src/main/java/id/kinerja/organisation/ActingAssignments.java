package id.kinerja.organisation;

import id.kinerja.process.EngineClock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appoints acting holders (Plt/Plh) of a post after checking the appointment makes sense. An
 * appointment that covers today takes over the post's open tasks and ends its vacancy.
 */
@Service
public class ActingAssignments {

  private final OrganisationRepository repository;
  private final PostTasks postTasks;
  private final VacantPosts vacantPosts;

  public ActingAssignments(OrganisationRepository repository, PostTasks postTasks, VacantPosts vacantPosts) {
    this.repository = repository;
    this.postTasks = postTasks;
    this.vacantPosts = vacantPosts;
  }

  @Transactional
  public ActingAssignment appoint(ActingAssignment a) {
    List<String> problems = problems(a);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Penugasan Plt/Plh ditolak: " + String.join("; ", problems));
    }
    long id = repository.saveActingAssignment(a);
    ActingAssignment saved = new ActingAssignment(id, a.positionCode(), a.nip(), a.kind(), a.startDate(), a.endDate());
    if (saved.coversDate(EngineClock.today())) {
      vacantPosts.filled(a.positionCode());
      postTasks.handOver(a.positionCode());
    }
    return saved;
  }

  /** Appointed through the directory API: HR's appointment task for the post, if open, is no longer needed. */
  @Transactional
  public ActingAssignment appointDirectly(ActingAssignment a) {
    ActingAssignment saved = appoint(a);
    if (saved.coversDate(EngineClock.today())) {
      vacantPosts.withdrawRequest(a.positionCode());
    }
    return saved;
  }

  List<String> problems(ActingAssignment a) {
    List<String> problems = new ArrayList<>();
    if (a.positionCode() == null || repository.position(a.positionCode()).isEmpty()) {
      problems.add("jabatan '" + a.positionCode() + "' tidak ditemukan");
    }
    if (a.nip() == null || repository.employee(a.nip()).filter(Employee::active).isEmpty()) {
      problems.add("pegawai aktif dengan NIP '" + a.nip() + "' tidak ditemukan");
    } else if (!repository.employee(a.nip()).get().employmentType().isAsn()) {
      problems.add("Plt/Plh harus seorang ASN, bukan pejabat negara");
    }
    if (a.kind() == null) {
      problems.add("jenis harus PLT atau PLH");
    }
    if (a.startDate() == null || a.endDate() == null) {
      problems.add("tanggal mulai dan selesai wajib diisi");
    } else if (a.endDate().isBefore(a.startDate())) {
      problems.add("tanggal selesai tidak boleh sebelum tanggal mulai");
    }
    return problems;
  }
}
