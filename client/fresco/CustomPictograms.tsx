/**
 * The facilitator adds an activity or a difficulty of this workshop's own (a local service, a word the
 * group uses): a few words and a picture from the shipped set. It appears in the residents' palette at
 * once; removing it later leaves the pictograms already placed, with their words.
 */
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanLabel } from '../../shared/model/label';
import { pictogramsOfKind } from '../../shared/pictograms/lookup';
import { LABEL_MAX } from '../../shared/schema/board';
import { useControlWriter } from '../commands/useControlWriter';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { Pictogram } from '../ui/Pictogram';
import { addCustomPictogramCommand, removeCustomPictogramCommand } from './commands';
import type { Fresco } from './useFresco';
import { WordsField } from './WordsField';

export function CustomPictograms({ fresco, kind }: { fresco: Fresco; kind: 'activity' | 'difficulty' }) {
  const { t } = useTranslation('fresco');
  const writer = useControlWriter();
  const [open, setOpen] = useState(false);
  const [words, setWords] = useState('');
  const [picture, setPicture] = useState<string | null>(null);
  const shipped = pictogramsOfKind(kind);
  const own = fresco.settings.customPictograms.filter((custom) => custom.kind === kind);
  const ready = cleanLabel(words, LABEL_MAX) !== '' && picture !== null;
  const close = () => {
    setOpen(false);
    setWords('');
    setPicture(null);
  };
  return (
    <>
      <Button
        label={t(`custom.open.${kind}`)}
        icon={<IconPlus size={24} />}
        data-testid="custom-open"
        onClick={() => setOpen(true)}
      />
      <Dialog
        open={open}
        title={t(`custom.title.${kind}`)}
        onClose={close}
        size="wide"
        actions={
          <Button
            variant="primary"
            label={t('custom.add')}
            icon={<IconPlus size={24} />}
            disabled={!ready}
            data-testid="custom-add"
            onClick={() => {
              if (!picture) return;
              // Refused: the dialog stays open with the words and the picture chosen.
              if (addCustomPictogramCommand(writer, { kind, label: words, pictogram: picture }).ok) close();
            }}
          />
        }
      >
        <WordsField value={words} label={t('custom.words')} onSave={setWords} live />
        <fieldset className="choice-row custom-pictures">
          <legend>{t('custom.picture')}</legend>
          {shipped.map((pictogram) => (
            <button
              key={pictogram.id}
              type="button"
              className="choice"
              aria-pressed={picture === pictogram.id}
              aria-label={pictogram.label[fresco.lang]}
              data-pictogram={pictogram.id}
              onClick={() => setPicture(pictogram.id)}
            >
              <Pictogram id={pictogram.id} size={40} alt="" />
            </button>
          ))}
        </fieldset>
        {own.length > 0 ? (
          <section aria-labelledby="custom-own">
            <h3 id="custom-own">{t('custom.own')}</h3>
            <ul className="custom-own">
              {own.map((custom) => (
                <li key={custom.id}>
                  <Pictogram id={custom.pictogram} size={40} alt="" />
                  <span dir="auto">{custom.label}</span>
                  <Button
                    label={t('custom.remove', { label: custom.label })}
                    icon={<IconTrash size={22} />}
                    showLabel={false}
                    variant="quiet"
                    onClick={() => removeCustomPictogramCommand(writer, custom.id)}
                  />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </Dialog>
    </>
  );
}
