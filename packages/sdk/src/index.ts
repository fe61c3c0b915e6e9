/**
 * @evident/sdk: a typed client of the Evident API, generated at run time from the contract's route table.
 */
export { createClient, type ClientOptions } from './client.js';
export { ApiError, ConflictError, ContractError, isApiError, type FieldError } from './errors.js';
export { EtagStore } from './etags.js';
export type { CallOptions, Client, ItemOf, Method, PagedMethod, RequestFor, RequestOf, ResponseFor, ResponseOf } from './types.js';
