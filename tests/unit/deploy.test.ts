/**
 * The deploy workflow and the README's "Deploy" section describe the same build: the workflow runs the README's
 * command, with the same variables, so neither can change without the other.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency: { group: string };
  jobs: Record<string, { steps: Step[] }>;
}

const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const readme = readFileSync('README.md', 'utf8');
const deploy = /^## Deploy\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
/** The README's command: the one shell line that runs the build. */
const command = /^```sh\n(.*npm run build.*)\n```$/m.exec(deploy)?.[1] ?? '';

test('the README has a Deploy section with one build command that sets SITE_URL and BASE_PATH', () => {
  expect(deploy).not.toBe('');
  expect(command).toMatch(/^SITE_URL=\S+ BASE_PATH=\S+ npm run build$/);
  expect(deploy).toContain('`dist/`');
  expect(deploy).toContain('_headers');
  expect(deploy).toContain('.github/workflows/deploy.yml');
});

test("the workflow builds with the README's command and variables", () => {
  const builds = steps.filter((step) => step.run?.includes('npm run build'));
  expect(builds).toHaveLength(1);
  const [build] = builds;
  const variables = [...command.matchAll(/(\w+)=\S+/g)].map((match) => match[1]);
  expect(build!.run!.trim()).toBe(command.replace(/^(\w+=\S+ )+/, ''));
  expect(Object.keys(build!.env ?? {}).sort()).toEqual(variables.sort());
  expect(build!.env!.SITE_URL).toBe('https://${{ github.repository_owner }}.github.io');
  expect(build!.env!.BASE_PATH).toBe('/${{ github.event.repository.name }}/');
});

test('the workflow installs with npm ci on Node 24 and publishes dist/ to GitHub Pages on pushes to main', () => {
  expect(workflow.on).toHaveProperty('workflow_dispatch');
  expect(workflow.on.push).toEqual({ branches: ['main'] });
  expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  expect(workflow.concurrency.group).toBeTruthy();
  const uses = steps.map((step) => step.uses?.replace(/@.*/, '') ?? step.run);
  expect(uses).toEqual(['actions/checkout', 'actions/setup-node', 'npm ci', 'npm run build', 'actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']);
  expect(steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(24);
  expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist');
  // Every action pinned to a major version.
  expect(steps.flatMap((step) => (step.uses ? [step.uses] : [])).every((use) => /@v\d+$/.test(use))).toBe(true);
});
