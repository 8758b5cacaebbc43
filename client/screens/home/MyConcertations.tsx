import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { myConcertations } from '../../storage/myConcertations';
import { concertationPath } from '../../workshop/links';

/** The concertations this laptop leads, each a link to its page. Nothing shows when there is none. */
export function MyConcertations() {
  const { t } = useTranslation('concertation');
  const list = myConcertations.useList();
  if (list.length === 0) return null;
  return (
    <section className="my-workshops" aria-labelledby="my-concertations-title">
      <h2 id="my-concertations-title">{t('mine.title')}</h2>
      <ul className="workshop-list">
        {list.map((concertation) => (
          <li key={concertation.id} className="panel workshop-card" data-concertation={concertation.id}>
            <div className="workshop-card-head">
              <div>
                <h3>{concertation.title}</h3>
                {concertation.city ? <p className="hint">{concertation.city}</p> : null}
              </div>
              <Link
                href={concertationPath(concertation.id, concertation.token)}
                className="btn btn-primary btn-normal"
                data-testid="open-concertation"
              >
                <span className="btn-label">{t('mine.open')}</span>
                <span className="btn-icon" aria-hidden="true">
                  <IconArrowRight size={22} />
                </span>
              </Link>
            </div>
          </li>
        ))}
      </ul>
      <p className="hint">{t('mine.kept')}</p>
    </section>
  );
}
