import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/protocol/http';
import { downloadSchema } from '../../export/downloadFile';
import { Button } from '../../ui/Button';

/** The city's schéma in every format, for the lead; written from the stakeholders' workshop. */
export function SchemaExport(props: { concertationId: string; token: string; hasStakeholders: boolean }) {
  const { t, i18n } = useTranslation(['concertation', 'export']);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [failed, setFailed] = useState(false);
  const download = async (format: ExportFormat) => {
    setBusy(format);
    setFailed(false);
    const result = await downloadSchema(props.concertationId, props.token, format, i18n.language);
    setBusy(null);
    setFailed(!result.ok);
  };
  return (
    <section className="panel schema-export" aria-labelledby="schema-export-title">
      <h2 id="schema-export-title">{t('schema.title')}</h2>
      <p className="hint">{t('schema.intro')}</p>
      {props.hasStakeholders ? (
        <div className="schema-formats">
          {EXPORT_FORMATS.map((format) => (
            <Button
              key={format}
              label={t(`export:targets.${format}.name`)}
              icon={<IconDownload size={20} />}
              disabled={busy !== null}
              data-testid={`schema-${format}`}
              onClick={() => void download(format)}
            />
          ))}
        </div>
      ) : (
        <p className="panel-empty">{t('schema.needsStakeholders')}</p>
      )}
      {failed ? (
        <p className="problem" role="alert">
          {t('schema.failed')}
        </p>
      ) : null}
    </section>
  );
}
