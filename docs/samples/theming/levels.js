const levels = [1, 2, 3].map((level) => ({ level, label: `Level ${level}`, descriptor: '' }));
for (const tag of ['rating-scale', 'globex-rating-scale']) {
  customElements.whenDefined(tag).then(() => {
    for (const element of document.querySelectorAll(tag)) element.levels = levels;
  });
}
