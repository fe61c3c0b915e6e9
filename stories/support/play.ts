/**
 * Waits for an element inside nested shadow roots: `untilInShadow(canvas, ['review-form', 'rating-scale', '[role=radio]'])`
 * finds the first selector in the canvas, then each next one inside the previous one's shadow root.
 * Play functions use it to act like a person once the element has rendered.
 */
export async function untilInShadow<T extends Element = Element>(canvas: Element, path: string[], timeout = 3_000): Promise<T> {
  const [host, ...inner] = path;
  const started = performance.now();
  for (;;) {
    let node: Element | null | undefined = host ? canvas.querySelector(host) : null;
    for (const selector of inner) node = node?.shadowRoot?.querySelector(selector);
    if (node) return node as T;
    if (performance.now() - started > timeout) throw new Error(`Timed out waiting for ${path.join(' >> ')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
