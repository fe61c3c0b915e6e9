/** What callers send to create or change reports: request bodies the server validates. */
import * as z from 'zod/mini';
import { ManagementReview } from '../domain/reports.js';

export const ManagementReviewInput = z.omit(ManagementReview, { id: true, chairId: true });
