import type { Competency } from '@evident/contract';
import type { Client } from '@evident/sdk';
import type { ReviewFormData } from './review-form-data.js';

/** Everything a review form shows, loaded through the SDK: review, then template and cycle, then framework and competencies. */
export async function loadReview(client: Client, reviewId: string, signal: AbortSignal): Promise<ReviewFormData> {
  const review = await client.getReview({ params: { reviewId }, signal });
  const [template, cycle] = await Promise.all([
    client.getTemplate({ params: { templateId: review.templateId }, signal }),
    client.getCycle({ params: { cycleId: review.cycleId }, signal }),
  ]);
  const { frameworkId } = cycle;
  const competencies: Competency[] = [];
  const [framework] = await Promise.all([
    client.getFramework({ params: { frameworkId }, signal }),
    (async () => {
      for await (const competency of client.listCompetencies.items({ params: { frameworkId }, query: { limit: 500 }, signal })) competencies.push(competency);
    })(),
  ]);
  return { review, template, competencies, scale: framework.scale.levels };
}
