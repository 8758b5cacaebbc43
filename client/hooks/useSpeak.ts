/**
 * Reads words aloud with the browser's own speech synthesis (no network needed on most tablets:
 * Android, iPadOS and Windows ship offline voices). French voice first, in the interface language.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const VOICE_LANG: Record<string, string> = { fr: 'fr-FR', en: 'en-GB' };

export function speechSupported(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
}

function pickVoice(lang: string): SpeechSynthesisVoice | null {
  const voices = window.speechSynthesis.getVoices();
  const prefix = lang.slice(0, 2);
  return (
    voices.find((voice) => voice.lang === lang && voice.localService) ??
    voices.find((voice) => voice.lang === lang) ??
    voices.find((voice) => voice.lang.startsWith(prefix)) ??
    null
  );
}

export interface Speech {
  speak(text: string): void;
  stop(): void;
  speaking: boolean;
  supported: boolean;
}

export function useSpeak(): Speech {
  const { i18n } = useTranslation();
  const [speaking, setSpeaking] = useState(false);
  const supported = speechSupported();

  const stop = useCallback(() => {
    if (!supported) return;
    window.speechSynthesis.cancel();
    setSpeaking(false);
  }, [supported]);

  const speak = useCallback(
    (text: string) => {
      if (!supported || text.trim() === '') return;
      const synth = window.speechSynthesis;
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = VOICE_LANG[i18n.language] ?? 'fr-FR';
      const voice = pickVoice(utterance.lang);
      if (voice) utterance.voice = voice;
      // A little slower than the default: easier to follow for people reading French as a second language.
      utterance.rate = 0.9;
      utterance.onend = () => setSpeaking(false);
      utterance.onerror = () => setSpeaking(false);
      setSpeaking(true);
      synth.speak(utterance);
    },
    [supported, i18n.language],
  );

  useEffect(() => () => void (supported && window.speechSynthesis.cancel()), [supported]);

  return { speak, stop, speaking, supported };
}
