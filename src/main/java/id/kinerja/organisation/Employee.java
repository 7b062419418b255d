package id.kinerja.organisation;

public record Employee(
    String nip,
    String name,
    String rankGrade,
    EmploymentType employmentType,
    String positionCode,
    String unitCode,
    String email,
    boolean active) {}
