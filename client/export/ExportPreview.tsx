import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingNote } from '../ui/LoadingNote';
import type { WorkshopDocs } from './buildPreview';

/**
 * The sheets as the documents will show them, built in the browser from the live documents by the same
 * shared builders the server uses (loaded on demand), and refreshed as people keep editing. The page sits
 * in a sandboxed frame with no script allowed: whatever anyone typed can only ever be text there.
 */
export function ExportPreview({ docs }: { docs: WorkshopDocs }) {
  const { t } = useTranslation('export');
  const [html, setHtml] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const rebuild = () => {
      import('./buildPreview')
        .then(({ previewHtml }) => previewHtml(docs))
        .then((page) => {
          if (!cancelled) setHtml(page);
        })
        .catch(() => {
          if (!cancelled) setFailed(true);
        });
    };
    // Edits come in bursts while people type: rebuild once they pause.
    const onUpdate = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(rebuild, 800);
    };
    rebuild();
    const all = [docs.control, docs.board, docs.plan];
    for (const doc of all) doc.on('update', onUpdate);
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      for (const doc of all) doc.off('update', onUpdate);
    };
  }, [docs]);

  if (failed) return <p className="export-error">{t('errors.preview')}</p>;
  if (html === null) return <LoadingNote />;
  return <iframe className="export-preview" title={t('preview.frame')} sandbox="" srcDoc={html} />;
}
