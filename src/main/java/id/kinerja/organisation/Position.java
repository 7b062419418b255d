package id.kinerja.organisation;

/** A post (jabatan) in a unit; {@code reportsToCode} is the post that rates its holders. */
public record Position(String code, String title, String unitCode, String reportsToCode) {}
