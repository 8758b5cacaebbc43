/** The empty week fresco on an A3 landscape page: days (weekend set apart) by time of day, big cells (see kitLayout). */
import type { ExportLabels } from '../../../shared/export/labels';
import { DAYS, PERIODS, WEEKEND } from '../../../shared/schema/board';
import { type Box, weekGrid } from './kitLayout';

export function drawWeekSheet(doc: PDFKit.PDFDocument, labels: ExportLabels, title: string): void {
  const left = 40;
  const top = 40;
  const width = doc.page.width - 80;
  doc
    .font('bold')
    .fontSize(22)
    .fillColor('#17202e')
    .text(labels.kit.weekFresco, left, top, { width, lineBreak: false });
  if (title)
    doc
      .font('body')
      .fontSize(12)
      .fillColor('#454d5c')
      .text(title, left, top + 28, { width, lineBreak: false, ellipsis: true });
  const grid = weekGrid({ width: doc.page.width, height: doc.page.height });
  const { gridTop, rowLabel, column, rowHeight, dayX, header, weekendGap } = grid;

  DAYS.forEach((day, i) => {
    doc
      .font('bold')
      .fontSize(15)
      .fillColor('#17202e')
      .text(labels.days[day], dayX(i), gridTop + 4, { width: column, align: 'center' });
  });
  PERIODS.forEach((period, r) => {
    const y = gridTop + header + r * rowHeight;
    doc
      .font('bold')
      .fontSize(14)
      .fillColor('#17202e')
      .text(labels.periods[period], left, y + rowHeight / 2 - 8, { width: rowLabel - 10, align: 'right' });
    DAYS.forEach((day, i) => {
      const cell = grid.cells[r * DAYS.length + i] as Box;
      doc.save();
      doc
        .roundedRect(cell.x, cell.y, cell.width, cell.height, 8)
        .fillColor(WEEKEND.includes(day) ? '#f1ede4' : '#f7f5f0')
        .fill();
      doc
        .roundedRect(cell.x, cell.y, cell.width, cell.height, 8)
        .lineWidth(1)
        .strokeColor('#b9b5ab')
        .stroke();
      doc.restore();
    });
  });
  const { trayY, trayHeight } = grid;
  doc
    .font('bold')
    .fontSize(12)
    .fillColor('#17202e')
    .text(labels.unplaced, left, trayY + 20, { width: rowLabel - 10, align: 'right' });
  doc.save();
  doc
    .roundedRect(left + rowLabel + 3, trayY, width - rowLabel - 3, trayHeight - 10, 8)
    .dash(6, { space: 4 })
    .lineWidth(1)
    .strokeColor('#b9b5ab')
    .stroke();
  doc.undash();
  doc.restore();
  doc
    .font('body')
    .fontSize(11)
    .fillColor('#454d5c')
    .text(labels.kit.weekend, dayX(5), gridTop - 14, {
      width: column * 2 + weekendGap,
      align: 'center',
      lineBreak: false,
    });
}
