// Does a Postgres or Redis server answer at this URL? Exit 0 if yes, 1 if not (reason on stderr).
// Plain Node (no dependencies) because it runs before `pnpm install`.
//   node infra/probe.mjs postgres postgresql://postgres@127.0.0.1:5432/tidemark
//   node infra/probe.mjs redis redis://127.0.0.1:6379
import net from "node:net";

const [kind, rawUrl] = process.argv.slice(2);
const DEFAULT_PORTS = { postgres: 5432, redis: 6379 };

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

if (!(kind in DEFAULT_PORTS) || !rawUrl) fail("usage: probe.mjs postgres|redis URL");
let url;
try {
  url = new URL(rawUrl);
} catch {
  fail(`not a valid URL: ${rawUrl}`);
}
const host = url.hostname.replace(/^\[|\]$/g, "") || "127.0.0.1";
const port = Number(url.port || DEFAULT_PORTS[kind]);

const socket = net.connect({ host, port });
socket.setTimeout(3000);
socket.on("timeout", () => fail(`no answer from ${host}:${port} within 3 s`));
socket.on("error", (error) => fail(`${host}:${port}: ${error.code ?? error.message}`));
socket.on("close", () => fail(`${host}:${port} closed the connection without answering like ${kind}`));
socket.on("connect", () => {
  if (kind === "redis") {
    // A real Redis answers PING (or asks for AUTH); anything else on the port is not Redis.
    socket.write("PING\r\n");
    socket.once("data", (data) => {
      const reply = data.toString();
      socket.destroy();
      if (reply.startsWith("+PONG") || reply.includes("NOAUTH")) process.exit(0);
      fail(`${host}:${port} answered, but not like Redis: ${reply.slice(0, 60)}`);
    });
  } else {
    // Postgres answers an SSLRequest with a single byte: 'S' or 'N'.
    socket.write(Buffer.from([0, 0, 0, 8, 4, 210, 22, 47]));
    socket.once("data", (data) => {
      socket.destroy();
      const byte = String.fromCharCode(data[0] ?? 0);
      if (byte === "S" || byte === "N") process.exit(0);
      fail(`${host}:${port} answered, but not like Postgres`);
    });
  }
});
