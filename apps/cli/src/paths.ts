import { isAbsolute, resolve } from "node:path";
import { env } from "./env.ts";

/** A path the user typed, resolved against the directory they ran the command from. */
export function userPath(path: string): string {
  return isAbsolute(path) ? path : resolve(env.INIT_CWD ?? process.cwd(), path);
}
