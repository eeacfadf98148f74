/**
 * The text of an element as a person reads it: its pieces separated by spaces (jsdom has no
 * innerText), without the names of the icons' ligatures.
 */
export function words(element: Element | null): string {
  if (!element) return '';
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const pieces: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('mat-icon')) continue;
    const text = node.textContent?.replace(/\s+/g, ' ').trim();
    if (text) pieces.push(text);
  }
  return pieces.join(' ');
}
