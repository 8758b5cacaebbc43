/** Just enough colour science to test the avatar palette: WCAG contrast and simulated colour blindness. */

type Rgb = [number, number, number];
type Matrix = [Rgb, Rgb, Rgb];

/** Machado, Oliveira & Fernandes (2009) matrices at full severity, applied to linear RGB. */
export const VISIONS: Record<string, Matrix> = {
  common: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function linearRgb(hex: string): Rgb {
  const channel = (offset: number) => {
    const c = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return [channel(1), channel(3), channel(5)];
}

function luminance([r, g, b]: Rgb): number {
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(linearRgb(hex)) + 0.05);
}

function lab([r, g, b]: Rgb): Rgb {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047);
  const y = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
  const z = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

function seenAs(hex: string, matrix: Matrix): Rgb {
  const rgb = linearRgb(hex);
  const row = (m: Rgb) => Math.max(0, m[0] * rgb[0] + m[1] * rgb[1] + m[2] * rgb[2]);
  return [row(matrix[0]), row(matrix[1]), row(matrix[2])];
}

/** CIE76 ΔE between two colours as someone with the given vision sees them. */
export function distanceFor(vision: Matrix, a: string, b: string): number {
  const [l1, a1, b1] = lab(seenAs(a, vision));
  const [l2, a2, b2] = lab(seenAs(b, vision));
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
