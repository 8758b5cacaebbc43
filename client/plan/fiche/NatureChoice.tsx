import { useTranslation } from 'react-i18next';
import { NATURES, type Nature } from '../../../shared/schema/plan';
import { NatureMark } from '../NatureMark';

/** The three natures as radio buttons, each with its mark and its name. */
export function NatureChoice({
  value,
  onChange,
  name,
}: {
  value: Nature;
  onChange(nature: Nature): void;
  name: string;
}) {
  const { t } = useTranslation('plan');
  return (
    <fieldset className="fiche-field nature-choice">
      <legend className="fiche-label">{t('field.nature')}</legend>
      <div className="nature-options">
        {NATURES.map((nature) => (
          <label key={nature} className={`nature-option nature-${nature}`}>
            <input
              type="radio"
              name={name}
              value={nature}
              checked={value === nature}
              onChange={() => onChange(nature)}
            />
            <NatureMark nature={nature} />
            <span>{t(`nature.${nature}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
