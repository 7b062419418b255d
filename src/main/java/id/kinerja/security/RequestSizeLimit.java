package id.kinerja.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A bound on request bodies, answered with 413 before anything reads them: the engine API parses a
 * whole JSON body into memory, so one caller sending a gigabyte could take a node down. The bound
 * (kinerja.http.max-body-size) lies above what a form may send, so a 10 MB text field still reaches
 * the validation that names the field. Uploads (multipart) have Spring's own limits and form posts
 * Tomcat's; both are left to those.
 */
@Configuration
class RequestSizeLimit {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> requestSizeLimitFilter(
      @Value("${kinerja.http.max-body-size}") DataSize maxBodySize) {
    int max = Math.toIntExact(maxBodySize.toBytes());
    String refusal = "{\"type\":\"PayloadTooLarge\",\"message\":\"Permintaan terlalu besar: paling banyak "
        + maxBodySize.toMegabytes() + " MB\"}";
    return HttpFilters.registration(Ordered.HIGHEST_PRECEDENCE + 1, (request, response, chain) -> {
      if (!bounded(request)) {
        chain.doFilter(request, response);
        return;
      }
      long length = request.getContentLengthLong();
      byte[] chunked = length < 0 && request.getHeader("Transfer-Encoding") != null
          ? request.getInputStream().readNBytes(max + 1) : null;
      if (length > max || (chunked != null && chunked.length > max)) {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(refusal);
        return;
      }
      chain.doFilter(chunked == null ? request : new Buffered(request, chunked), response);
    });
  }

  private static boolean bounded(HttpServletRequest request) {
    String type = String.valueOf(request.getContentType()).toLowerCase();
    return !type.startsWith("multipart/") && !type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
  }

  /** A chunked body already read (to know its size), handed on as if unread. */
  private static final class Buffered extends HttpServletRequestWrapper {

    private final byte[] body;

    Buffered(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already read");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
