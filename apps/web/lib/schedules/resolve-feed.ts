// "A feed URL, or a site URL": before saving a feed schedule, find the feed it means.
import { discoverFeedUrl, type ScheduleInput } from "@tidemark/schedules";
import { webFetcher } from "@/lib/server/fetcher";

export async function withResolvedFeed(input: ScheduleInput): Promise<ScheduleInput> {
  if (input.kind !== "feed") return input;
  const { feedUrl } = await discoverFeedUrl(webFetcher(), input.params.url);
  return { ...input, params: { url: feedUrl } };
}
