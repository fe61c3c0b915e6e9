import { createContext } from '@lit/context';
import type { Client } from '@evident/sdk';

/**
 * The SDK client an `<evident-provider>` gives to every element below it, across shadow roots.
 * A Symbol key, so two copies (versions) of the library on one page never share a provider by accident.
 */
export const clientContext = createContext<Client | undefined>(Symbol('evident.client'));
