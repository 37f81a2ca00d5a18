// Alert rules (see @tidemark/alerts): record what each notices, batch it (per event or digest),
// then send what is due. Postgres keys every event and delivery, so a repeated or concurrent run
// adds and sends nothing twice.
import { evaluateAlerts as evaluate, sendDueDeliveries } from "@tidemark/alerts";
import type { HandlerContext, JobSummary } from "./context.ts";

export async function evaluateAlerts(ctx: HandlerContext): Promise<JobSummary> {
  const evaluation = await evaluate(ctx.db);
  for (const failure of evaluation.failed)
    ctx.logger.error({ ruleId: failure.ruleId, err: failure.error }, "alert rule could not be evaluated");
  const delivery = await sendDueDeliveries(ctx.db);
  return { outcome: "alerts evaluated", ...evaluation, ...delivery };
}
