/**
 * Optional words on a difficulty or a proposal: typed or dictated, capped at LABEL_MAX with a visible
 * counter (capping never splits an emoji or an accented letter), any script welcome (`dir="auto"` lets
 * Arabic run right to left). Saved when the field is left or Enter is pressed, not on every key.
 */
import { IconMicrophone, IconPlayerStopFilled } from '@tabler/icons-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { capText } from '../../shared/model/label';
import { LABEL_MAX } from '../../shared/schema/board';
import { Button } from '../ui/Button';
import { useDictation } from './useDictation';

export interface WordsFieldProps {
  value: string;
  label: string;
  placeholder?: string;
  onSave(words: string): void;
  /** Saves on every change too (forms that submit later). */
  live?: boolean;
  max?: number;
}

export function WordsField({
  value,
  label,
  placeholder,
  onSave,
  live = false,
  max = LABEL_MAX,
}: WordsFieldProps) {
  const { t } = useTranslation('fresco');
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [focused, setFocused] = useState(false);

  // Someone else's edit (or an undo) shows up unless this field is being typed in.
  useEffect(() => {
    if (!focused) setDraft(value);
  }, [value, focused]);
  const change = (text: string) => {
    const capped = capText(text, max);
    setDraft(capped);
    if (live) onSave(capped);
  };
  const dictation = useDictation((heard) => change(heard));
  const length = draft.length;
  const near = length >= max * 0.85;
  return (
    <div className="words-field">
      <label htmlFor={id} className="words-label">
        {label}
      </label>
      <div className="words-row">
        <textarea
          id={id}
          className="words-input"
          dir="auto"
          rows={2}
          value={draft}
          placeholder={placeholder}
          aria-describedby={`${id}-count`}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            if (!live && draft.trim() !== value.trim()) onSave(draft);
          }}
          onChange={(event) => change(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              if (!live) onSave(draft);
            }
          }}
        />
        {dictation.supported ? (
          <Button
            label={dictation.listening ? t('words.stopDictation') : t('words.dictate')}
            icon={dictation.listening ? <IconPlayerStopFilled size={28} /> : <IconMicrophone size={30} />}
            showLabel={false}
            pressed={dictation.listening}
            onClick={() => (dictation.listening ? dictation.stop() : dictation.start())}
          />
        ) : null}
      </div>
      {dictation.problem ? (
        <p className="words-note" role="status" data-testid="dictation-note">
          {t(`words.dictation.${dictation.problem}`)}
        </p>
      ) : null}
      <span
        id={`${id}-count`}
        className={`words-count ${near ? 'words-count-near' : ''}`}
        data-testid="words-count"
      >
        {t('words.count', { count: length, max })}
      </span>
    </div>
  );
}
