package org.bksbbridge.bksb;

/** Where call attempts go: the call log (when a centre asks for it) and the metrics. */
@FunctionalInterface
public interface CallRecorder {
  CallRecorder NONE = call -> {};

  void record(BksbCall call);

  static CallRecorder both(CallRecorder first, CallRecorder second) {
    return call -> {
      first.record(call);
      second.record(call);
    };
  }
}
