package org.bksbbridge.bench;

/**
 * One measured phase at one scale, beside the bound it is judged against (measured in the same run,
 * so the ratio holds on a busy machine).
 *
 * @param bound what the phase cannot beat ("" when none applies)
 * @param boundSeconds that bound's time, 0 when none
 * @param target the target for the ratio or time, as text ("" when none)
 * @param met whether the target is met (null when there is none)
 */
record BenchRow(
    int learners,
    String phase,
    double seconds,
    long calls,
    String bound,
    double boundSeconds,
    long peakHeapMb,
    String target,
    Boolean met,
    String note) {

  double ratio() {
    return boundSeconds > 0 ? seconds / boundSeconds : Double.NaN;
  }
}
