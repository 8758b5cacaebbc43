import {
  IconBraces,
  IconDownload,
  IconEye,
  IconFileText,
  IconFileTypeCsv,
  IconFileTypeDocx,
  IconFileTypePdf,
  IconPhoto,
  IconPrinter,
} from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../shared/protocol/http';
import { Button } from '../ui/Button';
import { useWorkshopSession } from '../workshop/WorkshopSessionContext';
import { type DownloadTarget, downloadExport } from './downloadFile';
import { ExportPreview } from './ExportPreview';
import { downloadFrescoPng } from './frescoPng';
import './export.css';

const FORMATS: { format: ExportFormat; icon: ReactNode }[] = [
  { format: 'docx', icon: <IconFileTypeDocx size={28} /> },
  { format: 'odt', icon: <IconFileText size={28} /> },
  { format: 'pdf', icon: <IconFileTypePdf size={28} /> },
  { format: 'md', icon: <IconFileText size={28} /> },
  { format: 'csv', icon: <IconFileTypeCsv size={28} /> },
  { format: 'json', icon: <IconBraces size={28} /> },
];

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | { kind: 'done'; what: string }
  | { kind: 'failed'; key: string };

/**
 * The export menu of the facilitator and the stakeholders: the draft plan in every format (built on the
 * server from the stored documents), the paper kit, the frescos as PNG, and a preview of the sheets.
 */
export default function ExportPanel() {
  const { t } = useTranslation('export');
  const session = useWorkshopSession();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [preview, setPreview] = useState(false);
  const busy = status.kind === 'busy';

  async function download(target: DownloadTarget) {
    const what = t(`targets.${target}.name`);
    setStatus({ kind: 'busy', what });
    const result = await downloadExport(session.workshopId, session.token, target);
    setStatus(result.ok ? { kind: 'done', what } : { kind: 'failed', key: `errors.${result.failure}` });
  }

  async function picture(fresco: 'week' | 'timeline') {
    const what = t(`pictures.${fresco}`);
    setStatus({ kind: 'busy', what });
    try {
      const { frescoSvg } = await import('./buildPreview');
      await downloadFrescoPng(fresco, () => frescoSvg(session.docs, fresco), t(`pictures.${fresco}File`));
      setStatus({ kind: 'done', what });
    } catch {
      setStatus({ kind: 'failed', key: 'errors.picture' });
    }
  }

  if (session.role !== 'facilitator' && session.role !== 'stakeholder') {
    return <p className="export-note">{t('notAllowed')}</p>;
  }

  return (
    <div className="export-panel">
      <header>
        <h1>{t('title')}</h1>
        <p className="export-intro">{t('intro')}</p>
      </header>

      <section aria-labelledby="export-documents">
        <h2 id="export-documents">{t('documents')}</h2>
        <ul className="export-formats">
          {FORMATS.map(({ format, icon }) => (
            <li key={format}>
              <Button
                label={t(`targets.${format}.name`)}
                icon={icon}
                variant={format === 'docx' || format === 'odt' ? 'primary' : 'secondary'}
                disabled={busy}
                onClick={() => void download(format)}
              >
                <span className="export-hint">{t(`targets.${format}.hint`)}</span>
              </Button>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="export-paper">
        <h2 id="export-paper">{t('paper')}</h2>
        <p>{t('targets.kit.hint')}</p>
        <Button
          label={t('targets.kit.name')}
          icon={<IconPrinter size={28} />}
          disabled={busy}
          onClick={() => void download('kit')}
        />
      </section>

      <section aria-labelledby="export-pictures">
        <h2 id="export-pictures">{t('pictures.title')}</h2>
        <div className="export-row">
          <Button
            label={t('pictures.week')}
            icon={<IconPhoto size={28} />}
            disabled={busy}
            onClick={() => void picture('week')}
          />
          <Button
            label={t('pictures.timeline')}
            icon={<IconPhoto size={28} />}
            disabled={busy}
            onClick={() => void picture('timeline')}
          />
        </div>
      </section>

      <p className="export-status" role="status" aria-live="polite">
        {status.kind === 'busy' ? t('status.busy', { what: status.what }) : null}
        {status.kind === 'done' ? t('status.done', { what: status.what }) : null}
        {status.kind === 'failed' ? <span className="export-error">{t(status.key)}</span> : null}
      </p>

      <section aria-labelledby="export-preview">
        <h2 id="export-preview">{t('preview.title')}</h2>
        {preview ? (
          <ExportPreview docs={session.docs} />
        ) : (
          <Button label={t('preview.show')} icon={<IconEye size={28} />} onClick={() => setPreview(true)} />
        )}
      </section>
      <p className="export-credit">
        <IconDownload size={16} aria-hidden="true" /> {t('credit')}
      </p>
    </div>
  );
}
