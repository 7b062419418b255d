package id.kinerja.organisation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appoints acting holders (Plt/Plh) of a post after checking the appointment makes sense. */
@Service
public class ActingAssignments {

  private final OrganisationRepository repository;

  public ActingAssignments(OrganisationRepository repository) {
    this.repository = repository;
  }

  @Transactional
  public ActingAssignment appoint(ActingAssignment a) {
    List<String> problems = new ArrayList<>();
    if (a.positionCode() == null || repository.position(a.positionCode()).isEmpty()) {
      problems.add("jabatan '" + a.positionCode() + "' tidak ditemukan");
    }
    if (a.nip() == null || repository.employee(a.nip()).filter(Employee::active).isEmpty()) {
      problems.add("pegawai aktif dengan NIP '" + a.nip() + "' tidak ditemukan");
    }
    if (a.kind() == null) {
      problems.add("jenis harus PLT atau PLH");
    }
    if (a.startDate() == null || a.endDate() == null) {
      problems.add("tanggal mulai dan selesai wajib diisi");
    } else if (a.endDate().isBefore(a.startDate())) {
      problems.add("tanggal selesai tidak boleh sebelum tanggal mulai");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Penugasan Plt/Plh ditolak: " + String.join("; ", problems));
    }
    long id = repository.saveActingAssignment(a);
    return new ActingAssignment(id, a.positionCode(), a.nip(), a.kind(), a.startDate(), a.endDate());
  }
}
