import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import type { RatingLevel, RatingScale } from '@evident/elements';
import { accessControls, communication, scaleLevels } from './fixtures/framework.js';

interface Args {
  label: string;
  value: number | null;
  name: string;
  required: boolean;
  readonly: boolean;
  disabled: boolean;
  density?: 'compact' | 'comfortable';
  levels: RatingLevel[];
  descriptors: { level: number; text: string }[];
}

/** `tag` lets the white-label story render the Acme-prefixed copy with the same arguments. */
const renderScale = (args: Args, tag: 'rating-scale' | 'acme-rating-scale' = 'rating-scale') =>
  tag === 'rating-scale'
    ? html`<rating-scale
        label=${args.label}
        name=${args.name}
        density=${args.density ?? nothing}
        .value=${args.value}
        .levels=${args.levels}
        .descriptors=${args.descriptors}
        ?required=${args.required}
        ?readonly=${args.readonly}
        ?disabled=${args.disabled}
      ></rating-scale>`
    : html`<acme-rating-scale
        label=${args.label}
        name=${args.name}
        .value=${args.value}
        .levels=${args.levels}
        .descriptors=${args.descriptors}
        ?required=${args.required}
      ></acme-rating-scale>`;

/**
 * A proficiency rating for one competency: one radio per level, each with what the level means
 * for this competency (here NIST NICE *Access Controls*). Arrow keys move and choose.
 */
const meta: Meta<Args> = {
  title: 'Elements/Rating scale',
  component: 'rating-scale',
  decorators: [withActions],
  parameters: { actions: { handles: ['rating-change', 'change', 'input'] } },
  args: {
    label: accessControls.name,
    value: 2,
    name: 'access-controls',
    required: false,
    readonly: false,
    disabled: false,
    levels: scaleLevels,
    descriptors: accessControls.descriptors,
  },
  render: (args) => renderScale(args),
};
export default meta;

type Story = StoryObj<Args>;

export const Chosen: Story = {};

export const NothingChosenYet: Story = { args: { value: null, required: true } };

export const ReadOnly: Story = { args: { readonly: true, value: 3 } };

export const Disabled: Story = { args: { disabled: true } };

export const Compact: Story = { args: { density: 'compact' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const German: Story = { globals: { locale: 'de' }, args: { value: null, required: true } };

export const RightToLeft: Story = { globals: { dir: 'rtl' } };

/** FT's *Communication* theme: long behavioural descriptors wrap inside each level. */
export const LongDescriptors: Story = { args: { label: communication.name, descriptors: communication.descriptors, value: 1 } };

/** The white-label copy: `defineElements({ prefix: 'acme' })` and the Acme theme from docs/theming.md. */
export const WhiteLabel: Story = { globals: { theme: 'acme' }, render: (args) => renderScale(args, 'acme-rating-scale') };

/** Inside a native form: `required` blocks submit and the message appears next to the field. */
export const InAForm: Story = {
  args: { value: null, required: true },
  render: (args) => html`<form @submit=${(e: Event) => e.preventDefault()}>
    ${renderScale(args)}
    <button type="submit">Save rating</button>
  </form>`,
};

/**
 * `setCustomValidity(message)`, as on an input: a rule of the page or the server's answer. The
 * message shows next to the field at once and stays until cleared with `''`.
 */
export const RefusedLevel: Story = {
  args: { value: 4 },
  render: (args) => html`<rating-scale
    label=${args.label}
    name=${args.name}
    .value=${args.value}
    .levels=${args.levels}
    .descriptors=${args.descriptors}
    ${ref((el) => (el as RatingScale | undefined)?.setCustomValidity('Level 4 needs a second assessor; choose up to 3 or ask your people lead.'))}
  ></rating-scale>`,
};
