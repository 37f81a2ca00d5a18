// Text that goes into Postgres: no NUL (Postgres refuses it in text, so a page carrying one would
// fail to store on every attempt) and no other C0 control characters except tab and newline
// (carriage returns become newlines).
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(CONTROLS, "");
}

export function cleanOptionalText<T extends string | null | undefined>(value: T): T {
  return (typeof value === "string" ? cleanText(value) : value) as T;
}
