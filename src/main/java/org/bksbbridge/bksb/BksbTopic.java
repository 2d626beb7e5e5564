package org.bksbbridge.bksb;

/** One topic of a diagnostic in our model; status is NP, TC or VG as bksb gives it. */
public record BksbTopic(String topic, String status, Integer score, Integer outOf) {}
