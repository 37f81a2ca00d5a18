// GET /api/live?topic=article:<id>&topic=queues — server-sent events: one `state` event per topic
// when the connection opens and again whenever what that topic shows changes (article status and
// re-ingest results, a theme's backfill, a schedule's runs, queue counts, backfill progress, and
// `imports`: the imports still running, with their articles counted by status).
// The session (or token) is checked when the stream opens and again every 30 s; a revoked session
// ends the stream. Streams end after 5 minutes and the browser's EventSource reconnects.
import { prisma } from "@tidemark/db";
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { authenticateRequest } from "@/lib/auth/authenticate";
import { liveHub } from "@/lib/live/hub";
import { type LiveState, type LiveTopic, liveTopicSchema, MAX_TOPICS, stateKey } from "@/lib/live/topics";
import { listParam } from "@/lib/search-params/schemas";

export const dynamic = "force-dynamic";

const query = z.object({
  topic: listParam(liveTopicSchema, MAX_TOPICS).refine((t) => t.length > 0, "Give at least one topic"),
});

const RECHECK_MS = 30_000;
const HEARTBEAT_MS = 15_000;
const MAX_STREAM_MS = 5 * 60_000;
const RETRY_MS = 2_000;

export const GET = apiRoute({ role: "viewer", query }, async ({ request, query, log }) => {
  const topics = [...new Set(query.topic)] as LiveTopic[];
  const encoder = new TextEncoder();
  let close: () => void = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = (text: string) => {
        if (open) controller.enqueue(encoder.encode(text));
      };
      const onState = (topic: LiveTopic, state: LiveState) =>
        send(`event: state\ndata: {"topic":${JSON.stringify(topic)},"state":${stateKey(state)}}\n\n`);
      send(`retry: ${RETRY_MS}\n\n`);
      const unsubscribe = liveHub(prisma).subscribe(topics, onState);
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), HEARTBEAT_MS);
      const recheck = setInterval(() => {
        authenticateRequest(request).then(
          (auth) => {
            if (auth) return;
            send(`event: end\ndata: ${JSON.stringify({ reason: "signed out" })}\n\n`);
            close();
          },
          (error: unknown) => log.warn({ err: error }, "live session re-check failed"),
        );
      }, RECHECK_MS);
      const lifetime = setTimeout(() => close(), MAX_STREAM_MS);
      close = () => {
        if (!open) return;
        open = false;
        unsubscribe();
        clearInterval(heartbeat);
        clearInterval(recheck);
        clearTimeout(lifetime);
        controller.close();
      };
      request.signal.addEventListener("abort", () => close());
    },
    cancel() {
      close();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
    },
  });
});
