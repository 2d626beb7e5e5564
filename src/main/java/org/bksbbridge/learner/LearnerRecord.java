package org.bksbbridge.learner;

/** A validated learner with its natural key inside a centre. */
public record LearnerRecord(String reference, LearnerFields fields) {}
