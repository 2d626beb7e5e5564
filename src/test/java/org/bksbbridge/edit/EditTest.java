package org.bksbbridge.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EditTest {
  @Test
  void keepClearAndSetApplyToTheStoredValue() {
    assertEquals("stored", Edit.<String>keep().applyTo("stored"));
    assertNull(Edit.<String>clear().applyTo("stored"));
    assertEquals("new", Edit.to("new").applyTo("stored"));
    assertFalse(Edit.keep().sent());
    assertTrue(Edit.clear().sent());
    assertTrue(Edit.to(1).sent());
  }

  @Test
  void clearingIsSaidOnPurpose() {
    assertThrows(NullPointerException.class, () -> Edit.to(null));
    assertEquals(Edit.clear(), Edit.toOrClear(null));
    assertEquals(Edit.to("x"), Edit.toOrClear("x"));
  }

  @Test
  void mapConvertsOnlyASetValue() {
    assertEquals(Edit.to(3), Edit.to("abc").map(String::length));
    assertEquals(Edit.keep(), Edit.<String>keep().map(String::length));
    assertEquals(Edit.clear(), Edit.<String>clear().map(String::length));
  }

  @Test
  void equalityAndText() {
    assertEquals(Edit.to("a"), Edit.to("a"));
    assertEquals(Edit.to("a").hashCode(), Edit.to("a").hashCode());
    assertFalse(Edit.to("a").equals(Edit.to("b")));
    assertFalse(Edit.keep().equals(Edit.clear()));
    assertEquals("keep", Edit.keep().toString());
    assertEquals("clear", Edit.clear().toString());
    assertEquals("to(a)", Edit.to("a").toString());
    assertEquals(Edit.Kind.SET, Edit.to("a").kind());
  }
}
