/**
 * Traces (MicroProfile Telemetry, OpenTelemetry): a REST call, the job it starts and the bksb calls
 * that job makes carry one trace. The server traces requests itself; a job runs on threads of its
 * own, so the caller's trace goes with the job as a parameter ({@code traceparent}, W3C) and the
 * job's span is found by its execution on any of its threads. Off unless the standard {@code
 * OTEL_*} settings switch it on (deployment.md, "Traces").
 */
package org.bksbbridge.tracing;
