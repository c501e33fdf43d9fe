import type { APIRoute } from 'astro';
import { withBase } from '../lib/paths';

/** Every page may be indexed; the sitemap lists them. (Under a sub-path, only a robots.txt at the origin's root is read.) */
export const GET: APIRoute = ({ site }) => new Response(`User-agent: *\nAllow: ${withBase('/')}\n\nSitemap: ${new URL(withBase('/sitemap-index.xml'), site).href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
