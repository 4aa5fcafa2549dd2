/**
 * What read aloud says of a screen: its text as a reader sees it, without the controls (button and
 * field labels), the folded-away sources and text meant only for screen readers ("opens in a new
 * tab") and what is marked data-not-read (the second column's label, in another language). Read from a copy, so nothing on the screen changes; the copy is laid out off screen for a
 * moment because only laid-out text keeps its line breaks (headings and list items stay apart, which
 * the speech splitter uses).
 */
const notRead =
  'button, select, input, textarea, details.sources, .visually-hidden, [aria-hidden="true"], [data-not-read]';

export function readableText(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  for (const element of copy.querySelectorAll(notRead)) element.remove();
  // Ids would be doubled while the copy is in the page.
  copy.removeAttribute('id');
  for (const element of copy.querySelectorAll('[id]')) element.removeAttribute('id');
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.inert = true;
  holder.style.cssText = 'position:fixed;inset-inline-start:-10000px;inset-block-start:0;inline-size:40rem';
  holder.append(copy);
  document.body.append(holder);
  try {
    return copy.innerText;
  } finally {
    holder.remove();
  }
}
