/**
 * The timer's bell, synthesised with WebAudio: no sound file to download, and soft (three sine notes
 * fading out) so a room of tablets ringing together stays gentle. Browsers only allow sound after a
 * touch or a key press, so the context is unlocked on the first gesture (see main.tsx).
 */
let context: AudioContext | null = null;

function audioContext(): AudioContext | null {
  if (context) return context;
  const Constructor = window.AudioContext;
  if (!Constructor) return null;
  try {
    context = new Constructor();
  } catch {
    return null;
  }
  return context;
}

export function unlockAudio(): void {
  const ctx = audioContext();
  if (ctx && ctx.state === 'suspended') void ctx.resume();
}

export function playChime(volume = 0.18): void {
  const ctx = audioContext();
  if (ctx?.state !== 'running') return;
  const notes = [659.25, 783.99, 1046.5];
  notes.forEach((frequency, index) => {
    const start = ctx.currentTime + index * 0.35;
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(volume, start + 0.04);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 1.6);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(start);
    oscillator.stop(start + 1.7);
  });
}
