// No framework: properties for data, addEventListener for events, attributes for the rest.
import { descriptors, formEntries, levels, reviewData } from './data.js';

const rating = document.querySelector('#rating');
const form = document.querySelector('form');
rating.levels = levels;
rating.descriptors = descriptors;
document.querySelector('review-form').data = reviewData;

let changes = 0;
rating.addEventListener('rating-change', (event) => (document.querySelector('#chosen').textContent = `chosen: ${event.detail.value}`));
rating.addEventListener('change', () => (document.querySelector('#changes').textContent = `changes: ${++changes}`));
document.querySelector('review-form').addEventListener('review-submit', (event) => (document.querySelector('#review-submitted').textContent = JSON.stringify(event.detail.answers)));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  document.querySelector('#submitted').textContent = formEntries(form);
});
document.querySelector('#make-read-only').addEventListener('click', () => rating.setAttribute('readonly', ''));
