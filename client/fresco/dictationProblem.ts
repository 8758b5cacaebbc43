/**
 * Why dictation did not give words, as the calm note under the field names it. Offline, Chrome's
 * recognition ends with a 'network' error and nothing else: without a note the microphone just stops.
 */
export type DictationProblem = 'missing' | 'offline' | 'denied' | 'silent' | 'failed';

/**
 * The note for a SpeechRecognition error code (null when nothing went wrong for the person: 'aborted'
 * is our own stop). Offline wins whatever the code, since the browser knows the network is gone.
 */
export function dictationProblem(error: string | undefined, online: boolean): DictationProblem | null {
  if (error === 'aborted') return null;
  if (!online || error === 'network') return 'offline';
  if (error === 'not-allowed' || error === 'service-not-allowed' || error === 'audio-capture')
    return 'denied';
  if (error === 'no-speech') return 'silent';
  return 'failed';
}
