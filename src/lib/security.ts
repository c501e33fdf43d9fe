/**
 * The site's Content-Security-Policy, in one place for the `<meta>` tag every page carries and for the
 * `_headers` file static hosts read. Pages need no inline script or style, so the policy allows neither; the only
 * script is a same-origin file that enhances the cite box.
 */
export const CONTENT_SECURITY_POLICY: Record<string, string[]> = {
  'default-src': ["'none'"],
  // Same-origin files only: the optional enhancements (copy button, explorer, search). Search runs Pagefind's
  // WebAssembly, which needs 'wasm-unsafe-eval': it allows compiling WebAssembly, not evaluating JavaScript.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  // Same-origin fetches only: tools read /robots.txt from the page, and static search will load its index.
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
};

/** Directives that browsers ignore in a `<meta>` tag and honour only as an HTTP header. */
const HEADER_ONLY_POLICY: Record<string, string[]> = {
  'frame-ancestors': ["'none'"],
};

function serialise(policy: Record<string, string[]>): string {
  return Object.entries(policy)
    .map(([directive, values]) => `${directive} ${values.join(' ')}`)
    .join('; ');
}

/** The policy as the `content` of `<meta http-equiv="Content-Security-Policy">`. */
export const cspMetaContent = serialise(CONTENT_SECURITY_POLICY);

/** Response headers for every path, in the `_headers` format of Netlify and Cloudflare Pages. */
export function headersFile(): string {
  const headers = {
    'Content-Security-Policy': serialise({ ...CONTENT_SECURITY_POLICY, ...HEADER_ONLY_POLICY }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
  return `/*\n${Object.entries(headers)
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n')}\n`;
}
