import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { buildCsv, CSV_BOM } from '../../../shared/export/csv';
import { buildHtml } from '../../../shared/export/html';
import { buildMarkdown } from '../../../shared/export/markdown';
import { HOSTILE } from '../../fixtures/export/hostile';
import { parseCsv } from '../../fixtures/export/inspect';
import { RESIDENT_NAMES } from '../../fixtures/export/workshop';
import { emptyModel, fixtureModel, hostileModel } from './setup';

const markdownIt = new MarkdownIt({ html: true });

describe('Markdown', () => {
  const text = buildMarkdown(fixtureModel());

  it('reads as a draft plan: cover, synthesis, frescos, one sheet per action in timeline order', () => {
    const rendered = markdownIt.render(text);
    expect(rendered).toContain('<h1>Projet de plan d’actions</h1>');
    const sheets = [...rendered.matchAll(/<h3>Fiche action n° (\d+)/g)].map((m) => Number(m[1]));
    expect(sheets).toEqual([1, 4, 2, 3, 5]);
    expect(text).toContain('| Lieu | Centre social Les Amandiers, Aix-en-Provence |');
    // The language's quotes, with French non-breaking spaces inside them (the outline's words).
    expect(text).toContain('«\u00a0mot de passe Ameli oublié\u00a0»');
    expect(text).toContain('Pictogrammes : OpenMoji');
    for (const name of RESIDENT_NAMES) expect(text).not.toContain(name);
  });

  it('keeps hostile words inert once rendered', () => {
    const rendered = markdownIt.render(buildMarkdown(hostileModel()));
    expect(rendered).not.toMatch(/<(script|img|iframe|svg)\b/i);
    expect(rendered).not.toMatch(/href="javascript:/i);
    expect(rendered).not.toContain('<h1>titre</h1>');
    expect(rendered).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;');
    expect(rendered).toContain(HOSTILE.arabic);
  });

  it('says there is nothing yet for an empty workshop', () => {
    const empty = buildMarkdown(emptyModel());
    expect(empty).toContain('Rien pour l’instant\u00a0: aucune fiche action n’a encore été rédigée.');
    expect(empty).toContain(
      'Rien pour l’instant\u00a0: aucune activité n’a encore été placée sur la fresque.',
    );
  });
});

describe('HTML preview', () => {
  it('shows every sheet with its pictures and escapes every typed word', () => {
    const html = buildHtml(fixtureModel());
    expect(html.match(/<section class="sheet"/g)).toHaveLength(5);
    expect(html.match(/<svg /g)).toHaveLength(2 + 5);
    const hostile = buildHtml(hostileModel());
    expect(hostile).not.toMatch(/<(script|img|iframe)\b/i);
    expect(hostile).not.toMatch(/<svg onload/i);
    expect(hostile).toContain('&lt;script&gt;');
  });
});

describe('CSV', () => {
  it('has a BOM, one row per action, French separators and every field', () => {
    const csv = buildCsv(fixtureModel());
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const rows = parseCsv(csv, ';');
    expect(rows).toHaveLength(6);
    const [header, first] = rows as [string[], string[]];
    expect(header.slice(0, 4)).toEqual(['N°', 'Intitulé', 'Nature', 'État']);
    const get = (row: string[], column: string) => row[header.indexOf(column)];
    expect(get(first, 'Intitulé')).toBe('Permanences numériques de proximité');
    expect(get(first, 'Début')).toBe('2027-01');
    expect(get(first, 'Objectifs')).toBe(
      'Accompagner les démarches en ligne sans faire à la place.\nRendre les habitant·es autonomes.',
    );
    expect(get(first, 'Toile des capabilités\u00a0: Accès aux droits et aux services essentiels')).toBe('4');
    expect(get(first, 'Difficultés exprimées')).toContain('Mot de passe oublié (2)');
  });

  it('neutralises formulas in every cell that starts like one', () => {
    const rows = parseCsv(buildCsv(hostileModel()), ';');
    const cells = rows.flat();
    for (const cell of cells) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain(`'${HOSTILE.formula}`);
    expect(cells).toContain(`'${HOSTILE.at}`);
    expect(cells).toContain(`'${HOSTILE.minus}`);
  });

  it('uses commas in English and holds only the header when there is no action', () => {
    expect(parseCsv(buildCsv(fixtureModel('en')), ',')[0]?.[1]).toBe('Title');
    expect(parseCsv(buildCsv(emptyModel()), ';')).toHaveLength(1);
  });
});
