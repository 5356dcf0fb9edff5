// Ctrl-C (or SIGTERM) in the commands that read many messages (train, learn-sent): the first signal
// asks the work to stop after the current message, so that what was learned is kept; a second one
// quits at once.

export interface Interrupt {
  /** aborted at the first signal */
  signal: AbortSignal;
  /** stops listening (the command is done) */
  release(): void;
}

/** Listens for SIGINT and SIGTERM; `notice` is printed on stderr at the first one. */
export function stopOnInterrupt(notice: string): Interrupt {
  const stop = new AbortController();
  const interrupt = (): void => {
    if (stop.signal.aborted) process.exit(130);
    stop.abort();
    console.error(`\n${notice} (again to quit at once)`);
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  return { signal: stop.signal, release: () => { process.off('SIGINT', interrupt); process.off('SIGTERM', interrupt); } };
}
