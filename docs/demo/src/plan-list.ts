/** A development plan as a plain list: the library has no plan element yet, the SDK has the data. */
import type { DevelopmentPlan } from '@evident/contract';
import { h } from './dom.js';

const STATUS: Record<string, string> = { planned: 'planned', 'in-progress': 'in progress', done: 'done', dropped: 'dropped' };

export function planList(plans: DevelopmentPlan[], competencyName: (id: string | null) => string): HTMLElement {
  if (!plans.length) return h('p', {}, 'No development plan yet.');
  return h(
    'div',
    {},
    ...plans.map((plan) =>
      h(
        'article',
        {},
        h('h3', {}, plan.title),
        h(
          'ul',
          { class: 'plan-items' },
          ...plan.items.map((item) => h('li', {}, `${competencyName(item.competencyId)}: ${item.action} `, h('span', { class: 'status' }, `(${STATUS[item.status] ?? item.status}, due ${item.dueOn})`))),
        ),
      ),
    ),
  );
}
