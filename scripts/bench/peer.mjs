// The bench's peer: the case study's text as one page of a stock Starlight site, built in its own folder with its
// own install, so our article page can be weighed against what a plain documentation theme serves for the same text.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/** Components that only point elsewhere (claims, sources, charts, hub lists): dropped with the space before them. */
const DROPPED = /[ \t]*<(?:Claim|Source|Chart|Hubs)\b(?:[^>"']|"[^"]*"|'[^']*')*\/>/g;
const QUOTE = /<Quote\b(?:[^>"']|"[^"]*"|'[^']*')*>([\s\S]*?)<\/Quote>/g;

/** An article's MDX as plain Markdown: its title and description as front matter, its components as text. */
export function mdxToMarkdown(mdx) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(mdx);
  if (!match) throw new Error('the article has no front matter');
  const { title, description } = parse(match[1]);
  const body = mdx
    .slice(match[0].length)
    .replace(DROPPED, '')
    .replace(QUOTE, (_, text) => `“${text}”`)
    .replace(/^[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const left = /<[A-Z][A-Za-z]*/.exec(body);
  if (left) throw new Error(`the article has a component the peer page cannot show as text: ${left[0]}`);
  // JSON strings are YAML strings: a title with a colon or a quote stays one value.
  return `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n\n${body}\n`;
}

/** The environment without `npm run`'s own settings, which would point npm at this project instead. */
const ownEnv = (env) => Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_/i.test(key)));
const npm = (...args) => execFileSync('npm', args, { encoding: 'utf8', env: ownEnv(process.env) });
const stable = (version) => !version.includes('-');
/** Compares two x.y.z versions (release versions only). */
const compare = (a, b) => {
  const [x, y] = [a, b].map((version) => version.split('.').map(Number));
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

/**
 * The newest Starlight whose peer range accepts `astro` (npm itself matches the range: the Astro releases it
 * accepts are listed by `npm view astro@<range> version`). When none does, the newest Starlight with the newest
 * Astro it accepts, and a note saying so.
 */
export function resolveStarlight(astro) {
  const versions = JSON.parse(npm('view', '@astrojs/starlight', 'versions', '--json')).filter(stable).sort(compare).reverse();
  const accepted = new Map();
  const acceptedBy = (range) => {
    if (!accepted.has(range)) accepted.set(range, [JSON.parse(npm('view', `astro@${range}`, 'version', '--json') || '[]')].flat().filter(stable).sort(compare));
    return accepted.get(range);
  };
  for (const starlight of versions) {
    const range = JSON.parse(npm('view', `@astrojs/starlight@${starlight}`, 'peerDependencies', '--json') || '{}').astro;
    if (!range) break;
    const releases = acceptedBy(range);
    if (releases.includes(astro)) return { starlight, astro, note: null };
    // Older Starlight releases accept older Astro releases only: stop once this one accepts only older ones.
    if (releases.length && compare(releases.at(-1), astro) < 0) break;
  }
  const starlight = versions[0];
  const range = JSON.parse(npm('view', `@astrojs/starlight@${starlight}`, 'peerDependencies', '--json')).astro;
  const newest = acceptedBy(range).at(-1);
  return { starlight, astro: newest, note: `No Starlight release accepts Astro ${astro}: Starlight ${starlight} is measured with Astro ${newest}, the newest it accepts.` };
}

/** Writes the stock Starlight project into `dir`: a title and one docs page. Returns whether package.json changed. */
export function writeStarlightProject(dir, { astro, starlight, title, slug, markdown }) {
  const manifest = `${JSON.stringify({ name: 'bench-starlight-peer', private: true, type: 'module', dependencies: { '@astrojs/starlight': starlight, astro } }, null, 2)}\n`;
  const manifestFile = join(dir, 'package.json');
  const changed = !existsSync(manifestFile) || readFileSync(manifestFile, 'utf8') !== manifest;
  if (changed) rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  writeFileSync(manifestFile, manifest);
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\n\nexport default defineConfig({ integrations: [starlight({ title: ${JSON.stringify(title)} })] });\n`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  writeFileSync(join(dir, `src/content/docs/${slug}.md`), markdown);
  return changed;
}

/**
 * The Starlight peer of one article, installed (reused while its package.json is unchanged) and built in `dir`.
 * Returns the versions, a note when Astro differs from ours, and the built page's path.
 */
export function buildStarlightPeer(dir, { article, title, env }) {
  const astro = JSON.parse(readFileSync('package.json', 'utf8')).dependencies.astro;
  const versions = resolveStarlight(astro);
  const slug = article.replace(/^.*\//, '').replace(/\.mdx$/, '');
  const changed = writeStarlightProject(dir, { ...versions, title, slug, markdown: mdxToMarkdown(readFileSync(article, 'utf8')) });
  const run = (command, args) => {
    const result = spawnSync(command, args, { cwd: dir, env: ownEnv(env), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${dir}:\n${result.stdout}\n${result.stderr}`);
  };
  if (changed || !existsSync(join(dir, 'node_modules/.bin/astro'))) {
    console.log(`Installing Starlight ${versions.starlight} with Astro ${versions.astro} in ${dir}…`);
    run('npm', ['install', '--no-audit', '--no-fund']);
  }
  console.log(`Building the Starlight peer page…`);
  run(resolve(dir, 'node_modules/.bin/astro'), ['build']);
  return { ...versions, path: `/${slug}/` };
}
