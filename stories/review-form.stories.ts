import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import type { Client } from '@evident/sdk';
import type { ReviewFormData } from '@evident/elements';
import { blankReview, draftReview, signedReview, submittedReview } from './fixtures/review.js';
import { reviewClient } from './fixtures/review-api.js';
import { failingClient, pendingClient } from './support/fake-api.js';
import { untilInShadow } from './support/play.js';

interface Args {
  data?: ReviewFormData;
  client?: Client;
  'review-id'?: string;
  disabled: boolean;
  density?: 'compact' | 'comfortable';
}

const render = (args: Args) =>
  html`<review-form
    name="review"
    density=${args.density ?? nothing}
    review-id=${args['review-id'] ?? nothing}
    .data=${args.data}
    .client=${args.client}
    ?disabled=${args.disabled}
  ></review-form>`;

/**
 * A competency review: NICE competency areas and FT engineering behaviours rated on the scale
 * (each level with its behavioural descriptor), free text and goals. Drafts are kept on the device
 * and, connected, saved to the server; a stale save opens a merge instead of overwriting.
 */
const meta: Meta<Args> = {
  title: 'Elements/Review form',
  component: 'review-form',
  decorators: [withActions],
  parameters: { actions: { handles: ['review-save', 'review-submit', 'review-conflict', 'change'] } },
  args: { data: draftReview, disabled: false },
  render,
};
export default meta;

type Story = StoryObj<Args>;

export const Draft: Story = {};

export const NewReview: Story = { args: { data: blankReview } };

/** After submit: every answer is shown, nothing can change. */
export const ReadOnlySubmitted: Story = { args: { data: submittedReview } };

export const Signed: Story = { args: { data: signedReview } };

export const Disabled: Story = { args: { disabled: true } };

/** Submit pressed too early: the summary lists what is missing and each field says why. */
export const MissingAnswers: Story = {
  args: { data: blankReview },
  play: async ({ canvasElement }) => {
    const submit = await untilInShadow<HTMLButtonElement>(canvasElement, ['review-form', '[part~="submit"]']);
    submit.click();
    await untilInShadow(canvasElement, ['review-form', '[part~="summary"]']);
  },
};

export const Loading: Story = { args: { data: undefined, client: pendingClient(), 'review-id': 'rev.loading' } };

export const LoadError: Story = { args: { data: undefined, client: failingClient(403, 'Forbidden'), 'review-id': 'rev.forbidden' } };

/** Connected, and someone else saved first: the 412 opens the merge panel. */
export const SaveConflict: Story = {
  args: { data: undefined, client: reviewClient('rev.conflict', { conflictOnSave: true }), 'review-id': 'rev.conflict' },
  play: async ({ canvasElement }) => {
    const option = await untilInShadow<HTMLElement>(canvasElement, ['review-form', 'rating-scale', '[role="radio"][data-level="3"]']);
    option.click();
    await untilInShadow(canvasElement, ['review-form', '[part~="conflict"]'], 6_000);
  },
};

export const Compact: Story = { args: { density: 'compact' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const German: Story = { globals: { locale: 'de' } };

export const GermanSubmitted: Story = { globals: { locale: 'de' }, args: { data: submittedReview } };

export const RightToLeft: Story = { globals: { dir: 'rtl' } };

/** `<acme-review-form>` with the Acme theme: a vendor's own tag and brand. */
export const WhiteLabel: Story = {
  globals: { theme: 'acme' },
  render: (args) => html`<acme-review-form name="review" .data=${args.data}></acme-review-form>`,
};
