/**
 * JWT bearer tokens (the second TokenVerifier): `sub` is the person, `tid` the tenant and
 * `evident_access` the access. Works with a public key, a shared secret or a remote JWKS.
 */
import { jwtVerify, type JWTVerifyGetKey, type CryptoKey, type KeyObject } from 'jose';
import type { Access } from '@evident/contract';
import { ACCESS, type TokenVerifier } from './verifier.js';

export interface JwtOptions {
  key: CryptoKey | KeyObject | Uint8Array | JWTVerifyGetKey;
  issuer?: string;
  audience?: string;
  algorithms?: string[];
}

export function jwtVerifier(opts: JwtOptions): TokenVerifier {
  return {
    async verify(token) {
      // A static token is not a JWT: skip it cheaply instead of failing a signature check.
      if (token.split('.').length !== 3) return null;
      try {
        const options = {
          ...(opts.issuer ? { issuer: opts.issuer } : {}),
          ...(opts.audience ? { audience: opts.audience } : {}),
          ...(opts.algorithms ? { algorithms: opts.algorithms } : {}),
        };
        const { payload } = typeof opts.key === 'function'
          ? await jwtVerify(token, opts.key, options)
          : await jwtVerify(token, opts.key, options);
        const access = payload['evident_access'];
        const tenantId = payload['tid'];
        if (typeof payload.sub !== 'string' || typeof tenantId !== 'string' || !ACCESS.includes(access as Access)) return null;
        return { tenantId, personId: payload.sub, access: access as Access };
      } catch {
        return null;
      }
    },
  };
}
