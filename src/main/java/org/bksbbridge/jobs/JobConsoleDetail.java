package org.bksbbridge.jobs;

/**
 * One execution as the jobs console details it: the execution as the batch runtime has it now (so a
 * running one shows live counts), who started it, its progress (null when it has none), and whether
 * the caller may stop or restart it now.
 */
public record JobConsoleDetail(
    JobExecutionView execution,
    String startedBy,
    JobProgress progress,
    boolean stoppable,
    boolean restartable) {

  /** Whether it may still change: polling goes on until this is false. */
  public boolean running() {
    return JobConsole.RUNNING.contains(execution.batchStatus());
  }
}
