package org.bksbbridge.learner;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of a learner the MIS holds, as every way in (REST, CSV, JSON import) delivers them
 * once validated: the one list of them. The entity stores it ({@link Learner#fields}), the view
 * shows it ({@link LearnerView}), the validator builds it and names its problems by {@link #NAMES},
 * and matching reads it ({@link LearnerRepository.Unlinked}).
 */
public record LearnerFields(
    LearnerKind kind,
    String firstName,
    String lastName,
    String email,
    boolean emailVerified,
    String webUsername,
    LocalDate dateOfBirth,
    SystemStatus systemStatus,
    LocalDate startDate,
    LocalDate endDate,
    boolean bksbUser,
    String bksbUsername) {

  /**
   * The fields' names in their order here: what inputs name them, CSV exports list and JSON views
   * show. Taken from the record so that a field added to it is named everywhere at once.
   */
  public static final List<String> NAMES =
      Arrays.stream(LearnerFields.class.getRecordComponents())
          .map(RecordComponent::getName)
          .toList();

  private static final Constructor<LearnerFields> CANONICAL = canonical();

  public boolean eligibleOn(LocalDate today) {
    return Eligibility.isEligible(systemStatus, kind, endDate, today);
  }

  /**
   * The fields from a query row that selects them in {@link #NAMES}' order from {@code from} on
   * ({@link Learner#MATCH_FIELDS}), so that the query and the record cannot disagree about order
   * without failing here.
   */
  static LearnerFields ofColumns(Object[] row, int from) {
    try {
      return CANONICAL.newInstance(Arrays.copyOfRange(row, from, from + NAMES.size()));
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("learner columns out of step with LearnerFields", e);
    }
  }

  private static Constructor<LearnerFields> canonical() {
    Class<?>[] types =
        Arrays.stream(LearnerFields.class.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new);
    try {
      return LearnerFields.class.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
