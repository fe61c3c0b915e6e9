import { msg } from '@lit/localize';
import { ApiError, ContractError } from '@evident/sdk';

/** True for a failure to reach the server at all (offline, DNS, CORS, timeout), as opposed to an answer. */
export function isNetworkError(error: unknown): boolean {
  if (error instanceof ApiError || error instanceof ContractError) return false;
  const name = (error as { name?: unknown } | null)?.name;
  return error instanceof TypeError || name === 'TimeoutError' || name === 'NetworkError';
}

/** True when a load or save was cancelled on purpose (element removed, id changed). */
export function isAbort(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

/** A short, localised sentence a person can act on, for any error the SDK or the network throws. */
export function describeError(error: unknown): string {
  if (isNetworkError(error)) return msg('The server could not be reached. Check your connection.', { id: 'error-network' });
  if (error instanceof ContractError) return msg('The server sent an answer this page does not understand.', { id: 'error-contract' });
  if (error instanceof ApiError) {
    if (error.status === 401) return msg('Your session has ended. Sign in again.', { id: 'error-401' });
    if (error.status === 403) return msg('You do not have access to this.', { id: 'error-403' });
    if (error.status === 404) return msg('This could not be found. It may have been removed.', { id: 'error-404' });
    if (error.status >= 500) return msg('The server had a problem. Try again in a moment.', { id: 'error-5xx' });
    return error.detail ?? error.title;
  }
  return msg('Something went wrong.', { id: 'error-unknown' });
}
