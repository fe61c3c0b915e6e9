import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import type { Matrix } from '@evident/contract';
import type { Client } from '@evident/sdk';
import { emptyMatrix, largeMatrix, teamMatrix } from './fixtures/organisation.js';
import { failingClient, pendingClient } from './support/fake-api.js';

interface Args {
  data?: Matrix;
  client?: Client;
  team?: string;
  sort?: 'name' | 'gap';
  'group-by'?: 'area' | 'none';
  density?: 'compact' | 'comfortable';
  label?: string;
}

const render = (args: Args) =>
  html`<competency-matrix
    label=${args.label ?? 'Security engineering matrix'}
    team=${args.team ?? nothing}
    sort=${args.sort ?? nothing}
    group-by=${args['group-by'] ?? nothing}
    density=${args.density ?? nothing}
    .data=${args.data}
    .client=${args.client}
  ></competency-matrix>`;

/**
 * People x competencies: assessed against required level, gaps marked by shape and text as well
 * as colour. Keyboard: arrows, Home / End, PageUp / PageDown; Enter chooses a cell.
 */
const meta: Meta<Args> = {
  title: 'Elements/Competency matrix',
  component: 'competency-matrix',
  decorators: [withActions],
  parameters: { actions: { handles: ['competency-select'] } },
  args: { data: teamMatrix },
  render,
};
export default meta;

type Story = StoryObj<Args>;

export const Team: Story = {};

export const SortedByGap: Story = { args: { sort: 'gap' } };

export const Ungrouped: Story = { args: { 'group-by': 'none' } };

export const OneTeam: Story = { args: { team: teamMatrix.rows[0]!.person.team } };

/** 1,000 people x 60 competencies: rows are virtualised. */
export const LargeOrganisation: Story = { render: (args) => render({ ...args, data: largeMatrix() }) };

export const Empty: Story = { args: { data: emptyMatrix } };

export const Loading: Story = { args: { data: undefined, client: pendingClient() } };

export const LoadError: Story = { args: { data: undefined, client: failingClient(503, 'Service Unavailable') } };

export const Compact: Story = { args: { density: 'compact' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const German: Story = { globals: { locale: 'de' } };

export const RightToLeft: Story = { globals: { dir: 'rtl' } };

export const WhiteLabel: Story = {
  globals: { theme: 'acme' },
  render: (args) => html`<acme-competency-matrix label="Security engineering matrix" .data=${args.data}></acme-competency-matrix>`,
};
