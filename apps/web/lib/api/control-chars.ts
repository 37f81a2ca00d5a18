// Input hygiene at the boundary: NUL and the other C0 control characters (tab, newline and
// carriage return excepted) and DEL are refused in every string a client sends, keys included.
// Postgres cannot store NUL in text at all, and the rest only ever hide things from readers.
import { ApiError } from "./errors";

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_GLOBAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function hasControlCharacters(value: string): boolean {
  return CONTROL.test(value);
}

/** For text we store on the user's behalf but do not judge (an uploaded file): drop them. */
export function stripControlCharacters(value: string): string {
  return value.replace(CONTROL_GLOBAL, "");
}

/** The path of the first string (or key) holding a control character, or null. */
export function findControlCharacters(value: unknown, path: string): string | null {
  if (typeof value === "string") return hasControlCharacters(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findControlCharacters(item, `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (hasControlCharacters(key)) return at;
      const found = findControlCharacters(item, at);
      if (found) return found;
    }
  }
  return null;
}

export function rejectControlCharacters(value: unknown, where: string): void {
  const found = findControlCharacters(value, "");
  if (found !== null) {
    throw new ApiError(
      400,
      "invalid_characters",
      `${where}${found ? ` field "${found}"` : ""} contains a control character (such as NUL); remove it.`,
      { field: found, in: where },
    );
  }
}
