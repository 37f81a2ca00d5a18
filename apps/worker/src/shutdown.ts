// Graceful shutdown on SIGTERM/SIGINT: stop taking jobs and let running ones finish (up to a
// grace period), then close queues, then connections. Calling it twice returns the same promise;
// a second signal while shutting down forces an exit.
import type { Logger } from "./logger.ts";

export interface ShutdownSteps {
  /** Stop workers: no new jobs, wait for (or, with force, abandon) the active ones. */
  closeWorkers(force: boolean): Promise<void>;
  /** Close producer queues. */
  closeQueues(): Promise<void>;
  /** Close Redis and Postgres connections. */
  closeConnections(): Promise<void>;
}

export function createShutdown(steps: ShutdownSteps, logger: Logger, graceMs: number) {
  let running: Promise<void> | undefined;
  return function shutdown(reason: string): Promise<void> {
    running ??= (async () => {
      logger.info({ reason }, "shutting down: waiting for running jobs");
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<"timeout">((resolve) => {
        timer = setTimeout(() => resolve("timeout"), graceMs);
      });
      const closed = await Promise.race([steps.closeWorkers(false).then(() => "closed" as const), grace]);
      clearTimeout(timer);
      if (closed === "timeout") {
        logger.warn({ graceMs }, "jobs still running after the grace period; leaving them to be retried");
        await steps.closeWorkers(true);
      }
      await steps.closeQueues();
      await steps.closeConnections();
      logger.info("shutdown complete");
    })();
    return running;
  };
}

export function onSignals(shutdown: (reason: string) => Promise<void>, logger: Logger): void {
  let signalled = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (signalled) {
        logger.warn({ signal }, "second signal: exiting now");
        process.exit(1);
      }
      signalled = true;
      shutdown(signal).then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, "shutdown failed");
          process.exit(1);
        },
      );
    });
  }
}
