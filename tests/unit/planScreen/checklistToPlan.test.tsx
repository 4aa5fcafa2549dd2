import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/data/database';
import { putPlanRows, readPlanSnapshot } from '../../../src/data';
import { lockNow } from '../../../src/features/vault/session';
import { renderApp } from '../app/renderApp';
import { findSection } from '../sections';

beforeEach(async () => {
  lockNow();
  await database.delete();
  await database.open();
});

describe('a guide’s checklist in the plan in one tap', () => {
  it('puts every item of "What to bring" in the plan as steps, which read in the plan in the person’s language', async () => {
    await renderApp('en', { name: 'guide', guideId: 'social-assistance' });
    const bring = await findSection('What to bring');
    await userEvent.click(
      await within(bring).findByRole('button', { name: 'Put these 5 steps in my plan: What to bring' }),
    );

    const status = (await within(bring).findByText(/5 steps are now in your plan\./)).closest('p') as HTMLElement;
    await waitFor(() => expect(status).toHaveFocus());
    expect((await readPlanSnapshot()).rows).toHaveLength(5);

    await userEvent.click(within(status).getByRole('link', { name: 'Open my plan' }));
    const steps = await screen.findByRole('region', { name: 'Steps' });
    expect(within(steps).getByText('Your passport, ID card or residence document.')).toBeInTheDocument();
    expect(within(steps).getByText('Bank statements of all your accounts from the last months.')).toBeInTheDocument();
  });

  it('undo takes out exactly what the tap put in, and the list can be put in again', async () => {
    await renderApp('nl', { name: 'guide', guideId: 'debts-first-steps' });
    const overview = await findSection('Maak een overzicht');
    await userEvent.click(await within(overview).findByRole('button', { name: /^Zet deze 4 stappen in mijn plan/ }));
    await within(overview).findByText(/4 stappen staan nu in je plan\./);
    // Undo takes out exactly what that tap put in.
    await userEvent.click(within(overview).getByRole('button', { name: 'Ongedaan maken' }));
    const again = await within(overview).findByRole('button', { name: /^Zet deze 4 stappen in mijn plan/ });
    await waitFor(() => expect(again).toHaveFocus());
    await waitFor(async () => expect((await readPlanSnapshot()).rows).toHaveLength(0));

    await userEvent.click(again);
    await within(overview).findByRole('button', { name: 'Ongedaan maken' });
    expect((await readPlanSnapshot()).rows).toHaveLength(4);
  });

  it('puts only what is not yet in the plan, and says when all of it is there', async () => {
    // "Open your post" is already in the plan (from an earlier tap, or an older copy).
    const step = {
      kind: 'step',
      id: 'earlier',
      order: 1,
      updatedAt: 1,
      text: '',
      date: '',
      domain: 'money',
      status: 'todo',
    };
    await putPlanRows(
      [{ id: 'earlier', rev: 'r1', data: { ...step, contentId: 'debts-first-steps.overview.open-post' } }],
      null,
    );
    const view = await renderApp('en', { name: 'guide', guideId: 'debts-first-steps' });
    const overview = await findSection('Get an overview');
    await userEvent.click(await within(overview).findByRole('button', { name: /^Put the other 3 steps in my plan/ }));
    expect(await within(overview).findByText(/3 steps are now in your plan\./)).toBeInTheDocument();
    expect((await readPlanSnapshot()).rows).toHaveLength(4);

    view.unmount();
    await renderApp('en', { name: 'guide', guideId: 'debts-first-steps' });
    const later = await findSection('Get an overview');
    expect(await within(later).findByText('These steps are in your plan.')).toBeInTheDocument();
    expect(within(later).queryByRole('button')).toBeNull();
  });

  it('is not offered on a guide section that is not a checklist', async () => {
    await renderApp('en', { name: 'guide', guideId: 'social-assistance' });
    const why = await findSection('Why income often comes first');
    expect(within(why).queryByRole('button')).toBeNull();
  });
});
