import { afterEach, describe, expect, it, vi } from 'vitest';
import { oncePerBuild } from '../../src/lib/content/once-per-build.ts';

describe('oncePerBuild', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('makes its value once in a build, and every caller shares it', async () => {
    vi.stubEnv('DEV', false);
    let made = 0;
    const get = oncePerBuild(() => Promise.resolve(++made));
    expect(await Promise.all([get(), get()])).toEqual([1, 1]);
    expect(await get()).toBe(1);
  });

  it('makes it afresh on every call in astro dev, where content changes', async () => {
    vi.stubEnv('DEV', true);
    let made = 0;
    const get = oncePerBuild(() => Promise.resolve(++made));
    expect([await get(), await get()]).toEqual([1, 2]);
  });
});
