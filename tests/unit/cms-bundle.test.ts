import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cmsBundleFormat,
  currentCmsBundle,
  hashInputs,
  manifestFile,
  sourceFilesOf,
  type CmsBundleManifest,
} from '../../src/integrations/cms-bundle.ts';

describe('the CMS bundle’s source files', () => {
  it('keeps the project’s own files, without queries, dependencies, virtual modules or outside files', () => {
    const root = process.cwd();
    const ids = [
      join(root, 'src/cms/admin.ts'),
      `${join(root, 'src/styles/global.css')}?raw`,
      join(root, 'node_modules/decap-cms-app/dist/esm/index.js'),
      '\0vite/preload-helper.js',
      '/somewhere/else/file.ts',
      join(root, 'src/cms/admin.ts'),
      join(root, 'src/cms/no-such-file.ts'),
    ];
    expect(sourceFilesOf(ids, root)).toEqual(['src/cms/admin.ts', 'src/styles/global.css']);
  });
});

describe('whether a built CMS bundle is still current', () => {
  let root: string;
  let bundleDir: string;

  function writeBundle(manifest: Partial<CmsBundleManifest> = {}): void {
    mkdirSync(join(bundleDir, 'files'), { recursive: true });
    writeFileSync(join(bundleDir, 'files', 'cms-admin.abc.js'), 'console.log(1)');
    const full: CmsBundleManifest = {
      format: cmsBundleFormat,
      entry: 'cms-admin.abc.js',
      inputs: hashInputs(root, ['src/admin.ts']),
      ...manifest,
    };
    writeFileSync(join(bundleDir, manifestFile), JSON.stringify(full));
  }

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'cms-bundle-'));
    bundleDir = join(root, 'cache');
    mkdirSync(join(root, 'src'));
    mkdirSync(join(root, 'scripts'));
    writeFileSync(join(root, 'src/admin.ts'), 'export const a = 1;');
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
    writeFileSync(join(root, 'scripts/build-cms-admin.ts'), '// builder');
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('has none before a first build', () => {
    expect(currentCmsBundle(bundleDir, root)).toBeUndefined();
  });

  it('reuses the bundle while every input is unchanged', () => {
    writeBundle();
    expect(currentCmsBundle(bundleDir, root)?.entry).toBe('cms-admin.abc.js');
  });

  it('lists the lockfile and the build script among the inputs of every bundle', () => {
    expect(Object.keys(hashInputs(root, ['src/admin.ts']))).toEqual([
      'package-lock.json',
      'scripts/build-cms-admin.ts',
      'src/admin.ts',
    ]);
  });

  it.each([
    ['a source file changes', () => writeFileSync(join(root, 'src/admin.ts'), 'export const a = 2;')],
    ['a source file is removed', () => rmSync(join(root, 'src/admin.ts'))],
    ['a dependency changes (the lockfile)', () => writeFileSync(join(root, 'package-lock.json'), '{}')],
    ['the build script changes', () => writeFileSync(join(root, 'scripts/build-cms-admin.ts'), '// new')],
    ['the entry file is gone', () => rmSync(join(bundleDir, 'files', 'cms-admin.abc.js'))],
  ])('builds again when %s', (_change, change) => {
    writeBundle();
    change();
    expect(currentCmsBundle(bundleDir, root)).toBeUndefined();
  });

  it('builds again when the manifest is of another format or unreadable', () => {
    writeBundle({ format: cmsBundleFormat + 1 });
    expect(currentCmsBundle(bundleDir, root)).toBeUndefined();
    writeFileSync(join(bundleDir, manifestFile), '{ not json');
    expect(currentCmsBundle(bundleDir, root)).toBeUndefined();
  });
});
