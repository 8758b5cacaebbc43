import { IconBackspace, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface KeypadProps {
  onDigit(digit: string): void;
  onErase(): void;
  onSubmit(): void;
  canSubmit: boolean;
  disabled: boolean;
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** A phone-style keypad with keys big enough for any finger (the on-screen keyboard is not needed). */
export function Keypad({ onDigit, onErase, onSubmit, canSubmit, disabled }: KeypadProps) {
  const { t } = useTranslation('join');
  return (
    <fieldset className="keypad">
      <legend className="visually-hidden">{t('keypad.label')}</legend>
      {DIGITS.map((digit) => (
        <button key={digit} type="button" className="key" disabled={disabled} onClick={() => onDigit(digit)}>
          {digit}
        </button>
      ))}
      <button
        type="button"
        className="key key-erase"
        aria-label={t('keypad.erase')}
        disabled={disabled}
        onClick={onErase}
      >
        <IconBackspace size={40} aria-hidden="true" />
      </button>
      <button type="button" className="key" disabled={disabled} onClick={() => onDigit('0')}>
        0
      </button>
      <button
        type="button"
        className="key key-ok"
        aria-label={t('keypad.ok')}
        disabled={disabled || !canSubmit}
        onClick={onSubmit}
      >
        <IconCheck size={44} aria-hidden="true" />
      </button>
    </fieldset>
  );
}
