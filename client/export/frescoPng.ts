/**
 * A fresco as a PNG file. When a canvas screen has its Konva stage open (liveStages.ts), that is what
 * the person sees and is saved as is; otherwise (the export screen has no canvas) the fresco's SVG
 * picture is drawn on a canvas.
 */
import { saveBlob } from './downloadFile';
import { liveStage } from './liveStages';

async function svgToPngBlob(svg: string, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * scale);
    canvas.height = Math.ceil(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function downloadFrescoPng(
  fresco: 'week' | 'timeline',
  svg: () => Promise<string>,
  name: string,
): Promise<void> {
  const stage = liveStage(fresco);
  if (stage) {
    const blob = await (await fetch(stage.toDataURL({ pixelRatio: 2, mimeType: 'image/png' }))).blob();
    saveBlob(blob, name);
    return;
  }
  saveBlob(await svgToPngBlob(await svg(), 2), name);
}
