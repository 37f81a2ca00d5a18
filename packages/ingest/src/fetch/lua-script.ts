// Runs a Lua script by SHA (EVALSHA) and loads it on first use or after a Redis restart
// (NOSCRIPT), so the script body is not re-sent on every politeness check.
import { createHash } from "node:crypto";
import type { Redis } from "ioredis";

export class LuaScript {
  readonly #source: string;
  readonly #sha: string;

  constructor(source: string) {
    this.#source = source;
    this.#sha = createHash("sha1").update(source).digest("hex");
  }

  async run(redis: Redis, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    try {
      return await redis.evalsha(this.#sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
      return await redis.eval(this.#source, keys.length, ...keys, ...args);
    }
  }
}
