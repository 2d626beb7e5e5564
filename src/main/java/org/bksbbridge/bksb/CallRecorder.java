package org.bksbbridge.bksb;

/** Where calls go when a centre's "log sync API calls" setting is on. */
@FunctionalInterface
public interface CallRecorder {
  CallRecorder NONE = call -> {};

  void record(BksbCall call);
}
