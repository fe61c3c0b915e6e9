import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { defineElements } from '../src/define.js';
import type { ReviewForm } from '../src/review-form/review-form.js';
import { formData, rating, submitButton } from './support/review-form.js';

defineElements();

const token = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(`--_ev-${name}`).trim();

async function loadTheme(): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('../themes/acme.css', import.meta.url).href;
  const loaded = new Promise((resolve, reject) => ((link.onload = resolve), (link.onerror = reject)));
  document.head.append(link);
  await loaded;
}

describe('theming', () => {
  before(loadTheme);
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('the Acme theme re-brands the form and the rating inside its shadow root', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="acme-theme"><review-form .data=${formData()}></review-form></div>`);
    const el = wrapper.querySelector('review-form')!;
    await el.updateComplete;
    expect(token(el, 'accent')).to.equal('#a4006e');
    expect(token(rating(el), 'accent')).to.equal('#a4006e');
    expect(getComputedStyle(el).fontFamily).to.contain('Palatino');
    expect(getComputedStyle(el).getPropertyValue('--_ev-radius').trim()).to.equal('1.25rem');
    expect(getComputedStyle(submitButton(el)).textTransform).to.equal('uppercase');
    expect(getComputedStyle(submitButton(el)).backgroundColor).to.equal('rgb(164, 0, 110)');
    await expect(wrapper).to.be.accessible();
  });

  it('the default look is different from Acme', async () => {
    const el = await fixture<ReviewForm>(html`<review-form .data=${formData()}></review-form>`);
    expect(token(el, 'accent')).to.equal('#0b57d0');
    expect(getComputedStyle(submitButton(el)).textTransform).to.equal('none');
  });

  it('follows prefers-color-scheme, and theme="light" wins over a dark preference for everything inside', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <review-form id="auto" .data=${formData()}></review-form>
      <review-form id="light" theme="light" .data=${formData()}></review-form>
    </div>`);
    const auto = wrapper.querySelector<ReviewForm>('#auto')!;
    const light = wrapper.querySelector<ReviewForm>('#light')!;
    await light.updateComplete;
    expect(token(auto, 'surface')).to.equal('#16181d');
    expect(token(light, 'surface')).to.equal('#ffffff');
    expect(token(rating(light), 'surface')).to.equal('#ffffff');
    expect(getComputedStyle(auto).colorScheme).to.equal('dark');
    await expect(auto).to.be.accessible();
  });

  it('density="compact" tightens spacing for the nested elements too', async () => {
    const el = await fixture<ReviewForm>(html`<review-form density="compact" .data=${formData()}></review-form>`);
    await waitUntil(() => rating(el));
    expect(token(el, 'space')).to.equal('0.3rem');
    expect(token(rating(el), 'space')).to.equal('0.3rem');
  });
});
