// POST /api/articles/bulk/{reingest,delete}: a selection is done in the request (at most 1,000
// ids); every result of a filter becomes a bulk action the worker runs in the background, answered
// 202 with the action (follow it at GET /api/articles/bulk/actions/:id or the live topic bulk:<id>).
import { type BulkActionKind, requestBulkAction } from "@tidemark/articles";
import { prisma } from "@tidemark/db";
import { NextResponse } from "next/server";
import { webProducer } from "@/lib/server/queue";
import { type BulkTarget, resolveBulkTarget } from "./bulk-target";

export async function startBulkAction(
  kind: BulkActionKind,
  target: BulkTarget & { filter: unknown },
  userId: string,
) {
  const { action, queueWarning } = await requestBulkAction(prisma, webProducer(), {
    kind,
    filters: await resolveBulkTarget(prisma, target),
    userId,
  });
  return NextResponse.json({ action, ...(queueWarning ? { queueWarning } : {}) }, { status: 202 });
}
