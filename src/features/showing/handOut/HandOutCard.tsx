import { I18nextProvider, useTranslation } from 'react-i18next';
import { formatDutch } from '../../../domain/phoneNumber';
import type { ColumnI18n, LanguageInfo } from '../../../i18n';
import { QrCode } from '../QrCode';
import type { CardLine } from './cardLines';

export interface CardLanguage {
  info: LanguageInfo;
  translator: ColumnI18n;
}

/** One half of the card's words, in its own language and direction: Arabic right to left, Dutch left to right. */
function CardHalf({ language, emergency }: { language: CardLanguage; emergency: CardLine | null }) {
  return (
    <I18nextProvider i18n={language.translator}>
      <HalfText code={language.info.code} dir={language.info.dir} emergency={emergency} />
    </I18nextProvider>
  );
}

function HalfText({ code, dir, emergency }: { code: string; dir: 'ltr' | 'rtl'; emergency: CardLine | null }) {
  const { t } = useTranslation('showing');
  return (
    <div className="hand-out-card__half" lang={code} dir={dir}>
      <p className="hand-out-card__heading">{t('card.face.heading')}</p>
      <p>{t('card.face.scan')}</p>
      {emergency && (
        <p className="hand-out-card__emergency">
          {t('card.face.emergency')}{' '}
          <span className="hand-out-card__number" dir="ltr">
            {formatDutch(emergency.phone.number)}
          </span>
        </p>
      )}
      <p className="hand-out-card__stored">{t('card.face.nothingStored')}</p>
    </div>
  );
}

/**
 * One hand-out card: the code to Verder, 112 and the chosen national lines, in the person's language
 * beside Dutch. Names and numbers are the same in every language, so they are printed once. Nothing
 * about the person is on it.
 */
export function HandOutCard({
  address,
  codeLabel,
  person,
  dutch,
  emergency,
  lines,
}: {
  address: string;
  codeLabel: string;
  /** null when the person reads Dutch: the card is then in Dutch only. */
  person: CardLanguage | null;
  dutch: CardLanguage;
  emergency: CardLine | null;
  lines: readonly CardLine[];
}) {
  const halves = person && person.info.code !== 'nl' ? [person, dutch] : [dutch];
  return (
    // The card's layout stays the same for every language; each half has its own direction.
    <div className="hand-out-card" dir="ltr">
      <QrCode className="hand-out-card__code" value={address} label={codeLabel} />
      <div className={`hand-out-card__halves hand-out-card__halves--${halves.length}`}>
        {halves.map((half) => (
          <CardHalf key={half.info.code} language={half} emergency={emergency} />
        ))}
      </div>
      <div className="hand-out-card__contact">
        <ul className="hand-out-card__lines" lang="nl">
          {lines.map((line) => (
            <li key={line.id}>
              <span className="hand-out-card__name">{line.name}</span>{' '}
              <span className="hand-out-card__number">{formatDutch(line.phone.number)}</span>
            </li>
          ))}
        </ul>
        <p className="hand-out-card__address">{address}</p>
      </div>
    </div>
  );
}
