// Runs once per package test run, for every package: the package's Redis keys are deleted before
// the run and again afterwards, so a test file may keep a connection open for the whole run
// (files share one module graph, see vitest-preset.js) without cleaning up keys itself.
import type { TestProject } from "vitest/node";
import { deleteRedisPrefix } from "./redis.ts";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { REDIS_URL: redisUrl, REDIS_PREFIX: redisPrefix } = project.config.env;
  if (typeof redisUrl !== "string" || typeof redisPrefix !== "string" || redisPrefix === "") {
    throw new Error(
      "REDIS_URL and REDIS_PREFIX are not set; build vitest.config.ts with tidemarkVitestConfig()",
    );
  }
  await deleteRedisPrefix(redisUrl, redisPrefix);
  return async () => {
    await deleteRedisPrefix(redisUrl, redisPrefix);
  };
}
