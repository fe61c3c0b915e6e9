import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import type { ChainVerification, Evidence } from '@evident/contract';
import type { Client } from '@evident/sdk';
import { actors, broken, hugeTrail, now, trail, verified } from './fixtures/organisation.js';
import { failingClient, pendingClient } from './support/fake-api.js';

interface Args {
  data?: Evidence[];
  client?: Client;
  verification?: ChainVerification | null;
  clause?: string;
  density?: 'compact' | 'comfortable';
}

const render = (args: Args) =>
  html`<evidence-timeline
    label="Evidence trail"
    time-zone="Europe/Berlin"
    clause=${args.clause ?? nothing}
    density=${args.density ?? nothing}
    .data=${args.data}
    .client=${args.client}
    .verification=${args.verification}
    .actors=${actors}
    .now=${now}
  ></evidence-timeline>`;

/**
 * The append-only, hash-chained evidence trail an auditor samples (ISO 27001 7.2 d, 9.1): newest
 * first, grouped by day, filtered by type and clause, with the chain's verification badge.
 */
const meta: Meta<Args> = {
  title: 'Elements/Evidence timeline',
  component: 'evidence-timeline',
  decorators: [withActions],
  parameters: { actions: { handles: ['evidence-open'] } },
  args: { data: trail, verification: verified },
  render,
};
export default meta;

type Story = StoryObj<Args>;

export const Verified: Story = {};

/** A tampered event: the badge says where the chain breaks. */
export const BrokenChain: Story = { args: { verification: broken } };

export const Clause93Only: Story = { args: { clause: '9.3' } };

/** 100,000 events, virtualised. */
export const LargeOrganisation: Story = {
  render: (args) => render({ ...args, data: hugeTrail(), verification: { ...verified, checked: hugeTrail().length, headHash: hugeTrail()[0]!.hash } }),
};

export const Empty: Story = { args: { data: [], verification: null } };

export const Loading: Story = { args: { data: undefined, verification: undefined, client: pendingClient() } };

export const LoadError: Story = { args: { data: undefined, verification: null, client: failingClient(401, 'Unauthorized') } };

export const Compact: Story = { args: { density: 'compact' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const German: Story = { globals: { locale: 'de' } };

export const RightToLeft: Story = { globals: { dir: 'rtl' } };

export const WhiteLabel: Story = {
  globals: { theme: 'acme' },
  render: (args) => html`<acme-evidence-timeline label="Evidence trail" time-zone="Europe/Berlin" .data=${args.data} .verification=${args.verification} .actors=${actors} .now=${now}></acme-evidence-timeline>`,
};
