// What can go wrong with a collection that the user can act on; the web app maps these to 4xx.
export class CollectionError extends Error {
  constructor(
    readonly code: "not_found" | "invalid_domains" | "unknown_collection" | "unknown_source",
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "CollectionError";
  }
}
