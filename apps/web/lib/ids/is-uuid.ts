// Whether a path segment can be a row id, checked before it reaches Postgres: a malformed uuid
// would fail the query with an error instead of showing "not found". The same rule as the API
// routes' z.uuid(), so a page and its API agree on which ids exist.
import { z } from "zod";

const uuid = z.uuid();

export function isUuid(value: string): boolean {
  return uuid.safeParse(value).success;
}
