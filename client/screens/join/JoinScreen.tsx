import {
  IconAlertCircle,
  IconArrowBackUp,
  IconCloudOff,
  IconDoorOff,
  IconHourglass,
} from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { listSeats } from '../../storage/sessions';
import { Button } from '../../ui/Button';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { SpeakButton } from '../../ui/SpeakButton';
import { workshopPath } from '../../workshop/links';
import { Keypad } from './Keypad';
import { type JoinProblem, useJoinByCode } from './useJoinByCode';
import './join.css';

const CODE_LENGTH = 6;

const PROBLEM_ICONS: Record<JoinProblem, typeof IconAlertCircle> = {
  unknown_code: IconAlertCircle,
  too_many_attempts: IconHourglass,
  door_closed: IconDoorOff,
  unreachable: IconCloudOff,
  other: IconAlertCircle,
};

/** `/j`: type the 6 digits shown on the projector on a big keypad; the workshop opens by itself. */
export default function JoinScreen() {
  const { t } = useTranslation('join');
  const [, navigate] = useLocation();
  const [code, setCode] = useState('');
  const { join, busy, problem, clearProblem } = useJoinByCode();
  const seats = useRef(listSeats()).current;

  const submit = useCallback(
    (value: string) => {
      if (value.length !== CODE_LENGTH || busy) return;
      void join(value).then((joined) => {
        if (!joined) setCode('');
      });
    },
    [join, busy],
  );

  const addDigit = useCallback(
    (digit: string) => {
      clearProblem();
      setCode((current) => (current.length >= CODE_LENGTH ? current : current + digit));
    },
    [clearProblem],
  );

  // The sixth digit sends the code: no "OK" to find.
  const submitted = useRef<string | null>(null);
  useEffect(() => {
    if (code.length < CODE_LENGTH) {
      submitted.current = null;
      return;
    }
    if (submitted.current === code) return;
    submitted.current = code;
    submit(code);
  }, [code, submit]);

  const erase = useCallback(() => setCode((current) => current.slice(0, -1)), []);

  // A physical keyboard works too (a laptop, or a tablet with a keyboard cover).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (/^[0-9]$/.test(event.key)) addDigit(event.key);
      else if (event.key === 'Backspace') erase();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [addDigit, erase]);

  // `/j#code=123456` (the QR shown when the participant link is not known) fills the code and joins.
  useEffect(() => {
    const fromLink = new URLSearchParams(location.hash.replace(/^#/, '')).get('code');
    if (fromLink && /^\d{6}$/.test(fromLink)) {
      history.replaceState(history.state, '', '/j');
      setCode(fromLink);
    }
  }, []);

  const ProblemIcon = problem ? PROBLEM_ICONS[problem] : null;
  const instruction = t('keypad.title');
  return (
    <div className="resident join-screen" data-testid="join-screen">
      <header className="join-top">
        <span className="brand">Fresco</span>
        <LanguageSwitch size="large" />
      </header>
      <main className="join-main">
        <div className="join-heading">
          <h1>{instruction}</h1>
          <SpeakButton text={`${instruction}. ${t('keypad.hint')}`} size="large" />
        </div>
        <p className="join-hint">{t('keypad.hint')}</p>
        <div
          className={`code-display ${problem ? 'code-display-problem' : ''}`}
          data-testid="code-display"
          aria-label={t('keypad.typed', { count: code.length })}
          role="img"
        >
          {Array.from({ length: CODE_LENGTH }, (_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the six boxes are fixed positions
            <span key={index} className={`code-box ${index === code.length ? 'code-box-next' : ''}`}>
              {code[index] ?? ''}
            </span>
          ))}
        </div>
        <div className="join-message" aria-live="assertive">
          {busy ? <p className="join-busy">{t('keypad.searching')}</p> : null}
          {problem && ProblemIcon ? (
            <div className="join-problem" role="alert" data-problem={problem}>
              <ProblemIcon size={44} aria-hidden="true" />
              <p>{t(`problem.${problem}`)}</p>
              <SpeakButton text={t(`problem.${problem}`)} />
            </div>
          ) : null}
        </div>
        <Keypad
          onDigit={addDigit}
          onErase={erase}
          onSubmit={() => submit(code)}
          canSubmit={code.length === CODE_LENGTH}
          disabled={busy}
        />
        {seats.length > 0 ? (
          <section className="join-back" aria-label={t('back.label')}>
            {seats.slice(0, 2).map((seat) => (
              <Button
                key={seat.workshopId}
                label={seat.title ? t('back.to', { title: seat.title }) : t('back.toUntitled')}
                icon={<IconArrowBackUp size={28} />}
                size="large"
                onClick={() => navigate(workshopPath(seat.workshopId, seat.token))}
              />
            ))}
          </section>
        ) : null}
      </main>
    </div>
  );
}
