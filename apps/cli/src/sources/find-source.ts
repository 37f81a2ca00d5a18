import type { Db } from "@tidemark/db";
import { CliError, EXIT } from "../exit-codes.ts";

/** A source by domain or key ("name:reuters"), or a clear error. */
export async function findSource(db: Db, domainOrKey: string) {
  const source = await db.source.findFirst({
    where: { OR: [{ key: domainOrKey }, { domain: domainOrKey }] },
  });
  if (!source)
    throw new CliError(
      `No source "${domainOrKey}". Sources are named by domain (example.com) or key; see \`tidemark status\`.`,
      EXIT.usage,
    );
  return source;
}
