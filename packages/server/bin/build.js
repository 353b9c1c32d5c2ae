#!/usr/bin/env node
// Compiles the server and the `utilis` command into dist/ with esbuild. Compiling the TypeScript at
// every start (tsx) cost 5–6 s of processor time per command; the compiled command needs about 1 s.
// `npm ci` runs this (the root `prepare` script), and bin/utilis.js runs it again when a source changed.
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
// Flat, one folder below the package root, as src/ is: config.ts finds package.json and the web app
// relative to its own file.
const outputDir = join(packageRoot, 'dist');
const manifestFile = join(outputDir, 'build.json');
/** The compiled `utilis` command. */
export const entryFile = join(outputDir, 'utilis.js');

// @utilis/domain and @utilis/contracts export TypeScript sources, which Node cannot load. Kysely is
// some 400 small modules: bundled, every command starts 0.2 s sooner. Every other package (some
// load files beside their own, or native code) and Node's own modules load from node_modules.
const bundledPackage = /^(@utilis\/|kysely($|\/))/;

/** @type {import('esbuild').Plugin} */
const bundleOnlySomePackages = {
  name: 'bundle-only-some-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.kind === 'entry-point' || bundledPackage.test(args.path) ? undefined : { external: true },
    );
  },
};

/**
 * Compiles dist/ from the sources. Each file is written whole and earlier chunks stay, so a command
 * running meanwhile (a test, a demo) keeps finding the build it started with; `isPruning` removes
 * them, for a build run on its own (`npm run build`, `npm ci`).
 */
export async function buildServer({ isPruning = false } = {}) {
  const { build } = await import('esbuild');
  const startedAt = Date.now();
  const result = await build({
    absWorkingDir: packageRoot,
    entryPoints: { utilis: 'src/cli/main.ts' },
    outdir: 'dist',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: 'error',
    plugins: [bundleOnlySomePackages],
  });
  await mkdir(outputDir, { recursive: true });
  // The entry goes last: the chunks it imports must already be there.
  const files = result.outputFiles.toSorted((a, b) => Number(a.path === entryFile) - Number(b.path === entryFile));
  for (const file of files) await writeWhole(file.path, file.contents);
  const inputs = [...Object.keys(result.metafile.inputs), 'bin/build.js'];
  await writeWhole(manifestFile, `${JSON.stringify({ builtAt: startedAt, inputs }, null, 2)}\n`);
  if (isPruning) await removeAllBut([...files.map((file) => file.path), manifestFile]);
}

/** Whether dist/ holds a build newer than every source that went into it. */
export async function isBuildCurrent() {
  /** @type {{ builtAt: number; inputs: string[] }} */
  let manifest;
  try {
    manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
  } catch {
    return false;
  }
  const changedAt = await Promise.all(
    manifest.inputs.map((input) =>
      stat(join(packageRoot, input)).then(
        (source) => source.mtimeMs,
        () => Number.POSITIVE_INFINITY,
      ),
    ),
  );
  return changedAt.every((time) => time < manifest.builtAt);
}

async function writeWhole(path, contents) {
  const aside = `${path}.${process.pid}.tmp`;
  await writeFile(aside, contents);
  await rename(aside, path);
}

async function removeAllBut(kept) {
  const keptNames = new Set(kept.map((path) => basename(path)));
  for (const name of await readdir(outputDir)) {
    if (!keptNames.has(name)) await rm(join(outputDir, name), { force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildServer({ isPruning: true });
