import { expect, fixture, html } from '@open-wc/testing';

// Proves the harness itself: a real Chromium with ElementInternals and form association.
describe('browser harness', () => {
  it('runs in a Chromium with form-associated custom elements', async () => {
    class Probe extends HTMLElement {
      static formAssociated = true;
      internals = this.attachInternals();
      connectedCallback() {
        this.internals.setFormValue('42');
      }
    }
    customElements.define('harness-probe', Probe);
    const form = await fixture<HTMLFormElement>(html`<form><harness-probe name="answer"></harness-probe></form>`);
    expect(new FormData(form).get('answer')).to.equal('42');
  });
});
