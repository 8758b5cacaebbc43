/**
 * The export as ODT (OpenDocument Text), the open format French public bodies are asked to use. A valid
 * ODF package: `mimetype` first and stored uncompressed (so tools can sniff the type at a fixed offset),
 * then the manifest, content, styles, meta and the pictures. The body is the export outline, block by
 * block (renderBlock.ts).
 */
import { strToU8, type Zippable, zipSync } from 'fflate';
import type { Outline } from '../../../shared/export/model/blocks';
import { exportOutline } from '../../../shared/export/model/outline';
import type { ExportModel } from '../../../shared/export/model/types';
import { escapeXml } from '../../../shared/export/text/escape';
import type { ExportPictures } from '../pictures';
import { ODF_NAMESPACES, ODF_VERSION } from './odfText';
import { OdtBody, type OdtPicture } from './odtBody';
import { renderBlock } from './renderBlock';
import { stylesXml } from './stylesXml';

export const ODT_MIME = 'application/vnd.oasis.opendocument.text';

export function buildOdt(model: ExportModel, pictures: ExportPictures): Buffer {
  const outline = exportOutline(model);
  const body = new OdtBody();
  for (const part of outline.parts) for (const block of part.blocks) renderBlock(body, block, pictures);
  const content =
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODF_NAMESPACES} office:version="${ODF_VERSION}">` +
    `<office:automatic-styles>${body.automaticStyles}</office:automatic-styles>` +
    `<office:body><office:text>${body.xml}</office:text></office:body></office:document-content>`;
  const files: Zippable = {
    mimetype: [strToU8(ODT_MIME), { level: 0 }],
    'META-INF/manifest.xml': strToU8(manifest(body.pictures)),
    'content.xml': strToU8(content),
    'styles.xml': strToU8(stylesXml(outline)),
    'meta.xml': strToU8(meta(outline)),
  };
  for (const picture of body.pictures) {
    files[picture.path] = [picture.data, { level: picture.mime === 'image/png' ? 0 : 6 }];
  }
  return Buffer.from(zipSync(files, { level: 6 }));
}

function manifest(pictures: OdtPicture[]): string {
  const entry = (path: string, type: string) =>
    `<manifest:file-entry manifest:full-path="${path}" manifest:media-type="${type}"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="${ODF_VERSION}">` +
    `<manifest:file-entry manifest:full-path="/" manifest:version="${ODF_VERSION}" manifest:media-type="${ODT_MIME}"/>` +
    entry('content.xml', 'text/xml') +
    entry('styles.xml', 'text/xml') +
    entry('meta.xml', 'text/xml') +
    pictures.map((picture) => entry(picture.path, picture.mime)).join('') +
    '</manifest:manifest>'
  );
}

function meta(outline: Outline): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><office:document-meta ${ODF_NAMESPACES} office:version="${ODF_VERSION}"><office:meta>` +
    `<meta:generator>Fresco</meta:generator><dc:title>${escapeXml(outline.title)}</dc:title>` +
    `<dc:description>${escapeXml(outline.description)}</dc:description><dc:language>${outline.language}</dc:language>` +
    '</office:meta></office:document-meta>'
  );
}
