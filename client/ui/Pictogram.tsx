import { useTranslation } from 'react-i18next';
import { pictogramLabel, pictogramUrl } from '../../shared/pictograms/lookup';
import type { Language } from '../../shared/schema/control';

export interface PictogramProps {
  id: string;
  /** Width and height in px. */
  size?: number;
  /** Alt text; by default the pictogram's own words in the interface language. Empty when decorative. */
  alt?: string;
  className?: string;
}

/** A pictogram from the shipped set, as an <img> of its local SVG with its words as alt text. */
export function Pictogram({ id, size = 48, alt, className }: PictogramProps) {
  const { i18n } = useTranslation();
  const url = pictogramUrl(id);
  const words = alt ?? pictogramLabel(id, languageOf(i18n.language)) ?? '';
  if (!url) {
    // An id this build does not ship (a newer tablet wrote it): show its words rather than a broken image.
    return (
      <span
        className={['pictogram pictogram-missing', className ?? ''].join(' ')}
        style={{ width: size, height: size }}
      >
        {words || '?'}
      </span>
    );
  }
  return (
    <img
      className={['pictogram', className ?? ''].join(' ')}
      src={url}
      alt={words}
      width={size}
      height={size}
      loading="lazy"
      decoding="async"
      draggable={false}
    />
  );
}

export function languageOf(language: string): Language {
  return language === 'en' ? 'en' : 'fr';
}
