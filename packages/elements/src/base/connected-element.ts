import { consume } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import type { Client } from '@evident/sdk';
import { clientContext } from './client-context.js';
import { EvidentElement } from './evident-element.js';

/**
 * Base of an element that can load through the SDK: takes the client from the nearest
 * `<evident-provider>` (across shadow roots) unless its own `.client` property is set.
 */
export class ConnectedElement extends EvidentElement {
  /** An SDK client to use instead of the one an ancestor `<evident-provider>` provides. */
  @property({ attribute: false }) client?: Client;

  @consume({ context: clientContext, subscribe: true })
  @state()
  protected providedClient?: Client;

  /** The client in effect: `.client`, else the provider's, else none (controlled mode only). */
  protected get activeClient(): Client | undefined {
    return this.client ?? this.providedClient;
  }
}
