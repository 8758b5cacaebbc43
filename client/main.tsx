import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import './ui/tokens.css';
import './ui/ui.css';
import { createRoot } from 'react-dom/client';
import { App, preloadRoute } from './App';
import { i18nReady } from './i18n';
import { unlockAudio } from './timer/chime';
import { openEarly } from './workshop/earlyOpen';
import { loadShareOrigin } from './workshop/shareOrigin';

// Browsers allow sound only after a gesture: the first touch anywhere unlocks the timer's bell. On
// release, not press: starting the audio engine takes a weak tablet a frame or more, which must not
// land at the start of someone's first drag.
const unlock = () => {
  unlockAudio();
  window.removeEventListener('pointerup', unlock);
  window.removeEventListener('keydown', unlock);
};
window.addEventListener('pointerup', unlock);
window.addEventListener('keydown', unlock);

const root = document.getElementById('root');
if (root) {
  openEarly(location.pathname);
  preloadRoute(location.pathname);
  void Promise.all([i18nReady, loadShareOrigin()]).then(() => createRoot(root).render(<App />));
}
