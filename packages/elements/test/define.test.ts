import { expect, fixture, html } from '@open-wc/testing';
import { defineElements } from '../src/define.js';
import { RatingScale } from '../src/rating-scale/rating-scale.js';
import { ReviewForm } from '../src/review-form/review-form.js';
import { formData } from './support/review-form.js';

/** Puts `<tag>` into a shadow root that uses `registry`, as a host app with scoped elements would. */
function scopedHost(registry: CustomElementRegistry, tag: string): ShadowRoot {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open', customElementRegistry: registry });
  document.body.append(host);
  root.append(document.createElement(tag, { customElementRegistry: registry }));
  return root;
}

describe('defineElements()', () => {
  const warnings: string[] = [];
  const warn = console.warn;
  before(() => {
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  });
  after(() => {
    console.warn = warn;
  });

  it('imports without defining anything', () => {
    expect(customElements.get('review-form')).to.equal(undefined);
    expect(customElements.get('rating-scale')).to.equal(undefined);
  });

  it('registers the default tags and returns the chosen names', () => {
    const tags = defineElements();
    expect(tags).to.include({ 'review-form': 'review-form', 'rating-scale': 'rating-scale', 'evident-provider': 'evident-provider' });
    expect(document.createElement('review-form')).to.be.instanceOf(ReviewForm);
  });

  it('a second definition of a taken tag is skipped with a clear warning, not an exception', () => {
    expect(() => defineElements()).not.to.throw();
    expect(warnings.some((w) => w.includes('<review-form> is already defined'))).to.equal(true);
  });

  it('a prefixed registration works beside the default one, and its review-form renders <acme-rating-scale>', async () => {
    defineElements({ prefix: 'acme' });
    const el = await fixture<ReviewForm>(html`<acme-review-form .data=${formData()}></acme-review-form>`);
    expect(el).to.be.instanceOf(ReviewForm);
    const inner = el.shadowRoot!.querySelector('#input-q-ir')!;
    expect(inner.localName).to.equal('acme-rating-scale');
    expect(inner).to.be.instanceOf(RatingScale);
    expect(inner.shadowRoot!.querySelectorAll('[role="radio"]')).to.have.length(4);
    // The default registration still renders its own tag.
    const plain = await fixture<ReviewForm>(html`<review-form .data=${formData()}></review-form>`);
    expect(plain.shadowRoot!.querySelector('#input-q-ir')!.localName).to.equal('rating-scale');
  });

  it('a second "version" in a scoped registry uses the default tags without clashing, and works', async () => {
    const registry = new CustomElementRegistry();
    defineElements({ registry });
    const root = scopedHost(registry, 'review-form');
    const el = root.querySelector('review-form') as ReviewForm;
    expect(el).to.be.instanceOf(ReviewForm);
    expect(el.constructor).not.to.equal(customElements.get('review-form'));
    el.data = formData();
    await el.updateComplete;
    const inner = el.shadowRoot!.querySelector('#input-q-ir') as RatingScale;
    expect(inner).to.be.instanceOf(RatingScale);
    await inner.updateComplete;
    inner.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')[2]!.click();
    expect(el.value).to.deep.equal([{ questionId: 'q-ir', level: 2 }]);
    root.host.remove();
  });

  it('a prefixed registration can also live in a scoped registry', async () => {
    const registry = new CustomElementRegistry();
    expect(defineElements({ registry, prefix: 'v2' })).to.include({ 'review-form': 'v2-review-form' });
    const root = scopedHost(registry, 'v2-review-form');
    const el = root.querySelector('v2-review-form') as ReviewForm;
    el.data = formData();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#input-q-ir')!.localName).to.equal('v2-rating-scale');
    expect(el.shadowRoot!.querySelector('#input-q-ir')).to.be.instanceOf(RatingScale);
    root.host.remove();
  });
});
