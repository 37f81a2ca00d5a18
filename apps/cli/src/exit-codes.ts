/** Process exit codes, documented in `tidemark --help`. */
export const EXIT = {
  ok: 0,
  /** Something failed: a service is down, a file is unreadable, an internal error. */
  failure: 1,
  /** The command line itself is wrong. */
  usage: 2,
  /** The command ran, but some items were rejected (invalid URLs, failed extractions). */
  partial: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An expected, user-facing failure: printed as "error: <message>" without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.failure,
  ) {
    super(message);
    this.name = "CliError";
  }
}
