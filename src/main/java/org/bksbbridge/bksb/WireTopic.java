package org.bksbbridge.bksb;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One per-topic row of {@code GetEOAReportDataForAssessmentSessionV5} (shape assumed): the topic
 * and its status, NP (needs practice), TC (take care) or VG (very good).
 */
public class WireTopic {
  @JsonbProperty("TopicName")
  public String topicName;

  @JsonbProperty("Status")
  public String status;

  @JsonbProperty("Score")
  public Integer score;

  @JsonbProperty("OutOf")
  public Integer outOf;
}
