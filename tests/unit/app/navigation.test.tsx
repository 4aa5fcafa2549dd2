import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

describe('moving between screens', () => {
  it('opens a phase from home and never adds a history entry', async () => {
    const before = window.history.length;
    document.title = 'something else';
    await renderApp('en');
    await userEvent.click(screen.getByRole('link', { name: /I'm stopping/ }));
    const heading = await screen.findByRole('heading', { level: 1, name: "I'm stopping" });
    await waitFor(() => expect(heading).toHaveFocus());
    await userEvent.click(screen.getByRole('link', { name: 'Safety and privacy' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Safety and privacy' })).toBeInTheDocument();
    expect(window.history.length).toBe(before);
    expect(document.title).toBe('Verder');
  });

  it('puts quick exit first in the keyboard order', async () => {
    await renderApp('nl');
    await userEvent.tab();
    expect(screen.getByRole('button', { name: /Snel weg/ })).toHaveFocus();
  });

  it('shows every phase on the home screen', async () => {
    await renderApp('nl');
    const links = screen.getAllByRole('link').map((link) => link.textContent);
    for (const title of [
      'Ik doe sekswerk',
      'Ik denk na over stoppen',
      'Ik ben aan het stoppen',
      'Een ander dagelijks leven',
    ]) {
      expect(links.some((text) => text?.includes(title))).toBe(true);
    }
  });
});
