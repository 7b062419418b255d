package id.kinerja.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Level;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Lays a document out from its template in {@code documents/} (Thymeleaf, XHTML) and prints it to
 * PDF (openhtmltopdf on PDFBox) with DejaVu Sans embedded, so any name in the directory prints,
 * Latin-1 or not. A template reaches nothing outside itself: its only resources are data URIs
 * (the QR code), so no value in a record can make the server fetch an address.
 */
@Component
class PdfRenderer {

  static final String FONT = "DejaVu Sans";

  private final TemplateEngine templates = new TemplateEngine();
  private final byte[] regular = font("DejaVuSans.ttf");
  private final byte[] bold = font("DejaVuSans-Bold.ttf");

  static {
    // openhtmltopdf reports every stylesheet and font load at INFO on its own console handler.
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
  }

  PdfRenderer() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("documents/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.XML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    templates.setTemplateResolver(resolver);
  }

  /** The document's XHTML: the record's values as {@code r}, the issue's (number, code, QR) as {@code doc}. */
  String html(String template, Map<String, Object> record, Map<String, Object> issue) {
    Context context = new Context();
    context.setVariable("r", record);
    context.setVariable("doc", issue);
    return templates.process(template, context);
  }

  byte[] pdf(String xhtml, String title) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withProducer("Kinerja ASN");
      builder.useUriResolver((base, uri) -> uri != null && uri.startsWith("data:") ? uri : null);
      builder.useFont(() -> stream(regular), FONT, 400, FontStyle.NORMAL, true);
      builder.useFont(() -> stream(bold), FONT, 700, FontStyle.NORMAL, true);
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Dokumen '" + title + "' tidak dapat dicetak", e);
    }
    return out.toByteArray();
  }

  /** A QR code of the text as a PNG data URI, for an {@code <img>} in a template. */
  static String qrCode(String text) {
    try {
      var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 240, 240,
          Map.of(EncodeHintType.MARGIN, 1, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      MatrixToImageWriter.writeToStream(matrix, "PNG", png);
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    } catch (WriterException | IOException e) {
      throw new IllegalStateException("Kode QR tidak dapat dibuat", e);
    }
  }

  private static InputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  private static byte[] font(String file) {
    try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream("documents/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("Huruf documents/fonts/" + file + " tidak ada");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
