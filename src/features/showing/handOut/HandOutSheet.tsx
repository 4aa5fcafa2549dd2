import { createPortal } from 'react-dom';
import { HandOutCard } from './HandOutCard';

/** Two across, four down: eight cards of 85 × 55 mm fill one A4 page with room for the printer's margin. */
export const cardsPerSheet = 8;

/**
 * The printed page: eight copies of the card, put straight in <body> beside the app, so print CSS
 * can hide everything else (menus, the showing bar, quick exit) with one rule. Hidden on screen.
 */
export function HandOutSheet(props: Parameters<typeof HandOutCard>[0]) {
  return createPortal(
    <div className="hand-out-sheet" dir="ltr" aria-hidden="true">
      {Array.from({ length: cardsPerSheet }, (_, index) => (
        <HandOutCard key={index} {...props} />
      ))}
    </div>,
    document.body,
  );
}
