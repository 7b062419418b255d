package id.kinerja;

import com.fasterxml.jackson.databind.JsonMappingException;
import id.kinerja.organisation.imports.ImportProblem;
import id.kinerja.organisation.imports.ImportRejectedException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns refused input into a clear answer in Bahasa Indonesia. */
@RestControllerAdvice
class ApiErrors {

  record Problem(String message, List<ImportProblem> problems) {}

  @ExceptionHandler(ImportRejectedException.class)
  ResponseEntity<Problem> rejectedFile(ImportRejectedException e) {
    return ResponseEntity.unprocessableEntity().body(new Problem(e.getMessage(), e.problems()));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Problem> badInput(IllegalArgumentException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new Problem(e.getMessage(), List.of()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Problem> unreadable(HttpMessageNotReadableException e) {
    String field = e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
        ? mapping.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining("."))
        : null;
    String message = field == null
        ? "Isi permintaan tidak dapat dibaca: periksa format JSON dan nilai tanggal (YYYY-MM-DD)"
        : "Isi permintaan tidak dapat dibaca: nilai kolom '" + field + "' tidak valid";
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new Problem(message, List.of()));
  }
}
