package id.kinerja.document;

import id.kinerja.Http;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;

/** A document as a reader downloads it over HTTP: status, bytes, the number, version and code headers, its text. */
record Fetched(int status, byte[] body, String number, int version, String code) {

  static Fetched get(int port, String user, String path) {
    try {
      HttpResponse<byte[]> response = HttpClient.newHttpClient()
          .send(Http.demoUser(port, user).request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Fetched(response.statusCode(), response.body(), response.headers().firstValue("X-Dokumen-Nomor").orElse(null),
          Integer.parseInt(response.headers().firstValue("X-Dokumen-Versi").orElse("0")),
          response.headers().firstValue("X-Dokumen-Kode").orElse(null));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  Pdf pdf() {
    return new Pdf(body);
  }

  String text() {
    return pdf().text();
  }

  /** The text without any white space: for a link the layout may break over lines. */
  String compactText() {
    return text().replaceAll("\\s+", "");
  }

  /** The public verification page of this version. */
  String verification(int port) {
    return Http.anonymous(port).get("/verifikasi/" + code).body();
  }
}
