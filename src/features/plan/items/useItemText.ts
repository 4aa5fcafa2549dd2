import { useTranslation } from 'react-i18next';
import type { PlanItem } from '../../../domain/plan';
import { useContentText } from '../../../i18n';
import { contentTextKey } from './contentSteps';
import { useFormatDay } from './formatDay';

/** One line that names an item: its main text, for headings, button labels and the undo message. */
export function useItemText(): (item: PlanItem) => string {
  const { t } = useTranslation('plan');
  const contentText = useContentText();
  const formatDay = useFormatDay();
  return (item) => {
    switch (item.kind) {
      case 'goal':
      case 'note':
        return item.text;
      case 'step': {
        const key = item.contentId ? contentTextKey(item.contentId) : undefined;
        return item.text || (key ? contentText(key) : (item.contentId ?? ''));
      }
      case 'appointment':
        return [item.what, formatDay(item.date), item.time, item.withWhom, item.place].filter(Boolean).join(' · ');
      case 'contact':
        return item.name;
      case 'talent':
        return item.talentId ? t(`talents.${item.talentId}`) : item.text;
      case 'safetyNet':
        return item.when;
    }
  };
}
