/** Every route of the contract, handled. A route missing here fails to compile. */
import type { Handlers } from './http/types.js';
import { people } from './routes/people.js';
import { frameworks } from './routes/frameworks.js';
import { matrix } from './routes/matrix.js';
import { cycles } from './routes/cycles.js';
import { reviews } from './routes/reviews.js';
import { assessments } from './routes/assessments.js';
import { plans } from './routes/plans.js';
import { calibrations } from './routes/calibrations.js';
import { evidence } from './routes/evidence.js';
import { reports } from './routes/reports.js';
import { exportsGroup } from './routes/exports.js';

export const handlers: Handlers = {
  ...people, ...frameworks, ...matrix, ...cycles, ...reviews, ...assessments, ...plans, ...calibrations, ...evidence, ...reports, ...exportsGroup,
};
