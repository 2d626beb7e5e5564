package org.bksbbridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.bksbbridge.edit.Edit;
import org.bksbbridge.settings.SettingsChange;
import org.bksbbridge.settings.SettingsView;
import org.junit.jupiter.api.Test;

/** The settings form asks for what the person changed, and nothing else. */
class SettingsFormTest {
  private static final SettingsView STORED =
      new SettingsView(
          "DEMO",
          true,
          "https://live2api.bksblive2.co.uk/",
          "key",
          true,
          false,
          false,
          false,
          true,
          false,
          Map.of("ENGLISH", List.of("a", "b"), "MATHS", List.of(), "ICT", List.of("x, y")),
          Map.of("ENGLISH", List.of(), "MATHS", List.of(), "ICT", List.of()),
          null,
          true,
          org.bksbbridge.learner.HeatRules.DEFAULTS,
          List.of("ops@college.example.ac.uk"),
          null,
          null);

  @Test
  void anUntouchedFormKeepsEverything() {
    assertEquals(SettingsChange.builder().build(), SettingsForm.of(STORED).change(STORED));
  }

  @Test
  void onlyChangedFieldsAreSentAndEmptySecretsKeepTheStoredOnes() {
    SettingsForm f = SettingsForm.of(STORED);
    f.getLearnerTags().put("MATHS", " m1 ,, m2 ");
    f.setSecretAccessKey("");
    f.setLinkButtonUrl("  ");
    f.setLogSyncApiCalls(true);
    SettingsChange c = f.change(STORED);
    assertEquals(
        Edit.to(
            Map.of(
                "ENGLISH",
                List.of("a", "b"),
                "MATHS",
                List.of("m1", "m2"),
                "ICT",
                List.of("x, y"))),
        c.learnerTags());
    assertEquals(Edit.keep(), c.applicantTags());
    // A stored tag holding a comma stays one tag while its field is left alone.
    assertEquals(List.of("x, y"), c.learnerTags().applyTo(null).get("ICT"));
    assertEquals(Edit.keep(), c.secretAccessKey());
    assertEquals(Edit.keep(), c.linkButtonUrl(), "blank is what was stored: no value");
    assertEquals(Edit.to(true), c.logSyncApiCalls());
    assertEquals(Edit.keep(), c.apiUrl());
  }

  @Test
  void aTypedSecretReplacesAndAnEmptiedFieldClears() {
    SettingsForm f = SettingsForm.of(STORED);
    f.setSecretAccessKey("new-secret");
    f.setAccessKeyId("");
    f.setEnabled(false);
    SettingsChange c = f.change(STORED);
    assertEquals(Edit.to("new-secret"), c.secretAccessKey());
    assertEquals(Edit.clear(), c.accessKeyId());
    assertEquals(Edit.to(false), c.enabled());
    assertEquals(Edit.keep(), c.defaultPassword());
  }

  @Test
  void heatRulesSendOnlyWhatChangedAndTextThatIsNoNumberAsOutOfRange() {
    SettingsForm f = SettingsForm.of(STORED);
    f.getHeat().setRecentResultDays(" 30 ");
    f.getHeat().setApplicants(false);
    f.getHeat().setNewAccountDays("two weeks");
    org.bksbbridge.settings.HeatChange h = f.change(STORED).heat();
    assertEquals(Edit.to(30), h.recentResultDays());
    assertEquals(Edit.to(false), h.applicants());
    assertEquals(Edit.to(-1), h.newAccountDays(), "refused by the service beside its field");
    assertEquals(Edit.keep(), h.recentStartWeeks());
    assertEquals(Edit.keep(), h.recentStarts());
    assertEquals(
        org.bksbbridge.settings.HeatChange.KEEP, SettingsForm.of(STORED).change(STORED).heat());
  }
}
