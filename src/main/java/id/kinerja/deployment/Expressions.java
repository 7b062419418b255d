package id.kinerja.deployment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of the expression language a model may use, parsed without evaluating anything:
 * literals, operators, parentheses, bare names (a process variable or a listed bean) and a call
 * {@code bean.method(arguments)}. Nothing else parses: no property access ({@code a.b}), no
 * brackets, no function calls, no lambdas, so no route to {@code getClass}, reflection, static
 * calls or engine internals. {@link #parse} reads every {@code ${...}} and {@code #{...}} in a text.
 */
final class Expressions {

  /** A method called on a bean: {@code deadlines.remind(execution)}. */
  record Call(String bean, String method) {}

  /** The names an expression reads and the calls it makes. */
  record Parsed(Set<String> names, List<Call> calls) {}

  /** Why a text is not an expression a model may use. */
  static final class Refused extends IllegalArgumentException {
    Refused(String reason) {
      super(reason);
    }
  }

  private static final Pattern TOKEN = Pattern.compile(
      "\\s*(?:(?<number>\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)|(?<string>'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\")"
          + "|(?<name>[A-Za-z_][A-Za-z0-9_]*)|(?<op>==|!=|<=|>=|&&|\\|\\||[-+*/%<>!?:(),.]))");
  private static final Set<String> WORD_OPERATORS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
      "div", "mod", "empty");
  private static final Set<String> LITERALS = Set.of("true", "false", "null");
  private static final Set<String> RESERVED = Set.of("instanceof", "function");

  private final List<String> tokens = new ArrayList<>();
  private int at;
  private final Set<String> names = new LinkedHashSet<>();
  private final List<Call> calls = new ArrayList<>();

  private Expressions() {}

  /** Whether the text holds an expression at all; plain text is a constant. */
  static boolean contains(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  static Parsed parse(String text) {
    Expressions all = new Expressions();
    int from = 0;
    while (true) {
      int start = indexOfStart(text, from);
      if (start < 0) {
        return new Parsed(all.names, all.calls);
      }
      int end = closingBrace(text, start + 2);
      all.parseOne(text.substring(start + 2, end));
      from = end + 1;
    }
  }

  private static int indexOfStart(String text, int from) {
    int dollar = text.indexOf("${", from);
    int hash = text.indexOf("#{", from);
    return dollar < 0 ? hash : hash < 0 ? dollar : Math.min(dollar, hash);
  }

  /** The brace that closes the expression, skipping braces inside string literals. */
  private static int closingBrace(String text, int from) {
    Character quote = null;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != null) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = null;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '{') {
        throw new Refused("kurung kurawal di dalam ekspresi tidak diizinkan");
      } else if (c == '}') {
        return i;
      }
    }
    throw new Refused("ekspresi tidak ditutup dengan '}'");
  }

  private void parseOne(String expression) {
    tokens.clear();
    at = 0;
    Matcher m = TOKEN.matcher(expression);
    int position = 0;
    while (position < expression.length()) {
      if (!m.find(position) || m.start() != position) {
        if (expression.substring(position).isBlank()) {
          break;
        }
        throw new Refused("bagian ekspresi tidak diizinkan: '" + shortened(expression.substring(position)) + "'");
      }
      tokens.add(m.group().strip());
      position = m.end();
    }
    if (tokens.isEmpty()) {
      throw new Refused("ekspresi kosong");
    }
    ternary();
    if (at < tokens.size()) {
      throw new Refused("bagian ekspresi tidak diizinkan: '" + tokens.get(at) + "'");
    }
  }

  private void ternary() {
    binary(0);
    if (accept("?")) {
      ternary();
      expect(":");
      ternary();
    }
  }

  private static final List<Set<String>> LEVELS = List.of(Set.of("||", "or"), Set.of("&&", "and"),
      Set.of("==", "!=", "eq", "ne"), Set.of("<", ">", "<=", ">=", "lt", "gt", "le", "ge"), Set.of("+", "-"),
      Set.of("*", "/", "%", "div", "mod"));

  private void binary(int level) {
    if (level == LEVELS.size()) {
      unary();
      return;
    }
    binary(level + 1);
    while (at < tokens.size() && LEVELS.get(level).contains(tokens.get(at))) {
      at++;
      binary(level + 1);
    }
  }

  private void unary() {
    if (accept("!") || accept("not") || accept("-") || accept("empty")) {
      unary();
      return;
    }
    primary();
  }

  private void primary() {
    String token = next();
    if (token.equals("(")) {
      ternary();
      expect(")");
    } else if (Character.isDigit(token.charAt(0)) || token.startsWith("'") || token.startsWith("\"")
        || LITERALS.contains(token)) {
      return;
    } else if (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_') {
      if (WORD_OPERATORS.contains(token) || RESERVED.contains(token)) {
        throw new Refused("operator '" + token + "' tidak pada tempatnya");
      }
      if (accept(".")) {
        String method = next();
        if (!Character.isLetter(method.charAt(0))) {
          throw new Refused("setelah '" + token + ".' harus nama metode");
        }
        if (!accept("(")) {
          throw new Refused("akses properti '" + token + "." + method + "' tidak diizinkan; hanya pemanggilan metode bean");
        }
        arguments();
        calls.add(new Call(token, method));
        if (at < tokens.size() && (tokens.get(at).equals(".") || tokens.get(at).equals("("))) {
          throw new Refused("pemanggilan berantai setelah '" + token + "." + method + "(...)' tidak diizinkan");
        }
      } else if (accept("(")) {
        throw new Refused("pemanggilan fungsi '" + token + "(...)' tidak diizinkan");
      } else {
        names.add(token);
      }
    } else {
      throw new Refused("bagian ekspresi tidak diizinkan: '" + token + "'");
    }
  }

  private void arguments() {
    if (accept(")")) {
      return;
    }
    do {
      ternary();
    } while (accept(","));
    expect(")");
  }

  private boolean accept(String token) {
    if (at < tokens.size() && tokens.get(at).equals(token)) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(String token) {
    if (!accept(token)) {
      throw new Refused("diharapkan '" + token + "'" + (at < tokens.size() ? " sebelum '" + tokens.get(at) + "'" : ""));
    }
  }

  private String next() {
    if (at >= tokens.size()) {
      throw new Refused("ekspresi berakhir terlalu cepat");
    }
    return tokens.get(at++);
  }

  private static String shortened(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
