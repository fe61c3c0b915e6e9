/**
 * Puts this test page under the policy from issue 4, `script-src 'self'; style-src 'self';
 * require-trusted-types-for 'script'`, as a meta tag, before any element module loads (import this
 * first and load the elements dynamically). Every violation is recorded in the returned array.
 */
export function enforceStrictCsp(): string[] {
  const violations: string[] = [];
  document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
  document.head.append(meta);
  return violations;
}
