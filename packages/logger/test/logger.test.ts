import { describe, expect, it } from "vitest";
import { childLogger, logger } from "../src/index";

describe("logger", () => {
  it("is quiet under tests unless LOG_LEVEL says otherwise", () => {
    expect(logger.level).toBe(process.env.LOG_LEVEL ?? "silent");
  });

  it("makes children that carry their bindings", () => {
    const child = childLogger({ requestId: "req-123", jobId: 7 });
    expect(child.bindings()).toMatchObject({ requestId: "req-123", jobId: 7 });
    expect(logger.bindings()).not.toHaveProperty("requestId");
  });
});
