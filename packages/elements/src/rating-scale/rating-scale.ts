import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { EvidentElement } from '../base/evident-element.js';
import { FormControl } from '../base/form-control.js';
import { ratingScaleStyles } from './rating-scale.styles.js';

/** One level of a proficiency scale (the contract's `ScaleLevel`). */
export interface RatingLevel {
  level: number;
  label: string;
  /** The scale's generic description of the level. */
  descriptor?: string;
}

/** What a person shows at one level of a specific competency (the contract's `LevelDescriptor`). */
export interface LevelText {
  level: number;
  text: string;
}

export interface RatingChangeDetail {
  value: number | null;
  previous: number | null;
}

const toLevel = (raw: string | null): number | null => (raw === null || raw.trim() === '' || !Number.isFinite(Number(raw)) ? null : Number(raw));

/**
 * A form-associated proficiency rating: one radio per level of a scale, each showing the level's
 * behavioural descriptor. Works in `<form>`, with `<label for>`, `required`, a disabled `<fieldset>`,
 * form reset and history state restore. WAI-ARIA radio group keyboard pattern (arrows follow `dir`).
 *
 * @summary Choose a proficiency level, with what each level means.
 * @fires input - The person chose a level (bubbles, composed).
 * @fires change - The person chose a level (bubbles).
 * @fires rating-change - `{ value, previous }` after the person chose a level.
 * @csspart label - The visible label (when `label` is set).
 * @csspart group - The radio group container.
 * @csspart option - One level; also `option-checked` on the chosen one.
 * @csspart option-checked - The chosen level.
 * @csspart indicator - The radio circle of a level.
 * @csspart level-label - A level's number and name.
 * @csspart descriptor - A level's behavioural descriptor.
 * @csspart message - The validation message, shown after a failed submit.
 * @cssprop --ev-level-0 - Colour of level 0's swatch (likewise --ev-level-1 … --ev-level-5; higher levels use --ev-accent).
 */
export class RatingScale extends FormControl(EvidentElement) {
  static override defaultTag = 'rating-scale';
  static override styles = [EvidentElement.styles, ratingScaleStyles];

  /** Focusing the element (a `<label>` click, a form's "first invalid field") focuses its current radio. */
  static override shadowRootOptions: ShadowRootInit = { ...EvidentElement.shadowRootOptions, delegatesFocus: true };

  /** The chosen level, or `null`. The `value` attribute is the initial value that form reset returns to. */
  @property({ converter: { fromAttribute: toLevel } }) value: number | null = null;

  /** The form field name; the submitted value is the level number. Reflected: forms read the attribute, and frameworks set the property. */
  @property({ reflect: true }) name = '';

  /** A level must be chosen for the form to be valid. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Not focusable, not submitted. A disabled `<fieldset>` around it has the same effect. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Shown and submitted, but not changeable. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** The scale: its levels in ascending order. */
  @property({ attribute: false }) levels: RatingLevel[] = [];

  /** Behavioural text per level for one competency; a level without one shows the scale's descriptor. */
  @property({ attribute: false }) descriptors: LevelText[] = [];

  /** Visible label. Without it, name the element with `<label for>` or `aria-label`. */
  @property() label = '';

  @state() private formDisabled = false;
  @state() private showValidity = false;
  @state() private focusIndex = -1;


  constructor() {
    super();
    // After a failed submit, show the message next to the field.
    this.addEventListener('invalid', () => (this.showValidity = true));
    // A click on a `<label for>` lands on the host itself: move focus into the group.
    this.addEventListener('click', (event) => {
      if (event.composedPath()[0] === this) this.focus();
    });
  }

  /** Focuses the chosen level, or the first one. */
  override focus(options?: FocusOptions): void {
    this.focusTarget?.focus(options);
  }

  /** The radio that takes focus (the chosen level, else the first); undefined before the first render. */
  get focusTarget(): HTMLElement | undefined {
    return this.#radios()[this.#tabIndexTarget()];
  }

  #customMessage = '';

