/**
 * Dictation through the Web Speech API where the browser has it (Chrome and Edge on Android and
 * desktop, Safari): residents who write little can say their words. Hidden where it is missing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface RecognitionResultEvent {
  results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }>;
}

interface Recognition {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  onresult: ((event: RecognitionResultEvent) => void) | null;
  onend: (() => void) | null;
  onerror: (() => void) | null;
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
  start(): void;
  stop(): void;
}

/** Calls `onText` with the whole sentence heard so far, each time it grows. */
export function useDictation(onText: (text: string) => void): Dictation {
  const { i18n } = useTranslation();
  const [listening, setListening] = useState(false);
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
    const next = new Recognition();
    next.lang = i18n.language === 'en' ? 'en-GB' : 'fr-FR';
    next.interimResults = true;
    next.continuous = false;
    next.onresult = (event) => {
      let text = '';
      for (let index = 0; index < event.results.length; index++)
        text += event.results[index]?.[0]?.transcript ?? '';
      latest.current(text);
    };
    next.onend = () => setListening(false);
    next.onerror = () => setListening(false);
    recognition.current = next;
    setListening(true);
    next.start();
  }, [Recognition, i18n.language]);

  useEffect(() => () => recognition.current?.stop(), []);

  return { supported: Recognition !== null, listening, start, stop };
}
