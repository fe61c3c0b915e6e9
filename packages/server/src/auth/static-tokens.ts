/** Static bearer tokens stored (hashed) in the database: the demo tokens and any a CLI issues. */
import { createHash } from 'node:crypto';
import type { Access } from '@evident/contract';
import type { Tx } from '../db/schema.js';
import { ACCESS, type TokenVerifier } from './verifier.js';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function staticTokenVerifier(db: Tx): TokenVerifier {
  return {
    async verify(token) {
      const row = await db.selectFrom('token').selectAll().where('tokenHash', '=', hashToken(token)).executeTakeFirst();
      if (!row || !ACCESS.includes(row.access as Access)) return null;
      return { tenantId: row.tenantId, personId: row.personId, access: row.access as Access };
    },
  };
}

export async function issueStaticToken(db: Tx, token: string, claims: { tenantId: string; personId: string; access: Access }, label = token): Promise<void> {
  await db.insertInto('token').values({ tokenHash: hashToken(token), label, ...claims })
    .onConflict((oc) => oc.column('tokenHash').doUpdateSet({ ...claims, label })).execute();
}
