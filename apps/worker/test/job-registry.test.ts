// The job registry's edges: a job whose name this release does not know (from a newer or older
// release) is logged and completed, not failed forever; a payload that breaks its contract fails
// at once without retries.
import { Producer } from "@tidemark/queue";
import { type Job, UnrecoverableError } from "bullmq";
import { afterAll, describe, expect, it } from "vitest";
import { processorFor } from "../src/workers.ts";
import { handlerContext } from "./support/handler-context.ts";

const producer = new Producer();
const ctx = handlerContext(producer);
afterAll(async () => {
  await ctx.close();
  await producer.close();
});

const fakeJob = (name: string, data: unknown) =>
  ({ name, data, queueName: "maintenance", id: "1", attemptsMade: 0, opts: {} }) as unknown as Job;

describe("job registry", () => {
  it("completes a job with an unknown name, saying why", async () => {
    const summary = await processorFor(ctx)(fakeJob("job-from-the-future", { x: 1 }));
    expect(summary).toMatchObject({ outcome: "ignored", why: expect.stringMatching(/job-from-the-future/) });
  });

  it("fails a payload that breaks its contract without retrying", async () => {
    await expect(processorFor(ctx)(fakeJob("ingest-article", { articleId: "nope" }))).rejects.toBeInstanceOf(
      UnrecoverableError,
    );
  });
});
