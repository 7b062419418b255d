package id.kinerja.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF as a reader gets it: its text (PDFBox), its pages as pictures, its fonts. */
public final class Pdf {

  /** Where the pictures go: the build's folder, looked at after a run. */
  public static final Path PICTURES = Path.of("target", "documents");

  private final byte[] bytes;

  public Pdf(byte[] bytes) {
    this.bytes = bytes;
  }

  /** The text with runs of white space as one space, so a value broken over lines still reads as one. */
  public String text() {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int pages() {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fonts of the first page, and whether each is embedded. */
  public List<String> fonts() {
    List<String> fonts = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(bytes)) {
      var resources = document.getPage(0).getResources();
      for (var name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        fonts.add(font.getName() + (font.isEmbedded() ? " (embedded)" : " (not embedded)"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fonts;
  }

  /** Renders every page at 110 dpi to {@code target/documents/<name>-<page>.png}; returns the files. */
  public List<Path> pictures(String name) {
    List<Path> files = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(bytes)) {
      Files.createDirectories(PICTURES);
      PDFRenderer renderer = new PDFRenderer(document);
      for (int page = 0; page < document.getNumberOfPages(); page++) {
        BufferedImage image = renderer.renderImageWithDPI(page, 110);
        Path file = PICTURES.resolve(name + "-" + (page + 1) + ".png");
        ImageIO.write(image, "png", file.toFile());
        files.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
