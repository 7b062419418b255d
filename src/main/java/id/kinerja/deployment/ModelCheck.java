package id.kinerja.deployment;

import id.kinerja.process.DecisionOutputs;
import id.kinerja.process.FormFields;
import id.kinerja.process.ModelContract;
import id.kinerja.process.ProcessContract;
import id.kinerja.process.TaskForm;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The rules a model must keep before it is deployed, so that deploying cannot run code with the
 * server's rights: no scripts, script conditions or connectors; {@code camunda:class} only for a
 * listed delegate; expressions only over process variables and listed beans ({@link Expressions},
 * {@link ModelBeans}); forms only through {@code camunda:formRef} to a declared form whose fields
 * match its declaration; decision tables in FEEL only, their outputs the server reads as its own
 * lists within those lists ({@link DecisionOutputs}). Returns every broken rule, naming the
 * element, so a process owner can fix them all at once.
 */
@Component
class ModelCheck {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  /** Camunda still reads Activiti's old namespace as its own: the same rules apply to it. */
  private static final Set<String> EXTENSIONS = Set.of(CAMUNDA, "http://activiti.org/bpmn");
  private static final Set<String> BUILT_IN_NAMES = Set.of("execution", "task", "loopCounter", "nrOfInstances",
      "nrOfActiveInstances", "nrOfCompletedInstances");
  private static final Set<String> CODE_ATTRIBUTES = Set.of("resource", "variableMappingClass",
      "variableMappingDelegateExpression", "formHandlerClass", "scriptFormat");
  private static final Set<String> RESOURCE_TYPES = Set.of(".bpmn", ".bpmn20.xml", ".dmn", ".dmn11.xml", ".form", ".png");
  private static final Pattern FEEL_EXTERNAL = Pattern.compile("\\bexternal\\b");

  private final ModelContract contract;
  private final ModelBeans beans;
  private final DecisionOutputs decisionOutputs;

  ModelCheck(ModelContract contract, ModelBeans beans, DecisionOutputs decisionOutputs) {
    this.contract = contract;
    this.beans = beans;
    this.decisionOutputs = decisionOutputs;
  }

