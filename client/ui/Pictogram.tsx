import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pictogramLabel, pictogramUrl } from '../../shared/pictograms/lookup';
import type { Language } from '../../shared/schema/control';
import { usePictogramSrc } from '../pictograms/usePictogramSrc';

export interface PictogramProps {
  id: string;
  /** Width and height in px. */
  size?: number;
  /** Alt text; by default the pictogram's own words in the interface language. Empty when decorative. */
  alt?: string;
  className?: string;
}

/**
 * A pictogram from the shipped set, as an <img> with its words as alt text, drawn from the workshop's
 * pictogram bundle once it is on the device (client/pictograms/pictogramBundle.ts).
 */
export function Pictogram({ id, size = 48, alt, className }: PictogramProps) {
  const { i18n } = useTranslation();
  const { src, version } = usePictogramSrc(id);
  // The version at which this image last failed: it is loaded again when the version moves on.
  const [failedAt, setFailedAt] = useState<number | null>(null);
  const words = alt ?? pictogramLabel(id, languageOf(i18n.language)) ?? '';
  if (!pictogramUrl(id)) {
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
  if (!src) {
    // The bundle is on its way (a moment, when a workshop opens): keep the place, fetch nothing twice.
    const classes = ['pictogram', className ?? ''].join(' ');
    const box = { width: size, height: size };
    if (!words) return <span className={classes} style={box} aria-hidden="true" />;
    return <span className={classes} style={box} role="img" aria-label={words} />;
  }
  return (
    <img
      key={`${src}|${failedAt === null ? 0 : version}`}
      className={['pictogram', className ?? ''].join(' ')}
      src={src}
      alt={words}
      width={size}
      height={size}
      loading="lazy"
      decoding="async"
      draggable={false}
      onError={() => setFailedAt(version)}
    />
  );
}

export function languageOf(language: string): Language {
  return language === 'en' ? 'en' : 'fr';
}
