package org.bksbbridge.edit;

import java.util.Objects;
import java.util.function.Function;

/**
 * One field of a change: keep what is stored, clear it, or set it to a value. A plain nullable
 * value cannot tell "not sent" from "sent empty", and for write-only fields (secrets) that is the
 * difference between keeping and deleting them.
 *
 * @param <T> the field's type; a set value is never null (clearing is its own case)
 */
public final class Edit<T> {
  /** Which of the three an edit is. */
  public enum Kind {
    KEEP,
    CLEAR,
    SET
  }

  private static final Edit<?> KEEP = new Edit<>(Kind.KEEP, null);
  private static final Edit<?> CLEAR = new Edit<>(Kind.CLEAR, null);

  private final Kind kind;
  private final T value;

  private Edit(Kind kind, T value) {
    this.kind = kind;
    this.value = value;
  }

  @SuppressWarnings("unchecked")
  public static <T> Edit<T> keep() {
    return (Edit<T>) KEEP;
  }

  @SuppressWarnings("unchecked")
  public static <T> Edit<T> clear() {
    return (Edit<T>) CLEAR;
  }

  /** Sets the field; null is refused so that clearing is always said on purpose. */
  public static <T> Edit<T> to(T value) {
    return new Edit<>(Kind.SET, Objects.requireNonNull(value, "value (use Edit.clear())"));
  }

  /** {@link #to} a value, or {@link #clear} for null: how a form's emptied field reads. */
  public static <T> Edit<T> toOrClear(T valueOrNull) {
    return valueOrNull == null ? clear() : to(valueOrNull);
  }

  public Kind kind() {
    return kind;
  }

  /** True unless the field is kept: the caller said something about it. */
  public boolean sent() {
    return kind != Kind.KEEP;
  }

  /** The value after this edit: {@code current} when kept, null when cleared. */
  public T applyTo(T current) {
    return switch (kind) {
      case KEEP -> current;
      case CLEAR -> null;
      case SET -> value;
    };
  }

  /** The same edit of a converted value; keep and clear stay as they are. */
  public <R> Edit<R> map(Function<? super T, ? extends R> f) {
    return kind == Kind.SET ? to(f.apply(value)) : Edit.<R>keepOrClear(kind);
  }

  @SuppressWarnings("unchecked")
  private static <R> Edit<R> keepOrClear(Kind kind) {
    return (Edit<R>) (kind == Kind.KEEP ? KEEP : CLEAR);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Edit<?> e && kind == e.kind && Objects.equals(value, e.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, value);
  }

  /** Names the value; a change holding secrets masks them in its own {@code toString}. */
  @Override
  public String toString() {
    return kind == Kind.SET ? "to(" + value + ")" : kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
