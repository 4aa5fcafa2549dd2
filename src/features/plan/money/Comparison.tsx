import { useTranslation } from 'react-i18next';
import { balanceOf, bridgeMonths, fromYear, type Balance } from '../../../domain/money';
import { moneyPictures, type MoneyLine, type MoneyPicture } from '../../../domain/moneyItems';
import { linesOf } from './moneyRecords';
import { useMoneyFormat } from './useMoneyFormat';

const chartHeight = 120;
const barWidth = 28;
const columnWidth = 100;

/**
 * Now and after side by side: two bars per picture (in, out) drawn by Verder as inline SVG, the
 * same figures in a table, and in plain words what is short and how long savings last. It states
 * figures only — no advice on whether to stop.
 */
export function Comparison({ lines, savingsCents }: { lines: readonly MoneyLine[]; savingsCents: number }) {
  const { t, i18n } = useTranslation('money');
  const format = useMoneyFormat();
  const balances = Object.fromEntries(
    moneyPictures.map((picture) => [picture, balanceOf(linesOf(lines, picture, 'in'), linesOf(lines, picture, 'out'))]),
  ) as Record<MoneyPicture, Balance>;
  const hasAfter = lines.some((line) => line.picture === 'after');
  const perMonth = (year: number) => fromYear(year, 'month');
  return (
    <section className="plan-section money-compare" aria-labelledby="money-compare">
      <h2 id="money-compare">{t('compare.title')}</h2>
      <div className="money-chart-frame" aria-hidden="true">
        <BarChart balances={balances} rtl={i18n.dir() === 'rtl'} />
        {/* In the page's own direction, so the names sit under their bars in Arabic too. */}
        <div className="money-chart__labels">
          {moneyPictures.map((picture) => (
            <span key={picture}>{t(`pictures.${picture}.title`)}</span>
          ))}
        </div>
      </div>
      <ul className="money-legend" aria-hidden="true">
        <li>
          <span className="money-legend__swatch money-bar--in" /> {t('compare.rowIn')}
        </li>
        <li>
          <span className="money-legend__swatch money-bar--out" /> {t('compare.rowOut')}
        </li>
      </ul>
      <table className="money-table">
        <caption>{t('compare.tableCaption')}</caption>
        <thead>
          <tr>
            <td />
            {moneyPictures.map((picture) => (
              <th key={picture} scope="col">
                {t(`pictures.${picture}.title`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(['inYear', 'outYear', 'leftYear'] as const).map((row) => (
            <tr key={row}>
              <th scope="row">
                {t(row === 'inYear' ? 'compare.rowIn' : row === 'outYear' ? 'compare.rowOut' : 'compare.rowLeft')}
              </th>
              {moneyPictures.map((picture) => (
                <td key={picture}>{format(perMonth(balances[picture][row]))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {moneyPictures.map((picture) => {
        if (picture === 'after' && !hasAfter) return <p key={picture}>{t('compare.afterEmpty')}</p>;
        const bridge = bridgeMonths(balances[picture].leftYear, savingsCents);
        const name = t(`pictures.${picture}.title`);
        if (bridge.kind === 'noGap') return <p key={picture}>{t('compare.noGap', { picture: name })}</p>;
        return (
          <p key={picture}>
            {t('compare.gap', { picture: name, amount: format(bridge.shortPerMonth) })}{' '}
            {bridge.months > 0 ? t('compare.bridge', { count: bridge.months }) : t('compare.bridgeNone')}
          </p>
        );
      })}
    </section>
  );
}

function BarChart({ balances, rtl }: { balances: Record<MoneyPicture, Balance>; rtl: boolean }) {
  const largest = Math.max(
    1,
    ...moneyPictures.flatMap((picture) => [balances[picture].inYear, balances[picture].outYear]),
  );
  const height = (year: number) => Math.round((Math.max(0, year) / largest) * chartHeight);
  const order = rtl ? [...moneyPictures].reverse() : moneyPictures;
  return (
    <svg
      className="money-chart"
      viewBox={`0 0 ${columnWidth * 2} ${chartHeight + 4}`}
      width={columnWidth * 2}
      height={chartHeight + 4}
      aria-hidden="true"
      focusable="false"
    >
      {order.map((picture, column) => {
        const x = column * columnWidth + 18;
        const inHeight = height(balances[picture].inYear);
        const outHeight = height(balances[picture].outYear);
        return (
          <g key={picture} data-picture={picture}>
            <rect className="money-bar--in" x={x} y={chartHeight - inHeight} width={barWidth} height={inHeight} />
            <rect
              className="money-bar--out"
              x={x + barWidth + 8}
              y={chartHeight - outHeight}
              width={barWidth}
              height={outHeight}
            />
          </g>
        );
      })}
      <line className="money-chart__base" x1="0" x2={columnWidth * 2} y1={chartHeight + 1} y2={chartHeight + 1} />
    </svg>
  );
}
