/**
 * Type test (checked by `tsc -b`, never run): the React 19 JSX typings accept the elements with
 * their properties and typed events, and refuse wrong ones.
 */
import type {} from '../../packages/elements/types/react.js';
import type { Matrix } from '@evident/contract';

declare const matrix: Matrix;

export const ok = (
  <evident-provider base-url="https://evident.example.com" token="t">
    <review-form review-id="rev-1" name="review" onreview-submit={(e) => console.log(e.detail.answers.length)} />
    <rating-scale name="level" value={2} required onrating-change={(e) => console.log(e.detail.value)} />
    <competency-matrix data={matrix} sort="gap" oncompetency-select={(e) => console.log(e.detail.person.name)} />
    <evidence-timeline subject-id="p-1" clause="7.2" onevidence-open={(e) => console.log(e.detail.evidence.hash)} />
  </evident-provider>
);

// @ts-expect-error sort takes 'name' or 'gap'
export const badSort = <competency-matrix sort="size" />;
// @ts-expect-error a rating value is a number
export const badValue = <rating-scale value="high" />;
// @ts-expect-error the event detail is typed: there is no `score`
export const badDetail = <rating-scale onrating-change={(e) => e.detail.score} />;
