import { IconFileImport } from '@tabler/icons-react';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ImportProblem, importWorkshopArchive } from '../../api/archive';
import { saveMyWorkshop } from '../../storage/myWorkshops';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; title: string }
  | { kind: 'problem'; problem: ImportProblem; detail: string };

/**
 * "Importer un atelier": a workshop file downloaded from a Fresco (this one or another) becomes a new
 * workshop of this laptop, with new links; it joins the list like a workshop created here.
 */
export function ImportWorkshop({ onImported }: { onImported(id: string): void }) {
  const { t } = useTranslation('home');
  const [state, setState] = useState<State>({ kind: 'idle' });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file || state.kind === 'busy') return;
    setState({ kind: 'busy' });
    const result = await importWorkshopArchive(file);
    // The same file may be chosen again (after a failure, or for a second copy).
    input.value = '';
    if (!result.ok) {
      setState({ kind: 'problem', problem: result.problem, detail: result.detail });
      return;
    }
    const { id, title, place, date, joinCode, tokens } = result.value;
    saveMyWorkshop({ id, title, place, date, joinCode, tokens, createdAt: Date.now() });
    setState({ kind: 'done', title });
    onImported(id);
  };

  return (
    <section className="panel import-workshop" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <p className="hint">{t('import.hint')}</p>
      <label className="btn btn-secondary btn-normal import-choose">
        <span className="btn-icon" aria-hidden="true">
          <IconFileImport size={22} />
        </span>
        <span className="btn-label">
          {state.kind === 'busy' ? t('import.importing') : t('import.choose')}
        </span>
        <input
          type="file"
          accept=".zip,application/zip"
          className="visually-hidden"
          data-testid="import-archive"
          disabled={state.kind === 'busy'}
          onChange={(event) => void choose(event)}
        />
      </label>
      {state.kind === 'done' ? (
        <p className="hint" role="status">
          {t('import.done', { title: state.title })}
        </p>
      ) : null}
      {state.kind === 'problem' ? (
        <div role="alert">
          <p className="problem">{t(`import.problem.${state.problem}`)}</p>
          {state.problem === 'bad_archive' && state.detail ? (
            <p className="hint">{t('import.detail', { detail: state.detail })}</p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
