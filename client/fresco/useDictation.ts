/**
 * Dictation through the Web Speech API where the browser has it (Chrome and Edge on Android and
 * desktop, Safari): residents who write little can say their words. Where it is missing or fails (no
 * network, microphone refused), `problem` says why, so the field shows a calm note instead of nothing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DictationProblem, dictationProblem } from './dictationProblem';

interface RecognitionResultEvent {
  results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }>;
}

interface Recognition {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  onresult: ((event: RecognitionResultEvent) => void) | null;
  onend: (() => void) | null;
  onerror: ((event: { error?: string }) => void) | null;
  start(): void;
  stop(): void;
}

type RecognitionConstructor = new () => Recognition;

function recognitionClass(): RecognitionConstructor | null {
  if (typeof window === 'undefined') return null;
  const scope = window as unknown as {
    SpeechRecognition?: RecognitionConstructor;
    webkitSpeechRecognition?: RecognitionConstructor;
  };
  return scope.SpeechRecognition ?? scope.webkitSpeechRecognition ?? null;
}

export interface Dictation {
  supported: boolean;
  listening: boolean;
  /** Why the last attempt gave no words ('missing' where the browser has no recognition); null if fine. */
  problem: DictationProblem | null;
  start(): void;
  stop(): void;
}

/** Calls `onText` with the whole sentence heard so far, each time it grows. */
export function useDictation(onText: (text: string) => void): Dictation {
  const { i18n } = useTranslation();
  const [listening, setListening] = useState(false);
  const [problem, setProblem] = useState<DictationProblem | null>(null);
  const recognition = useRef<Recognition | null>(null);
  const latest = useRef(onText);
  latest.current = onText;
  const Recognition = recognitionClass();

  const stop = useCallback(() => {
    recognition.current?.stop();
    setListening(false);
  }, []);

  const start = useCallback(() => {
    if (!Recognition) return;
    recognition.current?.stop();
    setProblem(null);
    const next = new Recognition();
    next.lang = i18n.language === 'en' ? 'en-GB' : 'fr-FR';
    next.interimResults = true;
    next.continuous = false;
    next.onresult = (event) => {
      setProblem(null);
      let text = '';
      for (let index = 0; index < event.results.length; index++)
        text += event.results[index]?.[0]?.transcript ?? '';
      latest.current(text);
    };
    next.onend = () => setListening(false);
    next.onerror = (event) => {
      setListening(false);
      if (recognition.current === next) setProblem(dictationProblem(event.error, navigator.onLine));
    };
    recognition.current = next;
    setListening(true);
    try {
      next.start();
    } catch {
      setListening(false);
      setProblem(dictationProblem(undefined, navigator.onLine));
    }
  }, [Recognition, i18n.language]);

  useEffect(() => () => recognition.current?.stop(), []);

  const supported = Recognition !== null;
  return { supported, listening, problem: supported ? problem : 'missing', start, stop };
}
