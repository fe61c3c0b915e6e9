/**
 * JSX typings for React 19: `import type {} from '@evident/elements/react'` once in a React app,
 * and every Evident tag type-checks with its properties and its events (`onreview-submit`, ...).
 * React 19 sets unknown props on custom elements as properties and `on<event-name>` as listeners.
 */
import type { DOMAttributes, HTMLAttributes, Key, Ref } from 'react';
import type {
  CompetencyMatrix,
  EvidenceTimeline,
  EvidentProvider,
  RatingScale,
  ReviewForm,
} from '../src/index.js';

type EventProps<Events extends Record<string, Event>> = { [K in keyof Events as `on${K & string}`]?: (event: Events[K]) => void };

/** The element's own public properties (not HTMLElement's), all optional, plus React's basics. */
type ElementProps<E extends HTMLElement, Events extends Record<string, Event> = {}> = Partial<Omit<E, keyof HTMLElement | `#${string}`>> &
  Omit<HTMLAttributes<E>, keyof DOMAttributes<E> | 'dir'> &
  Pick<DOMAttributes<E>, 'children' | 'onClick' | 'onFocus' | 'onBlur' | 'onKeyDown'> &
  EventProps<Events> & { key?: Key; ref?: Ref<E>; class?: string; dir?: 'ltr' | 'rtl' | 'auto' };

type Pick2<K extends keyof HTMLElementEventMap> = { [P in K]: HTMLElementEventMap[P] };

export interface EvidentIntrinsicElements {
  'evident-provider': ElementProps<EvidentProvider> & { 'base-url'?: string };
  'rating-scale': ElementProps<RatingScale, Pick2<'rating-change' | 'input' | 'change'>>;
  'review-form': ElementProps<ReviewForm, Pick2<'review-save' | 'review-submit' | 'review-conflict' | 'input' | 'change'>> & { 'review-id'?: string };
  'competency-matrix': ElementProps<CompetencyMatrix, Pick2<'competency-select'>> & { 'framework-id'?: string; 'manager-id'?: string; 'role-id'?: string };
  'evidence-timeline': ElementProps<EvidenceTimeline, Pick2<'evidence-open'>> & { 'subject-id'?: string };
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends EvidentIntrinsicElements {}
  }
}
