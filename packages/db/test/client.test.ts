// The shared client's connections: PostgreSQL's JIT is off unless DATABASE_JIT=on (dashboard
// queries pay hundreds of milliseconds of compilation for nothing, see env.ts).
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../src/client.ts";

const db = createPrismaClient(process.env.DATABASE_URL, 2);
afterAll(() => db.$disconnect());

describe("createPrismaClient", () => {
  it("opens every connection with JIT off", async () => {
    // Two at once, so two pooled connections answer.
    const answers = await Promise.all([
      db.$queryRaw<{ jit: string }[]>`SHOW jit`,
      db.$queryRaw<{ jit: string }[]>`SELECT current_setting('jit') AS jit`,
    ]);
    expect(answers.map((rows) => rows[0]?.jit)).toEqual(["off", "off"]);
  });
});
