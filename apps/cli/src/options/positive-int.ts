import { CliError, EXIT } from "../exit-codes.ts";

/** A whole number ≥ 1 from a command-line flag, or a usage error naming the flag. */
export function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1)
    throw new CliError(`${flag} takes a whole number of 1 or more, not "${value}"`, EXIT.usage);
  return n;
}
