import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import './ui/tokens.css';
import './ui/ui.css';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { i18nReady } from './i18n';
import { unlockAudio } from './timer/chime';
import { loadShareOrigin } from './workshop/shareOrigin';

// Browsers allow sound only after a gesture: the first touch anywhere unlocks the timer's bell.
const unlock = () => {
  unlockAudio();
  window.removeEventListener('pointerdown', unlock);
  window.removeEventListener('keydown', unlock);
};
window.addEventListener('pointerdown', unlock);
window.addEventListener('keydown', unlock);

const root = document.getElementById('root');
if (root) {
  void Promise.all([i18nReady, loadShareOrigin()]).then(() => createRoot(root).render(<App />));
}
