package id.kinerja.document;

import java.util.List;
import java.util.Optional;

/** Reads the record behind one kind of document. */
interface DocumentSource {

  DocumentKind kind();

  /** The document's content, or empty while the record does not yet make it (an SKP not yet set). */
  Optional<DocumentContent> content(DocumentRef ref);

  /** The documents of this kind the appraisal has so far. */
  default List<DocumentRef> available(long appraisalId, int year) {
    return List.of();
  }
}
