package org.bksbbridge.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import org.bksbbridge.refusal.Refusal;
import org.junit.jupiter.api.Test;

class SecretBoxTest {
  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
  private static final String OTHER_KEY =
      Base64.getEncoder().encodeToString("another-key-of-thirty-two-bytes!".getBytes());

  @Test
  void sealsWithAFreshNonceAndOpensOnlyForTheSameCentreAndKey() {
    SecretBox box = new SecretBox(KEY);
    String a = box.seal("s3cret-value", "NORTH");
    String b = box.seal("s3cret-value", "NORTH");
    assertNotEquals(a, b, "a fresh nonce every time");
    assertFalse(a.contains("s3cret"));
    assertEquals("s3cret-value", box.open(a, "NORTH"));
    IllegalStateException moved =
        assertThrows(IllegalStateException.class, () -> box.open(a, "SOUTH"));
    assertFalse(moved.getMessage().contains("s3cret"));
    assertThrows(IllegalStateException.class, () -> new SecretBox(OTHER_KEY).open(a, "NORTH"));
    String tampered = (a.charAt(20) == 'A' ? 'B' : 'A') + "";
    assertThrows(
        IllegalStateException.class,
        () -> box.open(a.substring(0, 20) + tampered + a.substring(21), "NORTH"));
  }

  @Test
  void withoutAKeyItRefusesAndSaysWhatToSet() {
    SecretBox none = new SecretBox(" ");
    assertFalse(none.configured());
    Refusal e = assertThrows(Refusal.class, () -> none.seal("x", "NORTH"));
    assertEquals(Refusal.Kind.CONFLICT, e.kind());
    assertEquals(true, e.getMessage().contains("bksb.secrets.key"));
    assertThrows(IllegalArgumentException.class, () -> new SecretBox("c2hvcnQ="));
  }
}
