import { afterEach, describe, expect, it } from 'vitest';
import { keepFocusAcrossStart } from '../../../src/lib/focusAcrossStart';

function page(words: string): HTMLElement {
  document.body.innerHTML = `<div id="root"><button class="quick-exit">${words}</button><main><a class="card" href="./">${words}</a></main></div>`;
  return document.getElementById('root') as HTMLElement;
}

/** What createRoot does to a prerendered page it does not take over: new nodes in the same places. */
function drawAfresh(root: HTMLElement, words: string) {
  root.innerHTML = `<button class="quick-exit">${words}</button><main><a class="card" href="./">${words}</a></main>`;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('focus across the app taking over the prerendered page', () => {
  it('gives focus back to the same control when the page was drawn afresh', () => {
    const root = page('Snel weg');
    (root.querySelector('.quick-exit') as HTMLElement).focus();
    const giveBack = keepFocusAcrossStart(root);
    drawAfresh(root, 'Leave fast');
    expect(document.activeElement).toBe(document.body);
    giveBack();
    expect(document.activeElement).toBe(root.querySelector('.quick-exit'));
    expect(document.activeElement?.textContent).toBe('Leave fast');
  });

  it('follows focus moved after it started remembering (a Tab while the app loads)', () => {
    const root = page('Snel weg');
    const giveBack = keepFocusAcrossStart(root);
    (root.querySelector('.card') as HTMLElement).focus();
    drawAfresh(root, 'Leave fast');
    giveBack();
    expect(document.activeElement).toBe(root.querySelector('.card'));
  });

  it('leaves focus alone where the app or the person put it, and where nothing had focus', () => {
    const root = page('Snel weg');
    (root.querySelector('.quick-exit') as HTMLElement).focus();
    const giveBack = keepFocusAcrossStart(root);
    drawAfresh(root, 'Leave fast');
    const card = root.querySelector('.card') as HTMLElement;
    card.focus();
    giveBack();
    expect(document.activeElement).toBe(card);

    const untouched = page('Snel weg');
    const giveBackNothing = keepFocusAcrossStart(untouched);
    drawAfresh(untouched, 'Leave fast');
    giveBackNothing();
    expect(document.activeElement).toBe(document.body);
  });

  it('does not focus a different control that now stands in the same place', () => {
    const root = page('Snel weg');
    (root.querySelector('.quick-exit') as HTMLElement).focus();
    const giveBack = keepFocusAcrossStart(root);
    root.innerHTML = '<p class="other">Loading</p>';
    giveBack();
    expect(document.activeElement).toBe(document.body);
  });
});
