import { defineElements } from '@evident/elements';

defineElements();

const provider = document.querySelector('evident-provider')!;
const form = document.querySelector('review-form')!;
const status = document.querySelector('#review-status')!;

// The intranet's own session hands out a short-lived Evident token; it is asked before every
// request, so a refreshed token is picked up without reloading anything.
provider.getToken = () => fetch('/session/evident-token', { credentials: 'same-origin' }).then((r) => r.text());

// The intranet links to /my-review?review=<id>.
form.reviewId = new URLSearchParams(location.search).get('review') ?? undefined;

// Events to hook: all bubble and cross shadow roots, so a listener on any ancestor works too.
form.addEventListener('review-save', () => (status.textContent = 'Draft saved.'));
form.addEventListener('review-conflict', () => (status.textContent = 'Someone else changed this review: choose what to keep.'));
form.addEventListener('review-submit', (event) => (status.textContent = `Submitted ${event.detail.answers.length} answers.`));
