package org.bksbbridge.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The top-level Dockerfile read as instructions: continuations joined, comments dropped. */
record Dockerfile(List<Instruction> instructions) {
  static final Path PATH = Path.of("Dockerfile");

  /** One instruction: its keyword in upper case and the rest of its line. */
  record Instruction(String keyword, String args) {
    /** COPY's sources (everything but flags and the destination). */
    List<String> sources() {
      List<String> words = words();
      return words.subList(0, words.size() - 1);
    }

    String destination() {
      List<String> words = words();
      return words.get(words.size() - 1);
    }

    List<String> flags() {
      return Arrays.stream(args.split("\\s+")).filter(w -> w.startsWith("--")).toList();
    }

    private List<String> words() {
      return Arrays.stream(args.split("\\s+")).filter(w -> !w.startsWith("--")).toList();
    }
  }

  static Dockerfile read() throws IOException {
    List<Instruction> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(PATH)) {
      String t = line.strip();
      if (current.isEmpty() && (t.isEmpty() || t.startsWith("#"))) {
        continue;
      }
      if (t.startsWith("#")) {
        continue;
      }
      if (t.endsWith("\\")) {
        current.append(t, 0, t.length() - 1).append(' ');
        continue;
      }
      current.append(t);
      String whole = current.toString().strip();
      current.setLength(0);
      int space = whole.indexOf(' ');
      out.add(
          new Instruction(
              whole.substring(0, space).toUpperCase(), whole.substring(space + 1).strip()));
    }
    return new Dockerfile(out);
  }

  List<Instruction> all(String keyword) {
    return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
  }

  /** The position of the first instruction whose keyword and text match, or -1. */
  int indexOf(String keyword, String containing) {
    for (int i = 0; i < instructions.size(); i++) {
      Instruction in = instructions.get(i);
      if (in.keyword().equals(keyword) && in.args().contains(containing)) {
        return i;
      }
    }
    return -1;
  }
}
