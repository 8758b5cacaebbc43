import { Fragment, type ReactNode } from 'react';

/**
 * Just enough Markdown for the facilitator's guide (headings, paragraphs, lists, bold, italics, code),
 * rendered as React elements: no HTML string is ever injected.
 */
export function Markdown({ source }: { source: string }) {
  return <>{blocks(source)}</>;
}

function blocks(source: string): ReactNode[] {
  const out: ReactNode[] = [];
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (line.trim() === '') {
      index++;
    } else if (heading) {
      const level = Math.min(4, (heading[1]?.length ?? 1) + 1);
      const Tag = `h${level}` as 'h2' | 'h3' | 'h4';
      out.push(<Tag key={index}>{inline(heading[2] ?? '')}</Tag>);
      index++;
    } else if (/^\s*([-*]|\d+\.)\s+/.test(line)) {
      const ordered = /^\s*\d+\./.test(line);
      const items: ReactNode[] = [];
      while (index < lines.length && /^\s*([-*]|\d+\.)\s+/.test(lines[index] ?? '')) {
        items.push(<li key={index}>{inline((lines[index] ?? '').replace(/^\s*([-*]|\d+\.)\s+/, ''))}</li>);
        index++;
      }
      out.push(ordered ? <ol key={`l${index}`}>{items}</ol> : <ul key={`l${index}`}>{items}</ul>);
    } else {
      const paragraph: string[] = [];
      while (
        index < lines.length &&
        (lines[index] ?? '').trim() !== '' &&
        !/^(#{1,4}\s|\s*([-*]|\d+\.)\s)/.test(lines[index] ?? '')
      ) {
        paragraph.push((lines[index] ?? '').trim());
        index++;
      }
      out.push(<p key={`p${index}`}>{inline(paragraph.join(' '))}</p>);
    }
  }
  return out;
}

function inline(text: string): ReactNode[] {
  const parts = text.split(/(\*\*[^*]+\*\*|`[^`]+`|_[^_]+_)/g);
  return parts.map((part, index) => {
    const key = `${index}-${part.length}`;
    if (/^\*\*[^*]+\*\*$/.test(part)) return <strong key={key}>{part.slice(2, -2)}</strong>;
    if (/^`[^`]+`$/.test(part)) return <code key={key}>{part.slice(1, -1)}</code>;
    if (/^_[^_]+_$/.test(part)) return <em key={key}>{part.slice(1, -1)}</em>;
    return <Fragment key={key}>{part}</Fragment>;
  });
}
