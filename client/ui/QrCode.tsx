import { useEffect, useState } from 'react';

export interface QrCodeProps {
  text: string;
  /** Rendered width and height in px. */
  size: number;
  /** What the code opens, for screen readers ("Lien pour les tablettes"). */
  label: string;
  className?: string;
}

/** A QR code drawn locally as one SVG path (the `qrcode` package, loaded with the screens that show one). */
export function QrCode({ text, size, label, className }: QrCodeProps) {
  const [shape, setShape] = useState<{ text: string; count: number; path: string } | null>(null);
  useEffect(() => {
    let cancelled = false;
    void import('qrcode').then((QRCode) => {
      if (cancelled) return;
      const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
      setShape({
        text,
        count: modules.size,
        path: modulePath(modules.size, (row, col) => modules.get(row, col) === 1),
      });
    });
    return () => {
      cancelled = true;
    };
  }, [text]);
  // Four modules of quiet zone around the code, as the standard asks, so phones read it from afar.
  const view = (shape?.count ?? 21) + 8;
  return (
    <svg
      className={['qr-code', className ?? ''].join(' ')}
      width={size}
      height={size}
      viewBox={`-4 -4 ${view} ${view}`}
      role="img"
      aria-label={label}
      data-qr-text={shape?.text === text ? text : undefined}
      shapeRendering="crispEdges"
    >
      <rect x={-4} y={-4} width={view} height={view} fill="#fff" />
      {shape?.text === text ? <path d={shape.path} fill="#000" /> : null}
    </svg>
  );
}

function modulePath(count: number, dark: (row: number, col: number) => boolean): string {
  let path = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (dark(row, col)) path += `M${col} ${row}h1v1h-1z`;
    }
  }
  return path;
}
