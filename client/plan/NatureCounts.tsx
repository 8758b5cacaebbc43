import { useTranslation } from 'react-i18next';
import type { NatureCounts as Counts } from '../../shared/model/timeline';
import { NATURES } from '../../shared/schema/plan';
import { NatureMark } from './NatureMark';

/** How many actions of each nature: the fresco's legend and its totals in one line. */
export function NatureCounts({ counts, total }: { counts: Counts; total: number }) {
  const { t } = useTranslation('plan');
  return (
    <p className="nature-counts" data-testid="nature-counts">
      <strong>{t('count.total', { count: total })}</strong>
      {NATURES.map((nature) => (
        <span key={nature} className={`nature-count nature-${nature}`} data-nature={nature}>
          <NatureMark nature={nature} size={20} /> {t(`count.${nature}`, { count: counts[nature] })}
        </span>
      ))}
    </p>
  );
}
