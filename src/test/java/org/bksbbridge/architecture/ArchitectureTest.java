package org.bksbbridge.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The few rules that keep the parts apart (src/site/markdown/architecture.md draws them). Each says
 * what it protects; a failure names the class and the dependency that broke it. Methods, not {@code
 * ArchRule} fields: Surefire's {@code -Dtest=} filter runs a class's methods only.
 */
@AnalyzeClasses(packages = "org.bksbbridge", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  /**
   * The REST edge ({@code api}) lists the features' resources; a feature importing it back made the
   * only package cycle, and lets HTTP leak into the domain. The sandbox is a second edge (a
   * stand-in for bksb) and shares its error mappers.
   */
  @ArchTest
  static void featuresDoNotImportTheRestEdge(JavaClasses classes) {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.bksbbridge.api..", "org.bksbbridge.sandbox..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.bksbbridge.api..")
        .check(classes);
  }

  /**
   * Services speak the domain (typed inputs, {@code Refusal} kinds); only resources, the REST
   * edge's providers, the sandbox and the bksb client ({@code bksb}) know JAX-RS.
   */
  @ArchTest
  static void onlyTheEdgesKnowJaxRs(JavaClasses classes) {
    noClasses()
        .that(notAJaxRsEdge())
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.ws.rs..")
        .check(classes);
  }

  /** Pages are the only users of Faces: services answer them as they answer the API. */
  @ArchTest
  static void onlyThePagesKnowFaces(JavaClasses classes) {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.bksbbridge.ui..", "org.bksbbridge.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.faces..")
        .check(classes);
  }

  /** Packages depend one way: a cycle means neither can be understood or changed alone. */
  @ArchTest
  static void noPackageCycles(JavaClasses classes) {
    slices().matching("org.bksbbridge.(**)").should().beFreeOfCycles().check(classes);
  }

  /** The drawing in architecture.md names every package, so it cannot fall behind the code. */
  @ArchTest
  static void theDrawingNamesEveryPackage(JavaClasses classes) throws IOException {
    String doc = Files.readString(Path.of("src/site/markdown/architecture.md"));
    Set<String> missing = new TreeSet<>();
    for (JavaClass c : classes) {
      String name = c.getPackageName().replaceFirst("^org\\.bksbbridge\\.?", "");
      if (!name.isEmpty() && !doc.contains("`" + name + "`")) {
        missing.add(name);
      }
    }
    assertEquals(Set.of(), missing, "packages architecture.md does not name (as `package`)");
  }

  private static final List<String> JAX_RS_EDGE_PACKAGES =
      List.of("org.bksbbridge.api", "org.bksbbridge.sandbox", "org.bksbbridge.bksb");

  private static DescribedPredicate<JavaClass> notAJaxRsEdge() {
    return DescribedPredicate.describe(
        "are not resources, JAX-RS providers, the REST edge, the sandbox or the bksb client",
        c -> !jaxRsEdge(c));
  }

  private static boolean jaxRsEdge(JavaClass c) {
    JavaClass top = c;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    String pkg = top.getPackageName();
    return JAX_RS_EDGE_PACKAGES.stream().anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."))
        || top.isAnnotatedWith("jakarta.ws.rs.Path")
        || top.isAnnotatedWith("jakarta.ws.rs.ext.Provider");
  }
}
