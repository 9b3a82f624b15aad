/**
 * node scripts/build-cms-admin.ts <bundle folder>
 *
 * Builds the CMS admins' browser bundle (src/cms/admin-entry.ts) with Vite into
 * `<bundle folder>/files`, and writes `<bundle folder>/manifest.json` listing what
 * it was built from. Run by src/integrations/cms-bundle.ts when the bundle it has
 * is missing or out of date; it builds into a new folder and swaps it in, so an
 * interrupted build never leaves a half-written bundle that looks current.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import {
  cmsBundleFormat,
  hashInputs,
  manifestFile,
  sourceFilesOf,
  type CmsBundleManifest,
} from '../src/integrations/cms-bundle.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const target = process.argv[2];
if (!target) {
  console.error('usage: node scripts/build-cms-admin.ts <bundle folder>');
  process.exit(2);
}
const bundleDir = resolve(target);
const staging = `${bundleDir}.building-${String(process.pid)}`;
rmSync(staging, { recursive: true, force: true });
mkdirSync(dirname(bundleDir), { recursive: true });

const entryName = 'cms-admin';
const output = await build({
  root,
  configFile: false,
  envDir: false,
  publicDir: false,
  logLevel: 'warn',
  // Chunks and the WebP encoder's .wasm files are found relative to the entry, wherever the site is served.
  base: './',
  build: {
    outDir: join(staging, 'files'),
    emptyOutDir: true,
    copyPublicDir: false,
    reportCompressedSize: false,
    // Decap is one large module graph; its size is known and loads on the admin pages only.
    chunkSizeWarningLimit: 8000,
    rolldownOptions: {
      // Decap's dependencies use eval (gray-matter, toml; the admin's policy allows it, src/cms/csp.ts)
      // and "use client" (react-toastify), which mean nothing here: theirs to change. Other warnings show.
      onwarn(warning, warn) {
        const fromDependency = warning.id?.includes('/node_modules/') ?? false;
        if (fromDependency && (warning.code === 'EVAL' || warning.code === 'MODULE_LEVEL_DIRECTIVE')) return;
        warn(warning);
      },
      input: { [entryName]: resolve(root, 'src/cms/admin-entry.ts') },
      output: {
        entryFileNames: '[name].[hash].js',
        chunkFileNames: '[name].[hash].js',
        assetFileNames: '[name].[hash][extname]',
      },
    },
  },
});

const outputs = Array.isArray(output) ? output : [output];
const moduleIds: string[] = [];
let entry: string | undefined;
for (const result of outputs) {
  if (!('output' in result)) throw new Error('Vite returned a watcher, not a build');
  for (const file of result.output) {
    if (file.type !== 'chunk') continue;
    moduleIds.push(...file.moduleIds);
    if (file.isEntry && file.name === entryName) entry = file.fileName;
  }
}
if (!entry) throw new Error(`The bundle has no ${entryName} entry`);

const manifest: CmsBundleManifest = {
  format: cmsBundleFormat,
  entry,
  inputs: hashInputs(root, sourceFilesOf(moduleIds, root)),
};
writeFileSync(join(staging, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
rmSync(bundleDir, { recursive: true, force: true });
renameSync(staging, bundleDir);
console.log(`CMS admin bundle: ${entry} from ${String(Object.keys(manifest.inputs).length)} source files.`);
