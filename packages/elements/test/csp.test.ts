import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { enforceStrictCsp } from './support/strict-csp.js';
import type { ReviewForm } from '../src/review-form/review-form.js';

/**
 * The page from the issue: `script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`.
 * Set as a meta tag before the library loads; every violation is recorded.
 */
const violations = enforceStrictCsp();

describe('strict Content-Security-Policy with Trusted Types', () => {
  it('the policy is in force on this page', async () => {
    const el = document.createElement('div');
    expect(() => {
      // eslint-disable-next-line no-restricted-syntax -- proves the page blocks HTML sinks
      el.innerHTML = '<b>x</b>';
    }).to.throw(TypeError);
    await waitUntil(() => violations.length === 1, 'the blocked innerHTML is reported');
    violations.length = 0;
  });

  it('the elements load, render and work without a violation', async () => {
    const { defineElements } = await import('../src/define.js');
    const { formData, rating, textarea, type } = await import('./support/review-form.js');
    defineElements();
    const form = await fixture<ReviewForm>(html`<review-form .data=${formData()}></review-form>`);
    await form.updateComplete;
    await type(form, 'Typed under CSP');
    rating(form).shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')[1]!.click();
    await waitUntil(() => form.value.length === 2);
    expect(textarea(form).value).to.equal('Typed under CSP');
    // Styles applied (adopted stylesheets are allowed under style-src 'self').
    expect(getComputedStyle(form).getPropertyValue('--_ev-accent').trim()).to.equal('#0b57d0');
    expect(violations).to.deep.equal([]);
  });
});
