// Collection failures a user can act on, as API errors with a plain message.
import { CollectionCsvError, CollectionError } from "@tidemark/collections";
import { ApiError } from "@/lib/api/errors";

export async function withCollectionErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CollectionError)
      throw new ApiError(
        error.code === "not_found" || error.code === "unknown_collection" ? 404 : 422,
        error.code,
        error.message,
        error.details,
      );
    if (error instanceof CollectionCsvError) throw new ApiError(422, "invalid_csv", error.message);
    throw error;
  }
}
