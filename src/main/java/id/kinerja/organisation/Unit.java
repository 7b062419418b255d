package id.kinerja.organisation;

/** An organisational unit (unit kerja); {@code parentCode} is null for the top of the tree. */
public record Unit(String code, String name, String parentCode) {}
