package id.kinerja.organisation;

import java.time.LocalDate;

/** Someone holding a post for a time: Plt (pelaksana tugas) or Plh (pelaksana harian). */
public record ActingAssignment(
    Long id, String positionCode, String nip, Kind kind, LocalDate startDate, LocalDate endDate) {

  public enum Kind {
    PLT,
    PLH
  }

  public boolean coversDate(LocalDate date) {
    return !date.isBefore(startDate) && !date.isAfter(endDate);
  }
}
