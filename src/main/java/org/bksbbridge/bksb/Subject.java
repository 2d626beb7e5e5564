package org.bksbbridge.bksb;

/** A functional-skills subject. OTHER keeps whatever bksb sent (GCSE screening, new courses). */
public enum Subject {
  ENGLISH,
  MATHS,
  ICT,
  OTHER
}
