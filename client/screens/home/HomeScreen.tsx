import { IconHelp, IconKeyboard } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useMyWorkshops } from '../../storage/myWorkshops';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { linksAreLocalOnly } from '../../workshop/shareOrigin';
import { ImportWorkshop } from './ImportWorkshop';
import { MyConcertations } from './MyConcertations';
import { NewConcertationForm } from './NewConcertationForm';
import { NewWorkshopForm } from './NewWorkshopForm';
import { WorkshopCard } from './WorkshopCard';
import './home.css';

/** The facilitator's home: create a workshop, and the workshops created on this laptop. */
export default function HomeScreen() {
  const { t } = useTranslation(['home', 'concertation']);
  const workshops = useMyWorkshops();
  const [expanded, setExpanded] = useState<string | null>(null);
  return (
    <div className="home-screen">
      <header className="home-top">
        <div className="brand-block">
          <span className="brand brand-large">Fresco</span>
          <p className="tagline">{t('tagline')}</p>
        </div>
        <nav className="home-nav" aria-label={t('nav')}>
          <Link href="/j" className="btn btn-secondary btn-normal">
            <span className="btn-icon" aria-hidden="true">
              <IconKeyboard size={22} />
            </span>
            <span className="btn-label">{t('joinWithCode')}</span>
          </Link>
          <Link href="/aide" className="btn btn-quiet btn-normal">
            <span className="btn-icon" aria-hidden="true">
              <IconHelp size={22} />
            </span>
            <span className="btn-label">{t('help')}</span>
          </Link>
          <LanguageSwitch />
        </nav>
      </header>
      <main className="home-main">
        {linksAreLocalOnly() ? <p className="warning home-warning">{t('links.localhost')}</p> : null}
        <div className="home-forms">
          <NewWorkshopForm onCreated={(id) => setExpanded(id)} />
          <ImportWorkshop onImported={(id) => setExpanded(id)} />
          <NewConcertationForm />
        </div>
        <div className="home-lists">
          <MyConcertations />
          <section className="my-workshops" aria-labelledby="mine-title">
            <h2 id="mine-title">{t('mine.title')}</h2>
            {workshops.length === 0 ? <p className="hint">{t('mine.empty')}</p> : null}
            <ul className="workshop-list">
              {workshops.map((workshop) => (
                <WorkshopCard
                  key={workshop.id}
                  workshop={workshop}
                  expanded={expanded === workshop.id}
                  onToggle={() => setExpanded(expanded === workshop.id ? null : workshop.id)}
                />
              ))}
            </ul>
            <p className="hint">{t('mine.kept')}</p>
          </section>
        </div>
      </main>
    </div>
  );
}
