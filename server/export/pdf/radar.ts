/**
 * The capability radar drawn with PDF vector commands from the same geometry kernel as the SVG: sharp at
 * any zoom, and its axis labels are real, selectable text.
 */

import type { CapabilityScore } from '../../../shared/export/model/types';
import { type Point, radarGeometry } from '../../../shared/export/svg/radar';
import { CAPABILITY_MAX } from '../../../shared/schema/plan';

const LABEL_WIDTH = 120;

/** Draws a radar in a box of `width` × `height` at (x, y); fewer than three axes are drawn as bars. */
export function drawRadar(
  doc: PDFKit.PDFDocument,
  scores: CapabilityScore[],
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  doc.save();
  if (scores.length < 3) drawBars(doc, scores, x, y, width);
  else {
    const radius = Math.min(width / 2 - LABEL_WIDTH - 8, height / 2 - 34);
    const cx = x + width / 2;
    const cy = y + height / 2;
    const g = radarGeometry(
      scores.map((s) => s.score),
      { cx, cy, radius },
    );
    const polygon = (points: Point[]) => {
      for (const [i, p] of points.entries()) {
        if (i === 0) doc.moveTo(p.x, p.y);
        else doc.lineTo(p.x, p.y);
      }
      doc.closePath();
    };
    doc.lineWidth(0.6).strokeColor('#c9ccd3');
    for (const ring of g.rings) {
      polygon(ring);
      doc.stroke();
    }
    for (const spoke of g.spokes) doc.moveTo(cx, cy).lineTo(spoke.x, spoke.y).stroke();
    polygon(g.shape);
    doc.fillOpacity(0.28).fillColor('#1f4fa8').fill();
    doc.fillOpacity(1);
    polygon(g.shape);
    doc.lineWidth(1.8).strokeColor('#1f4fa8').stroke();
    for (const p of g.shape) doc.circle(p.x, p.y, 2.5).fillColor('#1f4fa8').fill();
    doc.font('body').fontSize(8.5).fillColor('#17202e');
    g.labels.forEach((label, i) => {
      const score = scores[i] as CapabilityScore;
      const text = `${score.label} (${score.score}/${CAPABILITY_MAX})`;
      const h = doc.heightOfString(text, { width: LABEL_WIDTH });
      const left =
        label.anchor === 'middle'
          ? label.at.x - LABEL_WIDTH / 2
          : label.anchor === 'start'
            ? label.at.x
            : label.at.x - LABEL_WIDTH;
      const top =
        label.at.y < cy - 4 ? label.at.y - h : label.anchor === 'middle' ? label.at.y : label.at.y - h / 2;
      doc.text(text, left, top, {
        width: LABEL_WIDTH,
        align: label.anchor === 'middle' ? 'center' : label.anchor === 'start' ? 'left' : 'right',
      });
    });
  }
  doc.restore();
}

function drawBars(
  doc: PDFKit.PDFDocument,
  scores: CapabilityScore[],
  x: number,
  y: number,
  width: number,
): void {
  scores.forEach((score, i) => {
    const top = y + 8 + i * 34;
    doc
      .font('body')
      .fontSize(9)
      .fillColor('#17202e')
      .text(`${score.label} (${score.score}/${CAPABILITY_MAX})`, x, top, {
        width,
        lineBreak: false,
        ellipsis: true,
      });
    doc
      .roundedRect(x, top + 13, width, 10, 2)
      .fillColor('#e5e7eb')
      .fill();
    const filled = (width * Math.min(CAPABILITY_MAX, Math.max(0, score.score))) / CAPABILITY_MAX;
    if (filled > 0)
      doc
        .roundedRect(x, top + 13, filled, 10, 2)
        .fillColor('#1f4fa8')
        .fill();
  });
}

export function radarHeight(scores: CapabilityScore[]): number {
  return scores.length < 3 ? Math.max(1, scores.length) * 34 + 16 : 230;
}
