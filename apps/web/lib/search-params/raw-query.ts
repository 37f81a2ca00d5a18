/** A request's query string as a params record: repeated keys become arrays. */
import type { RawParams } from "./schemas";

export function rawQuery(request: Request): RawParams {
  const params = new URL(request.url).searchParams;
  const raw: RawParams = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    raw[key] = values.length > 1 ? values : values[0];
  }
  return raw;
}
