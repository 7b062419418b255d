package id.kinerja.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
      chain.doFilter(chunked == null ? request : new BufferedRequest(request, chunked), response);
    });
  }

  private static boolean bounded(HttpServletRequest request) {
    String type = String.valueOf(request.getContentType()).toLowerCase();
    return !type.startsWith("multipart/") && !type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
  }
}
