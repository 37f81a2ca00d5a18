// Bulk loading with COPY ... FROM STDIN through psql: rows are streamed as CSV, with back
// pressure, so a million articles never sit in memory at once.
import { spawn } from "node:child_process";
import { once } from "node:events";

export type CsvValue = string | number | Date | null;

function csvField(value: CsvValue): string {
  if (value === null) return "";
  const text = value instanceof Date ? value.toISOString() : String(value);
  return /[",\n\r]/.test(text) || text === "" ? `"${text.replaceAll('"', '""')}"` : text;
}

export interface CopyStream {
  write(row: readonly CsvValue[]): Promise<void>;
  end(): Promise<void>;
}

/** `COPY table (columns) FROM STDIN` in one psql process; `end()` waits for it to commit. */
export function copyInto(databaseUrl: string, table: string, columns: readonly string[]): CopyStream {
  const sql = `COPY ${table} (${columns.join(", ")}) FROM STDIN WITH (FORMAT csv)`;
  const child = spawn("psql", [databaseUrl, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql], {
    stdio: ["pipe", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = once(child, "exit") as Promise<[number | null]>;
  let buffer = "";
  const flush = async () => {
    if (!buffer) return;
    const ok = child.stdin.write(buffer);
    buffer = "";
    if (!ok) await Promise.race([once(child.stdin, "drain"), exited]);
  };
  return {
    async write(row) {
      buffer += `${row.map(csvField).join(",")}\n`;
      if (buffer.length > 1 << 20) await flush();
    },
    async end() {
      await flush();
      child.stdin.end();
      const [code] = await exited;
      if (code !== 0) throw new Error(`COPY into ${table} failed (psql exit ${code}): ${stderr.trim()}`);
    },
  };
}
