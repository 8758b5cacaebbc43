/**
 * The lead's (pilote's) page, `/c/:id#token=`: every workshop of the concertation with its state and
 * links, a form to add one, the street-survey sessions, the field return pooled from all neighbourhoods
 * and the street, and the way to erase it. It reads over HTTP: the workshops every few seconds (a lead
 * watches several neighbourhoods, not one fresco), the field return every second with its ETag, so
 * interviews synced from a phone show within seconds at the cost of a bodiless 304 otherwise.
 */
import { IconHome, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { concertationApi } from '../../api/concertationApi';
import { FieldReturnView } from '../../concertation/FieldReturnView';
import { useLiveFieldReturn } from '../../concertation/useLiveFieldReturn';
import { usePolled } from '../../concertation/usePolled';
import { Button } from '../../ui/Button';
import { CopyButton } from '../../ui/CopyButton';
import { LoadingNote } from '../../ui/LoadingNote';
import { concertationPath, readFragmentToken } from '../../workshop/links';
import { shareOrigin } from '../../workshop/shareOrigin';
import { AddWorkshopForm } from './AddWorkshopForm';
import { ConcertationWorkshopCard } from './ConcertationWorkshopCard';
import { DeleteConcertationDialog } from './DeleteConcertationDialog';
import { SchemaExport } from './SchemaExport';
import { SurveySessions } from './SurveySessions';
import '../home/home.css';
import './concertationScreen.css';

const REFRESH_MS = 10_000;

export default function ConcertationScreen({ id }: { id: string }) {
  const { t, i18n } = useTranslation(['concertation', 'common', 'home', 'export']);
  const [token] = useState(() => readFragmentToken());
  const [deleting, setDeleting] = useState(false);
  const loadInfo = useCallback(() => concertationApi.info(id, token ?? ''), [id, token]);
  const info = usePolled(token ? loadInfo : null, REFRESH_MS);
  const field = useLiveFieldReturn(token ? id : null, token ?? '', i18n.language);
  const refresh = () => info.refresh();

  if (!token || (info.value === null && info.failure !== null && info.failure !== 'unreachable')) {
    const code = token ? info.failure : 'bad_token';
    return (
      <main className="page-center">
        <p className="problem" role="alert">
          {t([`lead.problem.${code}`, 'lead.problem.other'])}
        </p>
        <Link href="/" className="btn btn-secondary btn-normal">
          <span className="btn-label">{t('lead.home')}</span>
        </Link>
      </main>
    );
  }
  if (!info.value) {
    return (
      <main className="page-center">
        {info.failure ? <p className="problem">{t('lead.problem.unreachable')}</p> : <LoadingNote />}
      </main>
    );
  }
  const concertation = info.value;
  const residents = concertation.workshops.filter((workshop) => workshop.kind === 'residents');
  const stakeholders = concertation.workshops.filter((workshop) => workshop.kind === 'stakeholders');
  const isLead = concertation.role === 'lead';
  return (
    <div className="home-screen concertation-screen" data-testid="concertation-screen">
      <header className="home-top">
        <div className="brand-block">
          <p className="eyebrow">{t('lead.eyebrow')}</p>
          <h1>{concertation.title}</h1>
          {concertation.city ? <p className="tagline">{concertation.city}</p> : null}
        </div>
        <nav className="home-nav" aria-label={t('home:nav')}>
          <Button label={t('lead.refresh')} icon={<IconRefresh size={22} />} onClick={refresh} />
          <Link href="/" className="btn btn-quiet btn-normal">
            <span className="btn-icon" aria-hidden="true">
              <IconHome size={22} />
            </span>
            <span className="btn-label">{t('lead.home')}</span>
          </Link>
        </nav>
      </header>
      {info.failure === 'unreachable' ? (
        <p className="warning" role="status">
          {t('lead.problem.unreachable')}
        </p>
      ) : null}
      <main className="concertation-main">
        <div className="concertation-workshops">
          <section aria-labelledby="residents-title">
            <h2 id="residents-title">{t('lead.residents')}</h2>
            <p className="hint">{t('lead.residentsHint')}</p>
            {residents.length === 0 ? <p className="panel-empty">{t('lead.noResidents')}</p> : null}
            <ul className="workshop-list" data-testid="residents-workshops">
              {residents.map((workshop) => (
                <ConcertationWorkshopCard key={workshop.id} workshop={workshop} />
              ))}
            </ul>
          </section>
          <section aria-labelledby="stakeholders-title">
            <h2 id="stakeholders-title">{t('lead.stakeholders')}</h2>
            <p className="hint">{t('lead.stakeholdersHint')}</p>
            {stakeholders.length === 0 ? <p className="panel-empty">{t('lead.noStakeholders')}</p> : null}
            <ul className="workshop-list" data-testid="stakeholders-workshops">
              {stakeholders.map((workshop) => (
                <ConcertationWorkshopCard key={workshop.id} workshop={workshop} />
              ))}
            </ul>
          </section>
          <SurveySessions
            concertationId={id}
            leadToken={isLead ? token : null}
            surveys={concertation.surveys ?? []}
            onChanged={refresh}
          />
          {field.field ? (
            <div className="panel">
              <FieldReturnView field={field.field} />
            </div>
          ) : null}
        </div>
        {isLead ? (
          <aside className="concertation-side">
            <AddWorkshopForm concertationId={id} token={token} onAdded={refresh} />
            <SchemaExport concertationId={id} token={token} hasStakeholders={stakeholders.length > 0} />
            <section className="panel" aria-labelledby="lead-link-title">
              <h2 id="lead-link-title">{t('lead.leadLink')}</h2>
              <p className="hint">{t('lead.leadLinkHint')}</p>
              <CopyButton
                text={`${shareOrigin()}${concertationPath(id, token)}`}
                label={t('home:links.copy')}
              />
            </section>
            <Button
              label={t('delete.button')}
              icon={<IconTrash size={22} />}
              variant="danger"
              onClick={() => setDeleting(true)}
            />
          </aside>
        ) : null}
      </main>
      {deleting ? (
        <DeleteConcertationDialog
          concertation={{ id, token, title: concertation.title }}
          onClose={() => setDeleting(false)}
        />
      ) : null}
    </div>
  );
}
