/** Where Ctrl-C comes from: the process, or a test's own emitter. */
export type Interrupts = {
  on(handler: () => void): void;
  off(handler: () => void): void;
};

export const processInterrupts: Interrupts = {
  on: (handler) => process.on('SIGINT', handler),
  off: (handler) => process.off('SIGINT', handler),
};

/** The shell's exit code for a command stopped by Ctrl-C (128 + SIGINT). */
export const INTERRUPTED_EXIT_CODE = 130;
