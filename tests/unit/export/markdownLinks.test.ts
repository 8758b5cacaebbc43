/**
 * Residents' and stakeholders' words never become a clickable javascript:, data: or vbscript: link in
 * the Markdown export, whatever form the link takes and whichever field it is typed in; the words still
 * read as they were typed.
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { buildMarkdown } from '../../../shared/export/markdown';
import { escapeMarkdown } from '../../../shared/export/text/escape';
import { addDifficulty, placeActivity } from '../../../shared/ops/board/items';
import { addParticipant } from '../../../shared/ops/board/participants';
import { addProposal } from '../../../shared/ops/board/proposals';
import { updateWorkshopInfo } from '../../../shared/ops/control/workshop';
import { createAction, updateAction } from '../../../shared/ops/plan/actions';
import { replaceActionText } from '../../../shared/ops/plan/text';
import { freshDocs } from '../../fixtures/export/docs';
import { HOSTILE } from '../../fixtures/export/hostile';
import { hostileModel, modelOf, origin } from './setup';

// The laxest viewer: raw HTML on, bare addresses turned into links.
const viewer = new MarkdownIt({ html: true, linkify: true });

const LINKS = [
  HOSTILE.markdownLink,
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(document.cookie))',
  '[x]( javascript:alert(1) )',
  '[x](<javascript:alert(1)>)',
  '[x](vbscript:msgbox(1))',
  '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '[x](data:text/html,<script>alert(1)</script>)',
  '<javascript:alert(1)>',
  '[x][evil]\n\n[evil]: javascript:alert(1)',
  '[[x]](javascript:alert(1))',
  '\\[x](javascript:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[x](javascript&colon;alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  'javascript:alert(1)',
  'file:///etc/passwd',
];

/** Every link or source the viewer would make, which must all be plain web addresses (linkify may turn a
 * typed http address into a link showing the same text; that is allowed, see escape.test.ts). */
function unsafeTargets(html: string): string[] {
  return [...html.matchAll(/\b(?:href|src)="([^"]*)"/g)]
    .map((match) => match[1] as string)
    .filter((target) => !/^https?:\/\//.test(target));
}

describe('Markdown export and dangerous links', () => {
  it.each(LINKS)('keeps %j as text', (typed) => {
    const escaped = escapeMarkdown(typed);
    const html = viewer.render(escaped);
    expect(unsafeTargets(html)).toEqual([]);
    // No scheme left for a lax viewer to find in the file as written.
    expect(escaped).not.toMatch(/(javascript|vbscript|data|file)\s*:/i);
  });

  it('reads the words as typed once rendered', () => {
    expect(viewer.renderInline(escapeMarkdown('[x](javascript:alert(1))'))).toBe('[x](javascript:alert(1))');
    expect(viewer.renderInline(escapeMarkdown('data: 12 %'))).toBe('data: 12 %');
  });

  it('makes no dangerous link from any field of a whole export', () => {
    const docs = freshDocs('Atelier');
    const link = '[clic](javascript:alert(1))';
    updateWorkshopInfo(docs.control, { title: link, place: `![p](data:text/html,x) ${link}` }, origin);
    addParticipant(docs.board, { id: 'p1', name: link, avatar: 'cat', color: '#000000' }, origin);
    placeActivity(
      docs.board,
      { id: 'a1', author: 'p1', pictogram: 'shopping', label: link, day: 'mon', period: 'morning', now: 1 },
      origin,
    );
    addDifficulty(
      docs.board,
      { id: 'd1', author: 'p1', activityId: 'a1', pictogram: 'forgot-password', label: link, now: 2 },
      origin,
    );
    addProposal(
      docs.board,
      { id: 'q1', author: 'p1', difficultyIds: ['d1'], pictogram: 'idea', label: link, now: 3 },
      origin,
    );
    createAction(
      docs.plan,
      {
        id: 'x1',
        title: link,
        nature: 'new',
        start: '2027-01',
        end: '2027-06',
        lane: link,
        links: ['q1', 'd1'],
        now: 4,
      },
      origin,
    );
    updateAction(docs.plan, { id: 'x1', owner: link, partners: `<vbscript:msgbox(1)>` }, origin);
    replaceActionText(
      docs.plan,
      { id: 'x1', field: 'description', text: `${link}\n[r]: javascript:alert(1)` },
      origin,
    );

    for (const markdown of [buildMarkdown(modelOf(docs)), buildMarkdown(hostileModel())]) {
      const html = viewer.render(markdown);
      expect(unsafeTargets(html)).toEqual([]);
      expect(markdown).not.toMatch(/(javascript|vbscript|data)\s*:/i);
      expect(html).toContain('[clic](javascript:alert(1))');
    }
  });
});
