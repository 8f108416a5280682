// Everything a run starts registers how to undo it here; the undo runs exactly once, in reverse
// order, whether the run ends normally, fails, hits its time limit or is interrupted.
export function createCleanup() {
  const tasks = [];
  let running;
  return {
    add(task) {
      tasks.push(task);
    },
    /** True once the undo has begun: errors of the interrupted work no longer matter. */
    started: () => running !== undefined,
    run() {
      running ??= (async () => {
        while (tasks.length) {
          const task = tasks.pop();
          try {
            await task();
          } catch (error) {
            console.error(`cleanup step failed: ${error?.message ?? error}`);
          }
        }
      })();
      return running;
    },
  };
}

/**
 * Ends the process through `cleanup` on Ctrl-C, SIGTERM, SIGHUP and on any uncaught error.
 * Output whose reader has gone (`run.mjs | head`) is dropped: left unhandled, each failed write
 * raises an error whose report fails to write again, a loop that starves the event loop so
 * neither the cleanup nor the time limit ever runs.
 */
export function exitThroughCleanup(cleanup) {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  const stopOn = (signal, code) =>
    process.on(signal, () => {
      console.error(`\n${signal}: stopping…`);
      cleanup.run().finally(() => process.exit(code));
    });
  stopOn('SIGINT', 130);
  stopOn('SIGTERM', 143);
  stopOn('SIGHUP', 129);
  const crash = (error) => {
    console.error(error?.stack ?? error);
    cleanup.run().finally(() => process.exit(1));
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}

/** After `ms` the run is stopped and fails; returns a function that disarms the limit. */
export function armTimeLimit(ms, cleanup) {
  const timer = setTimeout(() => {
    console.error(`\nthe run took longer than ${Math.round(ms / 1000)} s (VPT_VSCODE_TIMEOUT_MS): stopping it`);
    cleanup.run().finally(() => process.exit(1));
  }, ms);
  timer.unref();
  return () => clearTimeout(timer);
}
