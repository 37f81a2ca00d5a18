// Schedule failures a user can act on, as API errors with a plain message.
import { isFetchError } from "@tidemark/ingest/fetch";
import { FeedNotFoundError, ScheduleNotFoundError } from "@tidemark/schedules";
import { ApiError } from "@/lib/api/errors";

export async function withScheduleErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ScheduleNotFoundError) throw new ApiError(404, "not_found", "No such schedule.");
    if (error instanceof FeedNotFoundError) throw new ApiError(422, "feed_not_found", error.message);
    if (isFetchError(error))
      throw new ApiError(422, "fetch_failed", `Could not read that address: ${error.message}`);
    throw error;
  }
}
