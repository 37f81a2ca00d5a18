// Every failure becomes a code a machine can group by and a sentence a user can read, plus
// whether trying again could help.

export interface ClassifiedFailure {
  code: string;
  message: string;
  retryable: boolean;
  /** The server asked us to wait this long (429/503 Retry-After). */
  retryAfterMs?: number;
}

/** A failure the pipeline itself detects (as opposed to one thrown by the fetcher). */
export class PipelineError extends Error implements ClassifiedFailure {
  constructor(
    readonly code: string,
    message: string,
    readonly retryable = false,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "PipelineError";
  }
}

function isClassified(error: unknown): error is ClassifiedFailure {
  if (typeof error !== "object" || error === null) return false;
  const candidate = error as Partial<ClassifiedFailure>;
  return typeof candidate.code === "string" && typeof candidate.retryable === "boolean";
}

/** Known errors keep their classification; anything else is an internal error worth retrying. */
export function classifyFailure(error: unknown): ClassifiedFailure {
  if (isClassified(error)) {
    return {
      code: error.code,
      message: error.message,
      retryable: error.retryable,
      ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}),
    };
  }
  // Raw driver errors and stack traces are for the log (the worker logs the original error), not
  // for the article row that users read.
  return {
    code: "internal_error",
    message: "An unexpected error stopped processing this page; the worker log has the details.",
    retryable: true,
  };
}
