// `pnpm bench <suite> [options]`: runs one benchmark suite and prints its figures.
// Each suite lives in its own folder under src/ and exports `run(args: string[])`.
const SUITES = {
  cli: () => import("./cli/index.ts"),
  extract: () => import("./extract/index.ts"),
  faults: () => import("./faults/index.ts"),
  ingest: () => import("./ingest/index.ts"),
  matching: () => import("./matching/index.ts"),
  neardup: () => import("./neardup/index.ts"),
  quotes: () => import("./quotes/index.ts"),
  scale: () => import("./scale/index.ts"),
  themes: () => import("./themes/index.ts"),
} as const;

type SuiteName = keyof typeof SUITES;

function isSuite(name: string | undefined): name is SuiteName {
  return name !== undefined && Object.hasOwn(SUITES, name);
}

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  if (!isSuite(name)) {
    console.error(`usage: pnpm bench <${Object.keys(SUITES).join("|")}> [options]`);
    return 2;
  }
  const suite = await SUITES[name]();
  await suite.run(args);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
