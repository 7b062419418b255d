package id.kinerja.organisation.imports;

/** Why one line of an uploaded file was refused; the message is in Bahasa Indonesia. */
public record ImportProblem(long line, String message) {}
