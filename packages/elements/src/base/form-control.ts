import type { LitElement } from 'lit';

// TypeScript requires `any[]` constructor arguments for a mixin's base.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = new (...args: any[]) => T;

/** What `FormControl` adds, declared apart so that declaration files can name it (Lit's mixin pattern). */
export declare class FormControlInterface {
  protected readonly internals: ElementInternals;
  get form(): HTMLFormElement | null;
  get validity(): ValidityState;
  get validationMessage(): string;
  get willValidate(): boolean;
  get labels(): NodeList;
  checkValidity(): boolean;
  reportValidity(): boolean;
}

/**
 * Makes an element a form control through ElementInternals: it joins its `<form>`, submits a value,
 * has validity, and answers `<label for>`. The element sets its value and validity through
 * `this.internals` and implements the form callbacks it needs (reset, disabled, state restore).
 */
export const FormControl = <T extends Constructor<LitElement>>(Base: T) => {
  class FormControlElement extends Base {
    static formAssociated = true;

    /** The element's ElementInternals: `setFormValue`, `setValidity`. */
    protected readonly internals: ElementInternals = this.attachInternals();

    /** The form this element belongs to. */
    get form(): HTMLFormElement | null {
      return this.internals.form;
    }
    /** The validity state of the current value. */
    get validity(): ValidityState {
      return this.internals.validity;
    }
    /** The localised message of the current validity problem, or empty. */
    get validationMessage(): string {
      return this.internals.validationMessage;
    }
    /** False when disabled (then it is neither validated nor submitted). */
    get willValidate(): boolean {
      return this.internals.willValidate;
    }
    /** The `<label>` elements that name this element. */
    get labels(): NodeList {
      return this.internals.labels;
    }
    /** True when valid; otherwise fires `invalid`. */
    checkValidity(): boolean {
      return this.internals.checkValidity();
    }
    /** Like `checkValidity()`, and also lets the browser show its message. */
    reportValidity(): boolean {
      return this.internals.reportValidity();
    }
  }
  return FormControlElement as unknown as Constructor<FormControlInterface> & { formAssociated: boolean } & T;
};
