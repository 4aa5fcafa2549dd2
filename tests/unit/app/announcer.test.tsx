import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announce, announceDelayMs, clearAnnouncements, readAnnouncements } from '../../../src/lib/announcer';
import { quickExit } from '../../../src/lib/quickExit';
import { announceVaultLocked } from '../../../src/lib/vaultEvents';
import { Announcer, Notice } from '../../../src/ui';
import { renderApp } from './renderApp';

const polite = () => screen.getByTestId('announce-polite');
const assertive = () => screen.getByTestId('announce-assertive');
const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

beforeEach(() => {
  clearAnnouncements();
});
afterEach(() => {
  document.documentElement.classList.remove('is-exiting');
  clearAnnouncements();
});

describe('the announcer', () => {
  it('is in the page from the first render, empty, one polite and one assertive region', () => {
    render(<Announcer />);
    expect(polite()).toHaveAttribute('aria-live', 'polite');
    expect(assertive()).toHaveAttribute('aria-live', 'assertive');
    expect(polite()).toBeEmptyDOMElement();
    expect(assertive()).toBeEmptyDOMElement();
  });

  it('empties the region first, then says the text a moment later', async () => {
    render(<Announcer />);
    act(() => announce('Saved.'));
    expect(polite()).toBeEmptyDOMElement();
    await waitFor(() => expect(polite()).toHaveTextContent('Saved.'));
  });

  it('says a repeated message again, as a new node', async () => {
    render(<Announcer />);
    act(() => announce('Saved.'));
    await waitFor(() => expect(polite()).toHaveTextContent('Saved.'));
    const first = polite().firstChild;
    const firstKey = readAnnouncements().polite.key;
    act(() => announce('Saved.'));
    expect(polite()).toBeEmptyDOMElement();
    await waitFor(() => expect(polite()).toHaveTextContent('Saved.'));
    expect(polite().firstChild).not.toBe(first);
    expect(readAnnouncements().polite.key).toBeGreaterThan(firstKey);
  });

  it('keeps polite and assertive apart', async () => {
    render(<Announcer />);
    act(() => {
      announce('Opening…');
      announce('This password does not open your plan.', 'assertive');
    });
    await waitFor(() => expect(assertive()).toHaveTextContent('This password does not open your plan.'));
    expect(polite()).toHaveTextContent('Opening…');
  });

  it('a Notice is not live itself, but hands its text to the announcer when it appears', async () => {
    render(
      <>
        <Announcer />
        <Notice tone="alert">Something went wrong.</Notice>
      </>,
    );
    const box = screen.getByText('Something went wrong.');
    expect(box).not.toHaveAttribute('role');
    expect(box).not.toHaveAttribute('aria-live');
    await waitFor(() => expect(assertive()).toHaveTextContent('Something went wrong.'));
  });

  it('a silent Notice says nothing', async () => {
    render(
      <>
        <Announcer />
        <Notice tone="polite" silent>
          Part of the screen.
        </Notice>
      </>,
    );
    await wait(announceDelayMs * 3);
    expect(polite()).toBeEmptyDOMElement();
  });

  it('is cleared when the plan locks', async () => {
    render(<Announcer />);
    act(() => announce('Saved.'));
    await waitFor(() => expect(polite()).toHaveTextContent('Saved.'));
    // The shell listens for the lock; here the same listener as the shell uses.
    const { onVaultLocked } = await import('../../../src/lib/vaultEvents');
    const stop = onVaultLocked(clearAnnouncements);
    act(() => announceVaultLocked());
    stop();
    expect(polite()).toBeEmptyDOMElement();
  });

  it('drops what is still waiting to be said when cleared', async () => {
    render(<Announcer />);
    act(() => {
      announce('Deleted from your plan. To get it back, press Undo.');
      clearAnnouncements();
    });
    await wait(announceDelayMs * 3);
    expect(polite()).toBeEmptyDOMElement();
  });

  it('is cleared by quick exit, and says nothing after it', async () => {
    render(<Announcer />);
    act(() => announce('Saved.'));
    await waitFor(() => expect(readAnnouncements().polite.text).toBe('Saved.'));
    act(() => announce('It is back in your plan.'));
    const target = { replace: vi.fn() };
    act(() => quickExit('https://example.invalid/', document, target));
    expect(readAnnouncements().polite.text).toBe('');
    act(() => announce('Saved.'));
    await wait(announceDelayMs * 3);
    expect(readAnnouncements().polite.text).toBe('');
    expect(readAnnouncements().assertive.text).toBe('');
  });
});

describe('the announcer in the app', () => {
  it('is rendered once by the shell and cleared on a screen change', async () => {
    await renderApp('en');
    expect(screen.getAllByTestId('announce-polite')).toHaveLength(1);
    act(() => announce('Saved.'));
    await waitFor(() => expect(polite()).toHaveTextContent('Saved.'));
    await userEvent.click(screen.getByRole('link', { name: /I'm stopping/ }));
    await screen.findByRole('heading', { level: 1, name: "I'm stopping" });
    expect(polite()).toBeEmptyDOMElement();
  });

  it('is cleared when the plan locks', async () => {
    await renderApp('en');
    act(() => announce('Saved.'));
    await waitFor(() => expect(polite()).toHaveTextContent('Saved.'));
    act(() => announceVaultLocked());
    expect(polite()).toBeEmptyDOMElement();
  });
});
