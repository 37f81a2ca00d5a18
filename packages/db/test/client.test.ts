// The shared client's connections: PostgreSQL's JIT is off unless DATABASE_JIT=on (dashboard
// queries pay hundreds of milliseconds of compilation for nothing, see env.ts).
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../src/client.ts";
import { statementsSent } from "../src/statements-sent.ts";

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

  it("counts every statement it sends, a transaction's BEGIN and COMMIT included", async () => {
    await db.$queryRaw`SELECT 1`; // the pool's connection is open before counting
    const before = statementsSent();
    await db.$queryRaw`SELECT 1`;
    await db.$executeRaw`SELECT 2`;
    expect(statementsSent() - before).toBe(2);
    await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 3`;
    });
    expect(statementsSent() - before).toBe(5);
  });
});
