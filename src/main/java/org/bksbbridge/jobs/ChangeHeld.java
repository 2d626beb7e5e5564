package org.bksbbridge.jobs;

/** A run held a change for approval (a CDI event, in the holding transaction). */
public record ChangeHeld(HeldChangeView change) {}
