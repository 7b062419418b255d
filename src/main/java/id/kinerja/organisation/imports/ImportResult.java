package id.kinerja.organisation.imports;

/** What an accepted file changed. */
public record ImportResult(int rows, int created, int updated) {}
