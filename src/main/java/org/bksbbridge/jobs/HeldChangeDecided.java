package org.bksbbridge.jobs;

/** A held change was approved or discarded (a CDI event, in the deciding transaction). */
public record HeldChangeDecided(HeldChangeView change) {}
