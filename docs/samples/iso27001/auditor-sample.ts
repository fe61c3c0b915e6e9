import type { Evidence } from '@evident/contract';
import type { Client } from '@evident/sdk';

/**
 * What an auditor does first: prove the evidence log was not altered, then draw the population
 * for one clause to sample from. `evident` is an SDK client with an auditor's token.
 */
export async function populationFor(evident: Client, clause: string): Promise<Evidence[]> {
  const chain = await evident.verifyEvidence();
  if (!chain.valid) throw new Error(`The evidence chain is broken at event #${chain.firstBroken?.seq}`);
  const population: Evidence[] = [];
  for await (const event of evident.listEvidence.items({ query: { clause, limit: 500 } })) population.push(event);
  return population;
}
