import { html, css, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { createClient, type Client } from '@evident/sdk';
import { clientContext } from '../base/client-context.js';
import { EvidentElement } from '../base/evident-element.js';

/**
 * Gives every Evident element inside it (light DOM and nested shadow roots) an SDK client.
 * Set `base-url` with `token` or `.getToken`, or hand it a ready `.client`.
 * `theme` and `density` set here apply to every element inside.
 *
 * @summary Connects the elements inside it to an Evident server.
 * @slot - The elements (and any other content) that use this connection.
 */
export class EvidentProvider extends EvidentElement {
  static override defaultTag = 'evident-provider';
  static override styles = [EvidentElement.styles, css`:host { display: contents; }`];

  /** Where the API lives, e.g. `https://evident.example.com` or `/api`. */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /** A bearer token sent with every request. Changing it takes effect on the next request. */
  @property() token?: string;

  /** Called before every request to get a fresh token; wins over `token`. */
  @property({ attribute: false }) getToken?: () => string | undefined | Promise<string | undefined>;

  /** A `fetch` to use instead of the global one (e.g. to add tenant headers). */
  @property({ attribute: false }) fetch?: typeof fetch;

  /** A ready SDK client; wins over `base-url`. */
  @property({ attribute: false }) client?: Client;

  @provide({ context: clientContext })
  @state()
  protected provided?: Client;

  #created?: { baseUrl: string; fetch: typeof fetch | undefined; client: Client };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') || changed.has('baseUrl') || changed.has('fetch')) this.provided = this.client ?? this.#fromBaseUrl();
  }

  /** One client per base URL and fetch; token changes are read per request, so ETags survive them. */
  #fromBaseUrl(): Client | undefined {
    if (!this.baseUrl) return undefined;
    if (this.#created?.baseUrl !== this.baseUrl || this.#created.fetch !== this.fetch) {
      const client = createClient({
        baseUrl: this.baseUrl,
        getToken: () => (this.getToken ? this.getToken() : this.token),
        ...(this.fetch ? { fetch: this.fetch } : {}),
      });
      this.#created = { baseUrl: this.baseUrl, fetch: this.fetch, client };
    }
    return this.#created.client;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'evident-provider': EvidentProvider;
  }
}
