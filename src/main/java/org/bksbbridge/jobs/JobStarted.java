package org.bksbbridge.jobs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a job started, restarted or asked to stop: the execution to follow. */
@Schema(name = "JobStarted", description = "The job execution to follow at jobs/executions/{id}")
public record JobStarted(@Schema(examples = "42") long executionId) {}
