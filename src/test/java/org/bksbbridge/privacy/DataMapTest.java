package org.bksbbridge.privacy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bksbbridge.testing.SeDatabase;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.junit.jupiter.api.Test;

/**
 * The data map (src/site/markdown/data-protection.md) names every column of every table the
 * application's entities map, each either as personal data (with why, how long, and which export
 * and erasure cover it) or as holding none. An entity that gains a column the map does not name, or
 * a map that names a column no entity has, fails here: personal data lives only where the map says.
 */
class DataMapTest {
  static final Path MAP = Path.of("src", "site", "markdown", "data-protection.md");

  /** A table row of the map: its first cell a table in backticks, later cells naming columns. */
  private static final Pattern ROW = Pattern.compile("^\\|\\s*`([a-z_]+)`\\s*\\|(.*)$");

  private static final Pattern NAME = Pattern.compile("`([a-z_]+)`");

  /** The tables and columns the entities map, as EclipseLink maps them. */
  static Map<String, Set<String>> mapped() {
    try (SeDatabase db = new SeDatabase()) {
      EntityManager em = db.newEntityManager();
      Map<String, Set<String>> tables = new TreeMap<>();
      for (ClassDescriptor d :
          em.unwrap(JpaEntityManager.class).getServerSession().getDescriptors().values()) {
        for (DatabaseField f : d.getFields()) {
          String table = f.getTableName().toLowerCase(Locale.ROOT);
          if (table.isEmpty()) {
            table = d.getTableName().toLowerCase(Locale.ROOT);
          }
          tables
              .computeIfAbsent(table, t -> new TreeSet<>())
              .add(f.getName().toLowerCase(Locale.ROOT));
        }
      }
      em.close();
      return tables;
    }
  }

  /** What the map names, table by table, from every table of it. */
  static Map<String, Set<String>> named() throws Exception {
    Map<String, Set<String>> tables = new TreeMap<>();
    for (String line : Files.readAllLines(MAP, StandardCharsets.UTF_8)) {
      Matcher row = ROW.matcher(line.strip());
      if (row.matches()) {
        Set<String> columns = tables.computeIfAbsent(row.group(1), t -> new TreeSet<>());
        // Columns are named in the second cell (personal data, or the columns holding none).
        String cell = row.group(2).split("\\|", -1)[0];
        Matcher name = NAME.matcher(cell);
        while (name.find()) {
          columns.add(name.group(1));
        }
      }
    }
    return tables;
  }

  @Test
  void theMapNamesEveryColumnOfEveryTableAndNoOther() throws Exception {
    Map<String, Set<String>> mapped = mapped();
    Map<String, Set<String>> named = named();
    List<String> problems = new ArrayList<>();
    mapped.forEach(
        (table, columns) -> {
          Set<String> missing = new TreeSet<>(columns);
          missing.removeAll(named.getOrDefault(table, Set.of()));
          if (!missing.isEmpty()) {
            problems.add(
                "| `" + table + "` | " + String.join(", ", tick(missing)) + " | (not in the map)");
          }
        });
    named.forEach(
        (table, columns) -> {
          Set<String> stale = new TreeSet<>(columns);
          stale.removeAll(mapped.getOrDefault(table, Set.of()));
          if (!stale.isEmpty()) {
            problems.add(table + ": the map names " + stale + ", which no entity maps");
          }
        });
    assertTrue(problems.isEmpty(), MAP + " is out of step:\n" + String.join("\n", problems));
  }

  private static List<String> tick(Set<String> names) {
    return names.stream().map(n -> "`" + n + "`").toList();
  }
}
