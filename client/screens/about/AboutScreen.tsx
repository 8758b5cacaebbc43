import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import guide from '../../../docs/guide-animateur.md?raw';
import { OPENMOJI_URL, PICTOGRAM_CREDIT, PICTOGRAM_LICENSE_URL } from '../../../shared/pictograms/credit';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { languageOf } from '../../ui/Pictogram';
import { Markdown } from './Markdown';
import './about.css';

/** Help and credits: what Fresco is, the facilitator's guide, and whose work it is built on. */
export default function AboutScreen() {
  const { t, i18n } = useTranslation('common');
  const lang = languageOf(i18n.language);
  return (
    <div className="about-screen">
      <header className="about-top">
        <button type="button" className="btn btn-quiet btn-normal" onClick={() => history.back()}>
          <span className="btn-icon" aria-hidden="true">
            <IconArrowLeft size={22} />
          </span>
          <span className="btn-label">{t('action.back')}</span>
        </button>
        <span className="brand">Fresco</span>
        <LanguageSwitch />
      </header>
      <main className="about-main">
        <h1>{t('about.title')}</h1>
        <p>{t('about.what')}</p>
        <nav aria-label={t('about.contents')}>
          <ul className="about-links">
            <li>
              <a href="#guide">{t('about.guideLink')}</a>
            </li>
            <li>
              <a href="#credits">{t('about.creditsLink')}</a>
            </li>
          </ul>
        </nav>
        <section id="credits" className="about-credits" aria-labelledby="credits-title">
          <h2 id="credits-title">{t('about.credits')}</h2>
          <p data-testid="pictogram-credit">
            {PICTOGRAM_CREDIT[lang]} — <a href={OPENMOJI_URL}>openmoji.org</a> ·{' '}
            <a href={PICTOGRAM_LICENSE_URL}>CC BY-SA 4.0</a>
          </p>
          <p>{t('about.icons')}</p>
          <p>{t('about.font')}</p>
          <p>{t('about.license')}</p>
        </section>
        <article id="guide" className="guide" lang="fr" aria-label={t('about.guideLink')}>
          {lang === 'en' ? <p className="hint">{t('about.guideInFrench')}</p> : null}
          <Markdown source={guide} />
        </article>
      </main>
    </div>
  );
}
