// `--wait`: follow added articles until each is ingested or has failed, with progress on stderr
// (one updating line on a terminal, a line per change otherwise). Statuses come from the database
// or, in remote mode, from GET /api/articles/statuses.
import { CliError } from "../exit-codes.ts";

export interface ArticleState {
  id: string;
  status: string;
  title?: string | null;
  failure?: { code: string | null; message: string | null } | null;
}

const PENDING = new Set(["queued", "fetching"]);
const POLL_MS = 1_000;

function summary(states: readonly ArticleState[]): string {
  const counts = new Map<string, number>();
  for (const s of states) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  const done = states.filter((s) => !PENDING.has(s.status)).length;
  const parts = [...counts].map(([status, n]) => `${n} ${status}`).join(", ");
  return `${done}/${states.length} done (${parts})`;
}

export async function waitForArticles(
  ids: readonly string[],
  statuses: (ids: readonly string[]) => Promise<ArticleState[]>,
  timeoutSeconds: number,
): Promise<ArticleState[]> {
  const started = Date.now();
  const tty = process.stderr.isTTY === true;
  let last = "";
  for (;;) {
    const states = await statuses(ids);
    const line = summary(states);
    const elapsed = Math.round((Date.now() - started) / 1000);
    if (tty) process.stderr.write(`\r\x1b[2Kwaiting: ${line}, ${elapsed} s`);
    else if (line !== last) process.stderr.write(`waiting: ${line}, ${elapsed} s\n`);
    last = line;
    if (states.every((s) => !PENDING.has(s.status))) {
      if (tty) process.stderr.write("\n");
      return states;
    }
    if (Date.now() - started > timeoutSeconds * 1000) {
      if (tty) process.stderr.write("\n");
      const pending = states.filter((s) => PENDING.has(s.status)).length;
      throw new CliError(
        `${pending} of ${states.length} articles are still waiting after ${timeoutSeconds} s. Is the worker running? (\`tidemark status\` shows the queues)`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export function printStates(states: readonly ArticleState[]): void {
  for (const s of states) {
    const detail =
      s.status === "failed" || s.status === "gone"
        ? `${s.failure?.code ?? ""}${s.failure?.message ? `: ${s.failure.message}` : ""}`
        : (s.title ?? "");
    process.stdout.write(`${s.status.padEnd(10)} ${s.id}  ${detail}\n`);
  }
}
