package org.bksbbridge.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * bksb-nightly repeats the steps of bksb-get-users, bksb-match-users and bksb-get-assessments (JSL
 * has no way to include them): a change made to one copy only would make the nightly behave
 * differently from the job it claims to be, which nothing else would notice.
 */
class NightlyMatchesSingleJobsTest {
  private static final String NIGHTLY = "bksb-nightly.xml";

  /**
   * Each single job and the prefix of its tunables in the nightly, whose job properties all its
   * steps share (usersChunkSize for chunkSize): the names are the nightly's own, the values not.
   */
  private static final Map<String, String> SINGLE_JOBS =
      Map.of(
          "bksb-get-users.xml",
          "users",
          "bksb-match-users.xml",
          "match",
          "bksb-get-assessments.xml",
          "");

  /**
   * What only the nightly has, on purpose: its incremental run (since) matches only the learners
   * the MIS changed since then; bksb-match-users has no since and always matches everyone.
   */
  private static final Set<String> NIGHTLY_ONLY =
      Set.of("match chunk/reader[unlinkedLearnerReader]/properties/property[since]");

  @Test
  void everyStepOfTheSingleJobsIsTheNightlysStep() throws Exception {
    Document nightly = parse(NIGHTLY);
    Map<String, Element> nightlySteps = new LinkedHashMap<>();
    nodes(nightly, "//step").forEach(s -> nightlySteps.put(s.getAttribute("id"), s));
    // Only steps are compared: plan (and any decision) is the nightly's own routing on since.
    Set<String> compared = new TreeSet<>(Set.of("plan"));
    List<String> problems = new ArrayList<>();
    for (var job : SINGLE_JOBS.entrySet()) {
      Document single = parse(job.getKey());
      for (Element step : nodes(single, "//step")) {
        String id = step.getAttribute("id");
        compared.add(id);
        Element nightlyStep = nightlySteps.get(id);
        if (nightlyStep == null) continue; // named by the assertion on the steps below
        Map<String, String> ours = flatten(nightlyStep, "", new LinkedHashMap<>());
        NIGHTLY_ONLY.stream()
            .filter(only -> only.startsWith(id + " "))
            .map(only -> only.substring(id.length() + 1))
            .forEach(
                only -> ours.keySet().removeIf(k -> k.equals(only) || k.startsWith(only + "@")));
        compare(
            NIGHTLY + " vs " + job.getKey() + ", step '" + id + "'",
            renamed(withJobProperties(ours, nightly), job.getValue()),
            withJobProperties(flatten(step, "", new LinkedHashMap<>()), single),
            problems);
      }
    }
    assertEquals(compared, nightlySteps.keySet(), "the nightly's steps: the single jobs' and plan");
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  @Test
  void everySyncJobHasTheSameJobListeners() throws Exception {
    // The order matters: failedAccountsExit must set the exit status before the run is recorded.
    Map<String, String> expected = new LinkedHashMap<>();
    List.of("failedAccountsExit", "jobRunListener", "syncJobListener")
        .forEach(ref -> expected.put("listener[" + ref + "]", ""));
    List<String> problems = new ArrayList<>();
    List<String> jobs = new ArrayList<>(SINGLE_JOBS.keySet());
    jobs.addAll(List.of(NIGHTLY, "bksb-create-users.xml"));
    for (String job : jobs) {
      Map<String, String> listeners = new LinkedHashMap<>();
      nodes(parse(job), "/job/listeners").forEach(l -> flatten(l, "", listeners));
      compare(job + ", job listeners (expected vs found)", expected, listeners, problems);
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  private static void compare(
      String what, Map<String, String> ours, Map<String, String> theirs, List<String> out) {
    int before = out.size();
    Set<String> keys = new TreeSet<>(ours.keySet());
    keys.addAll(theirs.keySet());
    for (String key : keys) {
      if (!Objects.equals(ours.get(key), theirs.get(key))) {
        out.add(what + ", " + key + ": " + shown(ours.get(key)) + " vs " + shown(theirs.get(key)));
      }
    }
    if (out.size() == before && !List.copyOf(ours.keySet()).equals(List.copyOf(theirs.keySet()))) {
      // Listeners run in document order; keeping the rest in one order keeps the copies diffable.
      out.add(what + ": the same elements in another order");
    }
  }

  private static String shown(String value) {
    return value == null ? "absent" : value.isEmpty() ? "present" : "'" + value + "'";
  }

  /**
   * Elements and attributes as "path@attribute" → value, each element named by its ref, name or
   * class. A step's next attribute and its transition elements are left out: the single jobs end
   * where the nightly goes on, and only the nightly has a plan step to branch from.
   */
  private static Map<String, String> flatten(Element e, String path, Map<String, String> out) {
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      String name = attributes.item(i).getNodeName();
      if (!Set.of("id", "next", "ref", "name", "class").contains(name)) {
        out.put(path + "@" + name, attributes.item(i).getNodeValue());
      }
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c
          && !Set.of("next", "end", "fail", "stop").contains(c.getTagName())) {
        String id = c.getAttribute("ref") + c.getAttribute("name") + c.getAttribute("class");
        String p = (path.isEmpty() ? "" : path + "/") + c.getTagName();
        p += id.isEmpty() ? "" : "[" + id + "]";
        out.put(p, "");
        flatten(c, p, out);
      }
    }
    return out;
  }

  /**
   * Adds the job properties the step uses with their definitions: a tunable's default must be the
   * same in both jobs, whatever the nightly calls it.
   */
  private static Map<String, String> withJobProperties(Map<String, String> flat, Document job)
      throws Exception {
    Map<String, String> out = new LinkedHashMap<>(flat);
    Pattern used = Pattern.compile("#\\{jobProperties\\['([^']+)'\\]\\}");
    for (String value : flat.values()) {
      for (var m = used.matcher(value); m.find(); ) {
        String name = m.group(1);
        var p = nodes(job, "/job/properties/property[@name='" + name + "']");
        out.put(m.group(), p.isEmpty() ? null : p.get(0).getAttribute("value"));
      }
    }
    return out;
  }

  /** The nightly's names (usersChunkSize) as the single job's (chunkSize). */
  private static Map<String, String> renamed(Map<String, String> flat, String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    flat.forEach((k, v) -> out.put(renamed(k, prefix), renamed(v, prefix)));
    return out;
  }

  private static String renamed(String s, String prefix) {
    return s == null || prefix.isEmpty()
        ? s
        : Pattern.compile("\\['" + prefix + "([A-Z])")
            .matcher(s)
            .replaceAll(m -> "['" + m.group(1).toLowerCase());
  }

  private static List<Element> nodes(Document job, String xpath) throws Exception {
    NodeList list =
        (NodeList)
            XPathFactory.newInstance().newXPath().evaluate(xpath, job, XPathConstants.NODESET);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
    return out;
  }

  private static Document parse(String file) throws Exception {
    // From the classpath: the copies Liberty and JBeret run, not the source tree's.
    try (InputStream in =
        NightlyMatchesSingleJobsTest.class.getResourceAsStream("/META-INF/batch-jobs/" + file)) {
      assertNotNull(in, file + " is not on the classpath");
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
  }
}
