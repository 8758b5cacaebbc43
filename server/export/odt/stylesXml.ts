/**
 * styles.xml of the ODT: named styles a LibreOffice user finds in the Styles sidebar (Heading 1–3 with
 * outline levels, Text Body, Title, table text, Strong Emphasis), a bullet list style, and an A4 page
 * whose footer carries the pictogram credit and "Page n / N" fields.
 */
import type { Outline } from '../../../shared/export/model/blocks';
import { escapeXml } from '../../../shared/export/text/escape';
import { ODF_NAMESPACES, ODF_VERSION } from './odfText';

const FONT = 'Liberation Sans';

function paragraphStyle(
  name: string,
  display: string,
  parent: string,
  props: string,
  textProps: string,
  extra = '',
): string {
  return (
    `<style:style style:name="${name}" style:display-name="${display}" style:family="paragraph" style:parent-style-name="${parent}"${extra}>` +
    `<style:paragraph-properties ${props}/><style:text-properties ${textProps}/></style:style>`
  );
}

export function stylesXml(outline: Outline): string {
  const lang =
    outline.language === 'fr' ? 'fo:language="fr" fo:country="FR"' : 'fo:language="en" fo:country="GB"';
  const [before, between] = outline.footer.pageParts;
  const heading = (level: number, size: string, color: string) =>
    paragraphStyle(
      `Heading_20_${level}`,
      `Heading ${level}`,
      'Heading',
      'fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"',
      `fo:font-size="${size}" fo:font-weight="bold" fo:color="${color}"`,
      ` style:next-style-name="Text_20_body" style:default-outline-level="${level}" style:class="text"`,
    );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<office:document-styles ${ODF_NAMESPACES} office:version="${ODF_VERSION}">` +
    `<office:font-face-decls><style:font-face style:name="${FONT}" svg:font-family="'${FONT}'" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>` +
    '<office:styles>' +
    `<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/><style:text-properties style:font-name="${FONT}" fo:font-size="10.5pt" ${lang} fo:color="#17202e"/></style:default-style>` +
    paragraphStyle('Standard', 'Default Paragraph Style', '', '', '').replace(
      ' style:parent-style-name=""',
      '',
    ) +
    paragraphStyle(
      'Text_20_body',
      'Text Body',
      'Standard',
      'fo:margin-top="0cm" fo:margin-bottom="0.18cm" fo:line-height="115%"',
      '',
      ' style:class="text"',
    ) +
    paragraphStyle(
      'Heading',
      'Heading',
      'Standard',
      'fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"',
      'fo:font-size="14pt"',
      ' style:next-style-name="Text_20_body" style:class="text"',
    ) +
    heading(1, '17pt', '#17202e') +
    heading(2, '14pt', '#17202e') +
    heading(3, '11.5pt', '#1f4fa8') +
    paragraphStyle(
      'Title',
      'Title',
      'Heading',
      'fo:margin-top="3cm" fo:margin-bottom="0.3cm"',
      'fo:font-size="26pt" fo:font-weight="bold" fo:color="#1f4fa8"',
      ' style:class="chapter"',
    ) +
    paragraphStyle(
      'Subtitle',
      'Subtitle',
      'Standard',
      'fo:margin-bottom="0.6cm"',
      'fo:font-size="12pt" fo:font-style="italic" fo:color="#454d5c"',
      ' style:class="chapter"',
    ) +
    paragraphStyle('Muted', 'Muted', 'Text_20_body', '', 'fo:font-style="italic" fo:color="#454d5c"') +
    paragraphStyle('Empty', 'To complete', 'Text_20_body', '', 'fo:font-style="italic" fo:color="#6b6f78"') +
    paragraphStyle('Small', 'Small', 'Text_20_body', '', 'fo:font-size="8pt" fo:color="#454d5c"') +
    paragraphStyle(
      'Table_20_Contents',
      'Table Contents',
      'Standard',
      'fo:margin-top="0cm" fo:margin-bottom="0cm"',
      'fo:font-size="9.5pt"',
      ' style:class="extra"',
    ) +
    paragraphStyle(
      'Table_20_Heading',
      'Table Heading',
      'Table_20_Contents',
      '',
      'fo:font-weight="bold"',
      ' style:class="extra"',
    ) +
    paragraphStyle(
      'Figure',
      'Figure',
      'Standard',
      'fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"',
      '',
    ) +
    paragraphStyle(
      'Footer',
      'Footer',
      'Standard',
      '',
      'fo:font-size="8pt" fo:color="#454d5c"',
      ' style:class="extra"',
    ) +
    paragraphStyle('Footer_20_Right', 'Footer Right', 'Footer', 'fo:text-align="end"', '') +
    '<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>' +
    '<text:list-style style:name="Bullets" style:display-name="Bullets">' +
    bulletLevel(1, '•', '0.6cm') +
    bulletLevel(2, '–', '1.2cm') +
    '</text:list-style>' +
    '</office:styles>' +
    '<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.6cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>' +
    '<style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout></office:automatic-styles>' +
    '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"><style:footer>' +
    `<text:p text:style-name="Footer">${escapeXml(outline.footer.credit)}</text:p>` +
    `<text:p text:style-name="Footer_20_Right">${escapeXml(before)}<text:page-number text:select-page="current">1</text:page-number>${escapeXml(between)}<text:page-count>1</text:page-count></text:p>` +
    '</style:footer></style:master-page></office:master-styles>' +
    '</office:document-styles>'
  );
}

function bulletLevel(level: number, char: string, indent: string): string {
  return (
    `<text:list-level-style-bullet text:level="${level}" text:bullet-char="${char}">` +
    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">' +
    `<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="${indent}" fo:text-indent="-0.5cm" fo:margin-left="${indent}"/>` +
    '</style:list-level-properties></text:list-level-style-bullet>'
  );
}
