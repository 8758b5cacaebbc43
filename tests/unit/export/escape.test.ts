import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../shared/export/text/clean';
import { csvCell, neutralizeFormula } from '../../../shared/export/text/csvCell';
import { escapeHtml, escapeMarkdown, escapeXml } from '../../../shared/export/text/escape';
import { HOSTILE } from '../../fixtures/export/hostile';
import { assertWellFormed } from '../../fixtures/export/inspect';

// html: true renders raw HTML as a careless Markdown viewer would: the worst case for injection.
const markdown = new MarkdownIt({ html: true });
// A viewer that also turns bare web addresses into links (as GitHub does): typed addresses may become
// http(s) links showing the same text, never a javascript: link.
const linkifying = new MarkdownIt({ html: true, linkify: true });

describe('escaping per format', () => {
  it('cleanText drops characters XML refuses and repairs lone surrogates, keeping words, emoji and Arabic', () => {
    expect(cleanText('a\u0000b\u0007c\u001bd\u000be\ufffe')).toBe('abcde');
    expect(cleanText('x\ud800y')).toBe('x\ufffdy');
    expect(cleanText('\udc00')).toBe('\ufffd');
    expect(cleanText(`${HOSTILE.emoji} ${HOSTILE.arabic}\r\nfin`)).toBe(
      `${HOSTILE.emoji} ${HOSTILE.arabic}\nfin`,
    );
    expect(cleanText('tab\tligne\nsuite')).toBe('tab\tligne\nsuite');
  });

  it('escapeXml keeps any text inside an element or attribute', () => {
    for (const value of Object.values(HOSTILE)) {
      const text = cleanText(value);
      assertWellFormed(`<a b="${escapeXml(text)}">${escapeXml(text)}</a>`);
    }
  });

  it('escapeHtml leaves no tag or attribute escape', () => {
    const html = escapeHtml(HOSTILE.script + HOSTILE.img);
    expect(html).not.toMatch(/[<>"]/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('Markdown: the words render as the same text, never as HTML, links, images, headings or lists', () => {
    for (const value of [
      HOSTILE.script,
      HOSTILE.img,
      HOSTILE.markdownLink,
      HOSTILE.entity,
      HOSTILE.cdata,
      '*gras* _it_ `code` ~~barré~~',
      '1. un',
      '- tiret',
      '+ plus',
      '# titre',
      '> cite',
      '===',
      '<http://evil.example>',
    ]) {
      const rendered = markdown.renderInline(escapeMarkdown(value));
      expect(rendered, value).not.toMatch(/<(script|img|a|em|strong|code|s|del)\b/);
      const block = markdown.render(escapeMarkdown(value));
      expect(block, value).not.toMatch(/<(h\d|ol|ul|blockquote|script|img|a|table|pre)\b/);
      // Visible text is exactly what was typed: unescape the HTML markdown-it produced.
      const visible = block
        .replace(/<\/?p>\n?/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
      expect(visible.trim(), value).toBe(value.trim());
      expect(linkifying.render(escapeMarkdown(value))).not.toMatch(/href="(?!https?:)/);
    }
  });

  it('CSV: every cell that would start a formula is prefixed with an apostrophe, and quoted', () => {
    for (const value of [
      HOSTILE.formula,
      HOSTILE.hyperlink,
      HOSTILE.plus,
      HOSTILE.minus,
      HOSTILE.at,
      HOSTILE.tab,
      '\r=1',
    ]) {
      expect(neutralizeFormula(value).startsWith("'")).toBe(true);
    }
    expect(neutralizeFormula('Permanence =ok')).toBe('Permanence =ok');
    expect(csvCell('a "b"; c')).toBe('"a ""b""; c"');
    expect(csvCell(3)).toBe('"3"');
  });
});
