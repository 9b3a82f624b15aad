/**
 * The deploy pipeline's files parse and do what docs/deploy.md says: the GitHub Actions
 * workflow runs the README's test command and build and publishes dist/; Netlify and
 * Cloudflare Pages build with the same command, Node version and output folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { siteRootProblem } from '../../scripts/check-site-root.ts';

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}
interface Workflow {
  on: { push?: { branches?: string[] } };
  jobs: Record<string, { needs?: string; if?: string; steps: Step[] }>;
}

const readme = readFileSync('README.md', 'utf8');
const workflow = parseYaml(readFileSync('.github/workflows/deploy.yml', 'utf8')) as Workflow;
const nodeMajor = readFileSync('.nvmrc', 'utf8').trim();
const runs = (job: string) => (workflow.jobs[job]?.steps ?? []).flatMap((step) => (step.run ? [step.run] : []));

/** The commands of the README's quick start block. */
const quickStart = (/## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '')
  .split('\n')
  .map((line) => line.replace(/#.*$/, '').trim())
  .filter(Boolean);

describe('the GitHub Actions workflow', () => {
  it('runs on every push to main', () => {
    expect(workflow.on.push?.branches).toEqual(['main']);
  });

  it("runs the README's install and test commands", () => {
    expect(quickStart.join(' && ')).toContain('npm test');
    expect(runs('test')).toContain('npm test');
    expect(runs('test').some((command) => command.startsWith('npm ci') || command.startsWith('npm install'))).toBe(
      true,
    );
  });

  it('builds and publishes dist/ on GitHub Pages only after the tests pass, and only from main', () => {
    const deploy = workflow.jobs.deploy;
    expect(deploy?.needs).toBe('test');
    expect(deploy?.if).toContain("github.ref == 'refs/heads/main'");
    expect(runs('deploy')).toContain('npm run build');
    const upload = deploy?.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.path).toBe('dist');
    expect(deploy?.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  it('stops before building when the Pages address is a project path, not a domain root', () => {
    const steps = workflow.jobs.deploy?.steps ?? [];
    const check = steps.findIndex((step) => step.run?.startsWith('node scripts/check-site-root.ts '));
    const build = steps.findIndex((step) => step.run === 'npm run build');
    expect(check).toBeGreaterThan(-1);
    expect(check).toBeLessThan(build);
    // The same address the build is given.
    expect(steps[check]?.run).toContain('vars.SITE_URL || steps.pages.outputs.base_url');
    expect(siteRootProblem('https://owner.github.io/local-offer')).toMatch(/custom domain.*<owner>\.github\.io/s);
    expect(siteRootProblem('https://owner.github.io/local-offer/')).toContain('docs/deploy.md');
    expect(siteRootProblem('https://localoffer.example.org')).toBeUndefined();
    expect(siteRootProblem('https://owner.github.io/')).toBeUndefined();
    expect(siteRootProblem('')).toContain('SITE_URL');
    expect(siteRootProblem('localoffer.example.org')).toContain('not a web address');
  });

  it('uses the Node version of .nvmrc', () => {
    for (const job of Object.values(workflow.jobs)) {
      const setup = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
      expect(setup?.with?.['node-version-file']).toBe('.nvmrc');
    }
  });
});

describe('Netlify and Cloudflare Pages', () => {
  it('netlify.toml builds with npm run build, rewrites the host files, publishes dist/ with Node from .nvmrc', () => {
    const config = parseToml(readFileSync('netlify.toml', 'utf8')) as {
      build: { command: string; publish: string; environment: Record<string, string> };
    };
    expect(config.build.command).toBe('npm run build && node scripts/host-files.ts netlify dist');
    expect(existsSync('scripts/host-files.ts')).toBe(true);
    expect(config.build.publish).toBe('dist');
    expect(config.build.environment.NODE_VERSION).toBe(nodeMajor);
  });

  it('wrangler.toml publishes dist/ (Cloudflare Pages reads the Node version from .nvmrc)', () => {
    const config = parseToml(readFileSync('wrangler.toml', 'utf8')) as { pages_build_output_dir: string };
    expect(config.pages_build_output_dir).toBe('dist');
  });
});
