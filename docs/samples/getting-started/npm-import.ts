// With @evident/elements in your dependencies, bundled by Vite, webpack, esbuild, …
import { defineElements, type RatingLevel } from '@evident/elements';

// Registers <review-form>, <rating-scale>, … (or `{ prefix: 'acme' }` for <acme-review-form>).
defineElements();

const levels: RatingLevel[] = [
  { level: 1, label: 'Awareness', descriptor: 'Knows the concepts.' },
  { level: 2, label: 'Working', descriptor: 'Applies it without help.' },
  { level: 3, label: 'Practitioner', descriptor: 'Helps others apply it.' },
];

const rating = document.querySelector('rating-scale')!;
rating.levels = levels;
rating.addEventListener('rating-change', (event) => {
  document.querySelector('output')!.value = `You chose level ${event.detail.value}.`;
});