  /**
   * Like an input's: a non-empty message makes the field invalid (`customError`) and, unlike an
   * input, shows it next to the field at once: it is usually an answer from elsewhere, such as the
   * server refusing the level. An empty string clears it.
   */
  setCustomValidity(message: string): void {
    if (message === this.#customMessage) return;
    this.#customMessage = message;
    this.#syncValidity();
    // Shown at once; once cleared, messages wait for the next failed submit again.
    this.showValidity = !!message;
    this.requestUpdate();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formResetCallback(): void {
    this.value = toLevel(this.getAttribute('value'));
    this.showValidity = false;
  }

  formStateRestoreCallback(restored: string | File | FormData | null): void {
    this.value = typeof restored === 'string' ? toLevel(restored) : null;
  }

  get #inert(): boolean {
    return this.disabled || this.formDisabled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') && this.value !== null && !this.#customMessage) this.showValidity = false;
  }

  protected override updated(): void {
    const current = this.value === null ? null : String(this.value);
    this.internals.setFormValue(current, current);
    this.#syncValidity();
  }

  #syncValidity(): void {
    const missing = this.required && this.value === null && !this.#inert;
    const message = this.label
      ? msg(str`Choose a level for “${this.label}”.`, { id: 'rating-missing-named' })
      : msg('Choose a level.', { id: 'rating-missing' });
    const anchor = this.#radios()[this.#tabIndexTarget()];
    if (this.#customMessage && !this.#inert) this.internals.setValidity({ customError: true }, this.#customMessage, anchor);
    else if (missing) this.internals.setValidity({ valueMissing: true }, message, anchor);
    else this.internals.setValidity({});
  }

  #radios(): HTMLElement[] {
    // No render root before the first connect (e.g. setCustomValidity on a new element).
    return [...(this.renderRoot?.querySelectorAll<HTMLElement>('[role="radio"]') ?? [])];
  }

  /** Roving tabindex: the chosen level, else the one last focused, else the first. */
  #tabIndexTarget(): number {
    const chosen = this.levels.findIndex((l) => l.level === this.value);
    return chosen >= 0 ? chosen : Math.max(0, this.focusIndex);
  }

  #choose(index: number): void {
    const level = this.levels[index];
    if (!level || this.#inert || this.readonly) return;
    this.focusIndex = index;
    if (level.level === this.value) return;
    const previous = this.value;
    this.value = level.level;
    this.emitNative('input');
    this.emitNative('change');
    this.emit('rating-change', { value: level.level, previous });
  }

  #move(index: number): void {
    const count = this.levels.length;
    if (!count) return;
    const next = (index + count) % count;
    this.focusIndex = next;
    if (this.readonly) this.requestUpdate();
    else this.#choose(next);
    this.updateComplete.then(() => this.#radios()[next]?.focus());
  }

  #onKeydown(event: KeyboardEvent, index: number): void {
    const forward = this.locale.rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = this.locale.rtl ? 'ArrowRight' : 'ArrowLeft';
    const moves: Record<string, number> = { [forward]: index + 1, ArrowDown: index + 1, [back]: index - 1, ArrowUp: index - 1, Home: 0, End: this.levels.length - 1 };
    const to = moves[event.key];
    if (to !== undefined) this.#move(to);
    else if (event.key === ' ') this.#choose(index);
    else return;
    event.preventDefault();
  }

  protected override render() {
    const tabTarget = this.#tabIndexTarget();
    const invalid = this.showValidity && !this.validity.valid;
    const labelText = this.label || [...this.internals.labels].map((l) => l.textContent?.trim()).join(' ');
    return html`
      ${this.label ? html`<div id="label" part="label" class="label">${this.label}${this.required && !this.readonly ? html`<span aria-hidden="true"> *</span>` : nothing}</div>` : nothing}
      <div
        part="group"
        class="group"
        role="radiogroup"
        aria-label=${!this.label && labelText ? labelText : nothing}
        aria-labelledby=${this.label ? 'label' : nothing}
        aria-describedby=${invalid ? 'message' : nothing}
        aria-required=${this.required ? 'true' : 'false'}
        aria-disabled=${this.#inert ? 'true' : 'false'}
        aria-readonly=${this.readonly ? 'true' : 'false'}
        aria-invalid=${invalid ? 'true' : 'false'}
      >
        ${this.levels.map((level, index) => {
          const checked = level.level === this.value;
          const descriptor = this.descriptors.find((d) => d.level === level.level)?.text ?? level.descriptor ?? '';
          return html`<div
            part=${checked ? 'option option-checked' : 'option'}
            class="option"
            role="radio"
            data-level=${Math.min(level.level, 6)}
            aria-checked=${checked ? 'true' : 'false'}
            aria-describedby=${descriptor ? `descriptor-${index}` : nothing}
            tabindex=${this.#inert ? -1 : index === tabTarget ? 0 : -1}
            @click=${() => this.#choose(index)}
            @keydown=${(e: KeyboardEvent) => this.#onKeydown(e, index)}
          >
            <span part="indicator" class="indicator" aria-hidden="true"></span>
            <span part="level-label" class="level-label"><span class="number">${this.locale.formatNumber(level.level)}</span> ${level.label}</span>
            ${descriptor ? html`<span part="descriptor" class="descriptor" id="descriptor-${index}">${descriptor}</span>` : nothing}
          </div>`;
        })}
      </div>
      ${invalid ? html`<div id="message" part="message" class="message">${this.validationMessage}</div>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rating-scale': RatingScale;
  }
  interface HTMLElementEventMap {
    'rating-change': CustomEvent<RatingChangeDetail>;
  }
}
