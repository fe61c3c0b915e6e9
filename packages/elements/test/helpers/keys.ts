/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Presses a key on the focused element: a trusted-looking keydown that bubbles out of shadow roots,
 * as the browser's would. Resolves after two frames, so async focus moves (virtualised rows) settle.
 */
export async function press(key: string, modifiers: { ctrlKey?: boolean; shiftKey?: boolean } = {}): Promise<void> {
  const target = deepActiveElement() ?? document.body;
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...modifiers }));
  await frames(2);
}

export function frames(count = 1): Promise<void> {
  return new Promise((resolve) => {
    const step = (n: number) => (n <= 0 ? resolve() : requestAnimationFrame(() => step(n - 1)));
    step(count);
  });
}
