/**
 * A download name that every browser and file system accepts: ASCII letters, digits and dashes from the
 * workshop title (accents folded, anything else dropped), so a hostile title cannot break the
 * Content-Disposition header or name a path.
 */
export function exportFileName(title: string, date: string, extension: string, kind = 'plan'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? `-${date}` : '';
  return `fresco-${kind}-${slug || 'atelier'}${day}.${extension}`;
}

export function contentDisposition(fileName: string): string {
  return `attachment; filename="${fileName}"`;
}
