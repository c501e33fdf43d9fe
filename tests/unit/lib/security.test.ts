import { expect, test } from 'vitest';
import { cspMetaContent, headersFile } from '../../../src/lib/security';

test('the meta policy allows no inline or eval code and leaves out header-only directives', () => {
  expect(cspMetaContent).toBe("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'");
});

test('the _headers file sends the same policy plus frame-ancestors to every path', () => {
  expect(headersFile()).toBe(
    [
      '/*',
      `  Content-Security-Policy: ${cspMetaContent}; frame-ancestors 'none'`,
      '  X-Content-Type-Options: nosniff',
      '  Referrer-Policy: strict-origin-when-cross-origin',
      '',
    ].join('\n'),
  );
});
