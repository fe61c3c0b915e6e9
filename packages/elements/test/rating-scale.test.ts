import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineElements } from '../src/define.js';
import type { RatingScale } from '../src/rating-scale/rating-scale.js';
import { scale } from './support/data.js';

defineElements();

const radios = (el: RatingScale) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')];
const checked = (el: RatingScale) => radios(el).findIndex((r) => r.getAttribute('aria-checked') === 'true');
const focused = (el: RatingScale) => radios(el).indexOf(el.shadowRoot!.activeElement as HTMLElement);

async function form(template = html`<rating-scale name="level" .levels=${scale}></rating-scale>`) {
  const f = await fixture<HTMLFormElement>(html`<form>${template}</form>`);
  const el = f.querySelector('rating-scale')!;
  await el.updateComplete;
  return { form: f, el };
}

describe('<rating-scale>', () => {
  it('shows every level with its label and the competency descriptor, falling back to the scale', async () => {
    const el = await fixture<RatingScale>(html`<rating-scale label="Incident response" .levels=${scale} .descriptors=${[{ level: 2, text: 'Runs the playbook.' }]}></rating-scale>`);
    const options = radios(el);
    expect(options).to.have.length(4);
    expect(options[2]!.textContent).to.contain('Practitioner').and.contain('Runs the playbook.');
    expect(options[2]!.textContent).not.to.contain('Applies it with guidance.');
    expect(options[3]!.textContent).to.contain('Applies it alone and teaches others.');
    expect(el.shadowRoot!.querySelector('[role="radiogroup"]')!.getAttribute('aria-labelledby')).to.equal('label');
  });

  it('submits the chosen level in FormData and fires input, change and rating-change on click', async () => {
    const { form: f, el } = await form();
    expect(new FormData(f).has('level')).to.equal(false);
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push('input'));
    el.addEventListener('change', () => seen.push('change'));
    const event = oneEvent(el, 'rating-change');
    radios(el)[2]!.click();
    const { detail } = await event;
    expect(detail).to.deep.equal({ value: 2, previous: null });
    expect(seen).to.deep.equal(['input', 'change']);
    await el.updateComplete;
    expect(new FormData(f).get('level')).to.equal('2');
    expect(checked(el)).to.equal(2);
  });

  it('form reset returns to the value attribute', async () => {
    const { form: f, el } = await form(html`<rating-scale name="level" value="1" .levels=${scale}></rating-scale>`);
    radios(el)[3]!.click();
    await el.updateComplete;
    expect(new FormData(f).get('level')).to.equal('3');
    f.reset();
    await el.updateComplete;
    expect(el.value).to.equal(1);
    expect(new FormData(f).get('level')).to.equal('1');
  });

  it('a disabled fieldset disables it: not focusable, not submitted, clicks ignored', async () => {
    const f = await fixture<HTMLFormElement>(html`<form><fieldset disabled><rating-scale name="level" value="1" .levels=${scale}></rating-scale></fieldset></form>`);
    const el = f.querySelector('rating-scale')!;
    await el.updateComplete;
    expect(radios(el).every((r) => r.tabIndex === -1)).to.equal(true);
    expect(el.shadowRoot!.querySelector('[role="radiogroup"]')!.getAttribute('aria-disabled')).to.equal('true');
    radios(el)[3]!.click();
    expect(el.value).to.equal(1);
    expect(new FormData(f).has('level')).to.equal(false);
    f.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(new FormData(f).get('level')).to.equal('1');
  });

  it('required: invalid with a useful message shown next to it after a failed submit', async () => {
    const { form: f, el } = await form(html`<rating-scale name="level" required label="Incident response" .levels=${scale}></rating-scale>`);
    expect(f.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Choose a level for “Incident response”.');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('Choose a level for');
    expect(el.shadowRoot!.querySelector('[role="radiogroup"]')!.getAttribute('aria-invalid')).to.equal('true');
    radios(el)[1]!.click();
    await el.updateComplete;
    expect(f.checkValidity()).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
  });

  it('setCustomValidity: invalid with that message, shown at once, kept across a change until cleared', async () => {
    const { form: f, el } = await form(html`<rating-scale name="level" label="Incident response" .levels=${scale} value="2"></rating-scale>`);
    const message = () => el.shadowRoot!.querySelector('[part="message"]')?.textContent;
    el.setCustomValidity('Level 2 is above what your role may assess');
    await el.updateComplete;
    expect(f.checkValidity()).to.equal(false);
    expect(el.validity.customError).to.equal(true);
    expect(message()).to.equal('Level 2 is above what your role may assess');
    expect(el.shadowRoot!.querySelector('[role="radiogroup"]')!.getAttribute('aria-invalid')).to.equal('true');
    radios(el)[1]!.click();
    await el.updateComplete;
    expect(el.validity.customError).to.equal(true, 'like an input: a custom error stays until cleared');
    expect(message()).to.equal('Level 2 is above what your role may assess');
    expect(new FormData(f).get('level')).to.equal('1');
    el.setCustomValidity('');
    await el.updateComplete;
    expect(f.checkValidity()).to.equal(true);
    expect(message()).to.equal(undefined);
  });

  it('setCustomValidity works on an element not yet in the page, and shows once it is', async () => {
    const el = document.createElement('rating-scale');
    el.levels = scale;
    el.setCustomValidity('Ask your people lead first');
    expect(el.validity.customError).to.equal(true);
    const { form: f } = await form(html`${el}`);
    expect(f.checkValidity()).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.equal('Ask your people lead first');
  });

  it('restores its state through formStateRestoreCallback (history navigation)', async () => {
    const { el } = await form();
    el.formStateRestoreCallback('3');
    await el.updateComplete;
    expect(checked(el)).to.equal(3);
  });

  it('keyboard: arrows move and select (wrapping), Home / End, Space selects, one tab stop', async () => {
    const { el } = await form(html`<rating-scale name="level" .levels=${scale}></rating-scale>`);
    expect(radios(el).map((r) => r.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    el.focus();
    await sendKeys({ press: 'Space' });
    expect(el.value).to.equal(0);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal(2);
    expect(focused(el)).to.equal(2);
    await sendKeys({ press: 'End' });
    expect(el.value).to.equal(3);
    await sendKeys({ press: 'ArrowRight' });
    expect(el.value).to.equal(0); // wraps
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.value).to.equal(3);
    await sendKeys({ press: 'Home' });
    expect(el.value).to.equal(0);
    await el.updateComplete;
    expect(radios(el).map((r) => r.tabIndex)).to.deep.equal([0, -1, -1, -1]);
  });

  it('keyboard in right-to-left: ArrowLeft moves to the next level', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><rating-scale value="1" .levels=${scale}></rating-scale></div>`);
    const el = wrapper.querySelector('rating-scale')!;
    await el.updateComplete;
    el.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.value).to.equal(2);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(el.value).to.equal(0);
  });

  it('readonly: focus moves with the arrows but the value stays', async () => {
    const el = await fixture<RatingScale>(html`<rating-scale readonly value="2" .levels=${scale}></rating-scale>`);
    el.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.value).to.equal(2);
    expect(focused(el)).to.equal(3);
    radios(el)[0]!.click();
    expect(el.value).to.equal(2);
  });

  it('a <label for> names the group and a click on it focuses the chosen level', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><label for="r">Threat modelling</label><rating-scale id="r" value="2" .levels=${scale}></rating-scale></div>`);
    const el = wrapper.querySelector('rating-scale')!;
    await el.updateComplete;
    expect(el.labels).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[role="radiogroup"]')!.getAttribute('aria-label')).to.equal('Threat modelling');
    wrapper.querySelector('label')!.click();
    expect(focused(el)).to.equal(2);
  });

  it('has no axe violations, light and dark', async () => {
    const light = await fixture<RatingScale>(html`<rating-scale label="Incident response" required value="1" .levels=${scale}></rating-scale>`);
    await expect(light).to.be.accessible();
    const dark = await fixture<HTMLDivElement>(html`<div style="background:#16181d"><rating-scale theme="dark" label="Incident response" value="2" .levels=${scale}></rating-scale></div>`);
    await expect(dark).to.be.accessible();
  });
});
