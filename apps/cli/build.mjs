// Builds the CLI to JavaScript (dist/), so `tidemark` starts without compiling TypeScript.
// The CLI and the workspace packages it uses (@tidemark/*, TypeScript sources) are bundled, split
// per command so each command loads only what it needs. Other npm packages stay external and are
// imported from where pnpm installed them (paths relative to dist/), exactly as in development:
// no second copy of Prisma, BullMQ or pino, and nothing that locates files by path breaks.
import { rm } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = dirname(fileURLToPath(import.meta.url));
const outdir = `${root}/dist`;
const BARE = /^[^./]/;

/** Third-party imports stay external, rewritten to the file pnpm installed for the importer. */
const externalDependencies = {
  name: "external-dependencies",
  setup(b) {
    b.onResolve({ filter: BARE }, async (args) => {
      if (args.path.startsWith("node:") || args.pluginData === "resolving") return undefined;
      if (args.path.startsWith("@tidemark/")) return undefined; // bundled
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: "resolving",
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      if (!resolved.path || resolved.external) return { path: args.path, external: true };
      let path = relative(outdir, resolved.path).split("\\").join("/");
      if (!path.startsWith(".")) path = `./${path}`;
      return { path, external: true };
    });
  },
};

await rm(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: [`${root}/src/main.ts`],
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: "linked",
  // Flat: every output sits in dist/, so the relative paths to node_modules hold for all of them.
  chunkNames: "[name]-[hash]",
  plugins: [externalDependencies],
  logLevel: "warning",
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
process.stdout.write(
  `apps/cli/dist: ${Object.keys(result.metafile.outputs).length} files, ${Math.round(bytes / 1024)} KiB\n`,
);
