package id.kinerja.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error pages a browser gets (instead of Spring's English "Whitelabel Error Page"), in
 * Indonesian and the login page's style: one template, a sentence per status. API callers asking
 * for JSON keep Spring's JSON answer.
 */
@Component
class ErrorPages implements ErrorViewResolver {

  private record Text(String kind, String title, String message) {}

  private static final Map<Integer, Text> TEXTS = Map.of(
      401, new Text("info", "Anda belum masuk",
          "Halaman ini hanya untuk pengguna yang sudah masuk. Silakan masuk dengan NIP atau nama pengguna Anda."),
      403, new Text("error", "Akses ditolak", "Akun Anda tidak berhak membuka halaman ini. Cockpit dan Admin hanya untuk"
          + " pimpinan, pengelola kinerja, pemilik proses dan administrator; tugas Anda ada di Daftar Tugas."),
      404, new Text("error", "Halaman tidak ditemukan",
          "Alamat yang Anda buka tidak ada. Periksa kembali alamatnya, atau kembali ke Daftar Tugas."));
  private static final Text OTHER_REFUSAL = new Text("error", "Permintaan tidak dapat diproses",
      "Permintaan Anda tidak dapat diproses. Periksa kembali isian atau alamatnya, lalu coba lagi.");
  private static final Text SERVER_FAULT = new Text("error", "Terjadi gangguan pada server",
      "Permintaan Anda tidak dapat diselesaikan karena gangguan pada server. Tidak ada data yang berubah karena"
          + " gangguan ini; coba lagi beberapa saat lagi. Bila terus terjadi, hubungi administrator.");

  private final Pages pages;

  ErrorPages(Pages pages) {
    this.pages = pages;
  }

  @Override
  public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
    Text text = TEXTS.getOrDefault(status.value(), status.is5xxServerError() ? SERVER_FAULT : OTHER_REFUSAL);
    String html = pages.render("galat", Map.of("jenis", text.kind(), "judul", text.title(), "pesan", text.message(),
        "kode", String.valueOf(status.value())));
    return new ModelAndView((viewModel, viewRequest, response) -> {
      response.setStatus(status.value());
      response.setContentType("text/html;charset=UTF-8");
      response.setHeader("Content-Security-Policy", Pages.POLICY);
      response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    });
  }
}
