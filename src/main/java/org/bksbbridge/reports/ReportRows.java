package org.bksbbridge.reports;

import java.util.function.Consumer;

/**
 * Rows the caller was allowed to read when this was made, read from the database as they are
 * walked: a download streams them without holding the report in memory.
 */
@FunctionalInterface
public interface ReportRows<T> {
  void forEach(Consumer<? super T> each);
}
