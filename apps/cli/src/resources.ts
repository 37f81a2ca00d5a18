// Connections a command may need, opened on first use and closed once when the command ends, so
// `tidemark extract` (no services) never touches Postgres or Redis.
import type { Db } from "@tidemark/db";
import type { Producer } from "@tidemark/queue";

let db: Db | undefined;
let producer: Producer | undefined;

export async function getDb(): Promise<Db> {
  if (!db) {
    const { prisma } = await import("@tidemark/db");
    db = prisma;
  }
  return db;
}

export async function getProducer(): Promise<Producer> {
  if (!producer) {
    const { Producer } = await import("@tidemark/queue");
    producer = new Producer();
  }
  return producer;
}

export async function closeResources(): Promise<void> {
  await Promise.all([producer?.close(), db?.$disconnect()]);
}