  List<String> check(Map<String, byte[]> resources) {
    List<String> problems = new ArrayList<>();
    resources.forEach((name, bytes) -> {
      List<String> found = new ArrayList<>();
      try {
        if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
          checkBpmn(xml(bytes).getDocumentElement(), null, found);
        } else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
          Element definitions = xml(bytes).getDocumentElement();
          checkDmn(definitions, found);
          checkDecisionOutputs(definitions, found);
        } else if (name.endsWith(".form")) {
          checkForm(bytes, found);
        } else if (RESOURCE_TYPES.stream().noneMatch(name::endsWith)) {
          found.add("jenis berkas tidak diizinkan; hanya BPMN, DMN, formulir Camunda (.form) dan gambar PNG");
        }
      } catch (IllegalArgumentException e) {
        found.add(e.getMessage());
      }
      found.forEach(problem -> problems.add(name + ": " + problem));
    });
    return problems;
  }

  // ---- BPMN

  private void checkBpmn(Element element, ProcessContract process, List<String> problems) {
    String ns = String.valueOf(element.getNamespaceURI());
    String local = element.getLocalName();
    boolean extension = EXTENSIONS.contains(ns);
    if (!ns.equals(BPMN) && !extension) {
      return;
    }
    if (ns.equals(BPMN) && ("documentation".equals(local) || "text".equals(local))) {
      return;
    }
    if (ns.equals(BPMN) && "process".equals(local)) {
      process = contract.process(element.getAttribute("id")).orElse(null);
    }
    String where = "elemen " + describe(element);
    if (ns.equals(BPMN) && "scriptTask".equals(local)) {
      problems.add(where + ": script task tidak diizinkan");
    }
    if (extension && ("script".equals(local) || "connector".equals(local))) {
      problems.add(where + ": " + ("script".equals(local) ? "skrip" : "konektor") + " tidak diizinkan");
    }
    if (ns.equals(BPMN) && element.hasAttribute("language")) {
      problems.add(where + ": kondisi atau ekspresi berupa skrip (language=\"" + element.getAttribute("language")
          + "\") tidak diizinkan");
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      checkAttribute((Attr) attributes.item(i), ns, where, process, problems);
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.ELEMENT_NODE) {
        checkBpmn((Element) child, process, problems);
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        checkExpression(child.getNodeValue(), where, process, problems);
      }
    }
  }

  private void checkAttribute(Attr attribute, String elementNs, String where, ProcessContract process,
      List<String> problems) {
    String attrNs = attribute.getNamespaceURI();
    String name = attribute.getLocalName();
    String value = attribute.getValue();
    if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attrNs)) {
      return;
    }
    boolean camunda = attrNs == null ? EXTENSIONS.contains(elementNs) : EXTENSIONS.contains(attrNs);
    if (camunda && "class".equals(name) && !ModelBeans.isListedClass(value)) {
      problems.add(where + ": kelas '" + value + "' bukan delegate proyek yang terdaftar (@ModelApi)");
    } else if (camunda && CODE_ATTRIBUTES.contains(name)) {
      problems.add(where + ": atribut camunda:" + name + " tidak diizinkan");
    } else if (camunda && "formKey".equals(name)) {
      problems.add(where + ": camunda:formKey tidak diizinkan; gunakan camunda:formRef ke formulir di forms/");
    } else if (camunda && "formRef".equals(name) && contract.form(value).isEmpty()) {
      problems.add(where + ": formulir '" + value + "' tidak dideklarasikan oleh server");
    } else {
      checkExpression(value, where + (name.equals("id") ? "" : " (" + attribute.getName() + ")"), process, problems);
    }
  }

  private void checkExpression(String text, String where, ProcessContract process, List<String> problems) {
    if (!Expressions.contains(text)) {
      return;
    }
    Expressions.Parsed parsed;
    try {
      parsed = Expressions.parse(text);
    } catch (Expressions.Refused e) {
      problems.add(where + ": ekspresi '" + text.strip() + "' ditolak: " + e.getMessage());
      return;
    }
    for (Expressions.Call call : parsed.calls()) {
      if (!beans.mayCall(call.bean(), call.method())) {
        problems.add(where + ": '" + call.bean() + "." + call.method() + "(...)' bukan metode bean yang terdaftar (@ModelApi)");
      }
    }
    for (String name : parsed.names()) {
      if (beans.isBean(name) && !beans.isListed(name)) {
        problems.add(where + ": bean '" + name + "' tidak boleh dipakai dalam model");
      } else if (!beans.isBean(name) && process != null && !BUILT_IN_NAMES.contains(name)
          && !process.variables().contains(name)) {
        problems.add(where + ": variabel '" + name + "' tidak dideklarasikan untuk proses " + process.key());
      }
    }
  }

  private static String describe(Element element) {
    String id = element.getAttribute("id");
    if (!id.isEmpty()) {
      return "'" + id + "'";
    }
    Node parent = element.getParentNode();
    while (parent instanceof Element p && p.getAttribute("id").isEmpty()) {
      parent = p.getParentNode();
    }
    return element.getLocalName() + (parent instanceof Element p ? " di '" + p.getAttribute("id") + "'" : "");
  }

  // ---- DMN

  private void checkDmn(Element element, List<String> problems) {
    String where = "elemen " + describe(element);
    String language = element.getAttribute("expressionLanguage");
    if (!language.isEmpty() && !language.toLowerCase().contains("feel")) {
      problems.add(where + ": bahasa ekspresi '" + language + "' tidak diizinkan; hanya FEEL");
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.ELEMENT_NODE) {
        checkDmn((Element) child, problems);
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        String text = child.getNodeValue();
        if (Expressions.contains(text)) {
          problems.add(where + ": ekspresi JUEL ('${...}') tidak diizinkan dalam tabel keputusan; hanya FEEL");
        } else if (FEEL_EXTERNAL.matcher(text).find()) {
          problems.add(where + ": fungsi eksternal FEEL tidak diizinkan");
        }
      }
    }
  }

  /**
   * Outputs the server reads as one of its lists ({@link DecisionOutputs}) hold only values of that
   * list, as text constants: a new predicate in a table is refused here, not an incident later.
   */
  private void checkDecisionOutputs(Element definitions, List<String> problems) {
    for (Element table : children(definitions, "decision").stream().flatMap(d -> children(d, "decisionTable").stream()).toList()) {
      String decision = ((Element) table.getParentNode()).getAttribute("id");
      List<String> outputs = children(table, "output").stream().map(o -> o.getAttribute("name")).toList();
      for (Element rule : children(table, "rule")) {
        List<Element> entries = children(rule, "outputEntry");
        for (int i = 0; i < entries.size() && i < outputs.size(); i++) {
          String output = outputs.get(i);
          String text = children(entries.get(i), "text").stream().map(Node::getTextContent).findFirst().orElse("").strip();
          String where = "tabel '" + decision + "' aturan '" + rule.getAttribute("id") + "': keluaran '" + output + "' ";
          decisionOutputs.allowed(output).ifPresent(allowed -> checkOutputValue(text, allowed, where, problems));
        }
      }
    }
  }

  private static void checkOutputValue(String text, DecisionOutputs.Allowed allowed, String where, List<String> problems) {
    String known = "; yang dikenal server: " + String.join(", ", allowed.values());
    if (text.length() < 2 || !text.startsWith("\"") || !text.endsWith("\"") || text.indexOf('"', 1) != text.length() - 1) {
      problems.add(where + "harus berupa teks tetap, bukan '" + text + "'" + known);
      return;
    }
    String value = text.substring(1, text.length() - 1);
    List<String> values = allowed.list() ? List.of(value.split("\\s*,\\s*")) : List.of(value);
    values.stream().filter(v -> !allowed.values().contains(v.strip()))
        .forEach(v -> problems.add(where + "bernilai '" + v.strip() + "' yang tidak dikenal server" + known));
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && localName.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  // ---- forms

  private void checkForm(byte[] bytes, List<String> problems) {
    TaskForm submitted = FormFields.of(bytes);
    Optional<TaskForm> declared = contract.form(submitted.id());
    if (declared.isEmpty()) {
      problems.add("formulir '" + submitted.id() + "' tidak dideklarasikan oleh server");
    } else if (!declared.get().fields().equals(submitted.fields())) {
      problems.add("isian formulir '" + submitted.id() + "' " + submitted.fields() + " tidak sama dengan yang dideklarasikan "
          + declared.get().fields());
    }
    FormFields.embeddedContent(bytes).forEach(type -> problems.add("komponen '" + type + "' tidak diizinkan dalam formulir"));
  }

  // ---- XML

  private static Document xml(byte[] bytes) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    } catch (Exception e) {
      throw new IllegalArgumentException("bukan XML yang dapat dibaca: " + e.getMessage(), e);
    }
  }
}
