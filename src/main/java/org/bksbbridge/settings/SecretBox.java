package org.bksbbridge.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bksbbridge.refusal.Refusal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts secrets at rest with AES-256-GCM under a key from configuration ({@code
 * bksb.secrets.key}, 32 bytes in Base64). Each value gets a fresh 12-byte nonce, stored in front of
 * the ciphertext; the centre id is authenticated with it, so a value copied to another centre does
 * not decrypt.
 */
@ApplicationScoped
public class SecretBox {
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretKey key;

  protected SecretBox() {}

  @Inject
  public SecretBox(
      @ConfigProperty(name = "bksb.secrets.key", defaultValue = " ") String base64Key) {
    this.key = parse(base64Key);
  }

  /** A box with no key refuses to seal or open, with a message that says what to configure. */
  public boolean configured() {
    return key != null;
  }

  public String seal(String plain, String context) {
    requireKey();
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("encryption failed", e);
    }
  }

  public String open(String sealed, String context) {
    requireKey();
    try {
      byte[] all = Base64.getDecoder().decode(sealed);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return new String(
          c.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      // Never include the value: only that it could not be opened (wrong key, or tampered).
      throw new IllegalStateException(
          "a stored secret cannot be decrypted with the configured bksb.secrets.key", e);
    }
  }

  private void requireKey() {
    if (key == null) {
      throw new Refusal(
          Refusal.Kind.CONFLICT,
          "this server has no key for secrets: set bksb.secrets.key (BKSB_SECRETS_KEY) to 32 random"
              + " bytes in Base64",
          java.util.Map.of());
    }
  }

  private static SecretKey parse(String base64Key) {
    if (base64Key == null || base64Key.isBlank()) {
      return null;
    }
    byte[] raw = Base64.getDecoder().decode(base64Key.strip());
    if (raw.length != 32) {
      throw new IllegalArgumentException("bksb.secrets.key must be 32 bytes in Base64");
    }
    return new SecretKeySpec(raw, "AES");
  }
}
