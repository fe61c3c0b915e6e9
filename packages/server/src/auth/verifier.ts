/** Token checking sits behind this one interface so a vendor can plug in its own. */
import type { Access } from '@evident/contract';

/** What a verified token says: who is calling, in which tenant, with which access. */
export interface Claims {
  tenantId: string;
  personId: string;
  access: Access;
}

export interface TokenVerifier {
  /** The claims of a valid token, or null when this verifier does not accept it. */
  verify(token: string): Promise<Claims | null>;
}

export const ACCESS: readonly Access[] = ['employee', 'manager', 'people-lead', 'auditor'];

/** Tries each verifier in turn; the first that accepts the token wins. */
export const anyOf = (...verifiers: TokenVerifier[]): TokenVerifier => ({
  async verify(token) {
    for (const v of verifiers) {
      const claims = await v.verify(token);
      if (claims) return claims;
    }
    return null;
  },
});
