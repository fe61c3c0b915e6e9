// Your data is yours to translate; the elements translate their own words and format numbers and dates.
document.querySelector('rating-scale').levels = [
  { level: 1, label: 'Grundkenntnisse', descriptor: 'Kennt die Begriffe.' },
  { level: 2, label: 'Anwendung', descriptor: 'Wendet es ohne Hilfe an.' },
];
