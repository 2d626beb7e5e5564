package org.bksbbridge.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bksbbridge.edit.Edit;
import org.junit.jupiter.api.Test;

class SettingsChangeTest {
  @Test
  void theBuilderKeepsWhatIsNotCalledAndClearsWhatIsCalledWithNull() {
    SettingsChange c =
        SettingsChange.builder()
            .enabled(true)
            .apiUrl("https://live2api.bksblive2.co.uk/")
            .linkButtonUrl(null)
            .build();
    assertEquals(Edit.to(true), c.enabled());
    assertEquals(Edit.to("https://live2api.bksblive2.co.uk/"), c.apiUrl());
    assertEquals(Edit.clear(), c.linkButtonUrl());
    assertEquals(Edit.keep(), c.secretAccessKey());
    assertEquals(Edit.keep(), c.learnerTags());
    assertEquals(Edit.keep(), c.databridgeAcknowledged());
  }

  @Test
  void switchesCannotBeClearedAndNoFieldIsNull() {
    Edit<Boolean> clear = Edit.clear();
    Edit<String> keep = Edit.keep();
    Edit<Map<String, List<String>>> tags = Edit.keep();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new SettingsChange(
                clear,
                keep,
                keep,
                keep,
                keep,
                Edit.keep(),
                Edit.keep(),
                Edit.keep(),
                Edit.keep(),
                tags,
                tags,
                keep,
                Edit.keep(),
                HeatChange.KEEP,
                Edit.keep()));
    assertThrows(
        NullPointerException.class,
        () ->
            new SettingsChange(
                Edit.keep(),
                null,
                keep,
                keep,
                keep,
                Edit.keep(),
                Edit.keep(),
                Edit.keep(),
                Edit.keep(),
                tags,
                tags,
                keep,
                Edit.keep(),
                HeatChange.KEEP,
                Edit.keep()));
  }

  @Test
  void tagsAreCopiedSoTheCallersMapCanChangeAfterwards() {
    List<String> english = new ArrayList<>(Arrays.asList("A", null));
    Map<String, List<String>> tags = new HashMap<>();
    tags.put("ENGLISH", english);
    tags.put("MATHS", null);
    SettingsChange c = SettingsChange.builder().learnerTags(tags).build();
    english.add("B");
    tags.put("ICT", List.of("C"));
    Map<String, List<String>> held = c.learnerTags().applyTo(null);
    assertEquals(
        Arrays.asList("A", null), held.get("ENGLISH"), "a null tag is the service's to refuse");
    assertEquals(List.of(), held.get("MATHS"));
    assertFalse(held.containsKey("ICT"));
    assertThrows(UnsupportedOperationException.class, () -> held.get("ENGLISH").add("D"));
  }

  @Test
  void secretsNeverAppearInItsText() {
    String text =
        SettingsChange.builder()
            .accessKeyId("key-id")
            .secretAccessKey("s3cret-value")
            .defaultPassword("Welcome-2026!")
            .build()
            .toString();
    assertFalse(text.contains("s3cret-value"), text);
    assertFalse(text.contains("Welcome-2026"), text);
    assertTrue(text.contains("secretAccessKey=set"), text);
    assertTrue(text.contains("accessKeyId=to(key-id)"), text);
  }
}
