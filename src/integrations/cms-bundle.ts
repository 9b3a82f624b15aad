/**
 * The CMS admins' browser bundle (Decap CMS, React and the previews: megabytes of
 * JavaScript), built once and kept until its sources change, instead of again in
 * every `astro build`. Bundling it inside Astro's build added seconds and hundreds
 * of megabytes to every build (docs/benchmarks.md, "Figures behind the code"), for
 * code that does not depend on the content at all.
 *
 * The bundle is built by scripts/build-cms-admin.ts in a child process, so its
 * bundler's memory never adds to Astro's. Its manifest lists a hash of every
 * source file the bundle was made from (as the bundler reports them), of the
 * lockfile (every dependency's version) and of the build script; the bundle is
 * reused while every one of those is unchanged. Settings that differ per site
 * (the PUBLIC_CMS_* backend, the site's address) are not in the bundle: the admin
 * pages write them as JSON (src/cms/admin-settings.ts).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Bump when the manifest or the bundle's build changes shape, so older caches are rebuilt. */
export const cmsBundleFormat = 1;

/** Where in the built site the bundle's files go. */
export const cmsBundleFolder = '_cms';

/** The script that builds the bundle, relative to the project root. */
export const cmsBundleScript = 'scripts/build-cms-admin.ts';

/** Files every bundle depends on besides its own modules, relative to the project root. */
export const cmsBundleAlwaysInputs = ['package-lock.json', cmsBundleScript] as const;

export interface CmsBundleManifest {
  format: number;
  /** The entry script's file name inside the bundle folder. */
  entry: string;
  /** Project-relative path of each source file, and the sha256 of its contents when bundled. */
  inputs: Record<string, string>;
}

/** The sha256 of a project file, or "missing": a file the bundle was made from may be deleted since. */
function hashOf(root: string, file: string): string {
  const path = resolve(root, file);
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'missing';
}

/**
 * The project's own files among the bundler's module ids: node_modules left out (the
 * lockfile stands for them), query strings (`?raw`) and virtual modules dropped.
 */
export function sourceFilesOf(moduleIds: Iterable<string>, root: string): string[] {
  const files = new Set<string>();
  for (const id of moduleIds) {
    const path = id.split('?')[0] ?? id;
    if (path.startsWith('\0') || path.includes('/node_modules/')) continue;
    const inProject = relative(root, path);
    if (inProject.startsWith('..') || inProject === '' || !existsSync(path)) continue;
    files.add(inProject);
  }
  return [...files].sort();
}

/** The manifest's inputs: each file hashed, plus the files every bundle depends on. */
export function hashInputs(root: string, files: Iterable<string>): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const file of [...cmsBundleAlwaysInputs, ...files].sort()) inputs[file] = hashOf(root, file);
  return inputs;
}

export const manifestFile = 'manifest.json';

/**
 * The bundle in `bundleDir` if it is complete and every input is as it was when it was
 * built; otherwise undefined (no bundle yet, another format, a changed or removed file).
 */
export function currentCmsBundle(bundleDir: string, root: string): CmsBundleManifest | undefined {
  let manifest: CmsBundleManifest;
  try {
    manifest = JSON.parse(readFileSync(join(bundleDir, manifestFile), 'utf8')) as CmsBundleManifest;
  } catch {
    return undefined;
  }
  if (manifest.format !== cmsBundleFormat || !existsSync(join(bundleDir, 'files', manifest.entry))) return undefined;
  for (const [file, hash] of Object.entries(manifest.inputs)) if (hashOf(root, file) !== hash) return undefined;
  return manifest;
}

/** The current bundle, built first (in a child process) if there is none. Throws if that build fails. */
export function ensureCmsBundle(
  bundleDir: string,
  root: string,
  log: (message: string) => void,
): { manifest: CmsBundleManifest; built: boolean } {
  const cached = currentCmsBundle(bundleDir, root);
  if (cached) return { manifest: cached, built: false };
  log('Building the CMS admin bundle (kept until its sources change).');
  const script = resolve(root, cmsBundleScript);
  const child = spawnSync(process.execPath, [script, bundleDir], {
    cwd: root,
    stdio: 'inherit',
    env: { MIMALLOC_PURGE_DELAY: '0', ...process.env },
  });
  if (child.status !== 0) throw new Error(`The CMS admin bundle failed to build (${script}).`);
  const built = currentCmsBundle(bundleDir, root);
  if (!built) throw new Error(`The CMS admin bundle was built but ${join(bundleDir, manifestFile)} does not match.`);
  return { manifest: built, built: true };
}

/** Copies the bundle's files into the built site, under `_cms/`. */
export function copyCmsBundle(bundleDir: string, outDir: string): void {
  cpSync(join(bundleDir, 'files'), join(outDir, cmsBundleFolder), { recursive: true });
}
