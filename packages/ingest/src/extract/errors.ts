// Typed refusals of the extractor. `code` and `retryable` follow the shape the worker classifies
// failures by (see apps/worker/src/pipeline/failure.ts), so a refusal needs no translation there.

export type ExtractionErrorCode = "not_html";

export class ExtractionError extends Error {
  readonly retryable = false;

  constructor(
    readonly code: ExtractionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ExtractionError";
  }
}
