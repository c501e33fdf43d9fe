import { expect, test } from 'vitest';
import { buildCitations } from '../../../src/lib/citation/cite';
import { CITATION_STYLES, styleLabel } from '../../../src/lib/citation/styles';
import { claim, claimEs, newsSource, webNewsSource } from './fixtures';

const ENGLISH_LABELS = ['APA (7th edition)', 'MLA (9th edition)', 'Chicago (17th edition, author-date)', 'Chicago (17th edition, notes and bibliography)'];

test('the cite box names the styles in English by default, as it always has', () => {
  expect(CITATION_STYLES.map((style) => style.label)).toEqual(ENGLISH_LABELS);
  const citation = buildCitations([{ item: claim, originals: [newsSource] }]).get(claim.id)!;
  expect(citation.styles.map((style) => style.label)).toEqual(ENGLISH_LABELS);
  expect(citation.styles.map((style) => style.id)).toEqual(['apa', 'modern-language-association', 'chicago-author-date', 'chicago-note-bibliography']);
});

test('a Spanish cite box: styles named in Spanish, every reference, note and original in Spanish, files marked Spanish', () => {
  const citation = buildCitations([{ item: claimEs, originals: [webNewsSource, newsSource] }], 'es').get(claimEs.id)!;
  expect(citation.styles.map((style) => style.label)).toEqual(['APA (7.ª edición)', 'MLA (9.ª edición)', 'Chicago (17.ª edición, autor-fecha)', 'Chicago (17.ª edición, notas y bibliografía)']);
  expect(citation.styles.map((style) => style.label)).toEqual(CITATION_STYLES.map((style) => styleLabel(style.id, 'es')));
  const [apa, mla, , notes] = citation.styles;
  expect(apa!.reference.text).toBe('Drones and Organized Crime. (2026, diciembre 7). Miembros de la unidad recibieron entrenamiento con drones en el extranjero [Registro de afirmación]. https://example.org/es/claims/unit-trained-abroad/');
  expect(apa!.note).toBeNull();
  expect(notes!.note!.text).toBe('Drones and Organized Crime, «Miembros de la unidad recibieron entrenamiento con drones en el extranjero».');
  // The originals in the style's order, each in Spanish: an English original keeps its English title.
  expect(apa!.originals.map((original) => original.text)).toEqual([
    'Police say drones dropped explosives on a checkpoint. (2021, abril 20). Example News Agency. https://example.org/agency/drones',
    'Ruiz, A., & de la Cruz, J. (2025, septiembre 8). Un cártel se entrenó en el extranjero [A cartel trained abroad]. Example Daily. https://example.org/news/cartel',
  ]);
  expect(mla!.originals[1]!.text).toBe('Ruiz, Ana, y Juan de la Cruz. «Un cártel se entrenó en el extranjero [A cartel trained abroad]». Example Daily, 8 de septiembre de 2025, https://example.org/news/cartel.');
  expect(citation.bibtex.match(/langid = \{\w+\}/g)).toEqual(['langid = {spanish}', 'langid = {english}', 'langid = {spanish}']);
  expect(citation.ris.match(/^LA {2}- .*$/gm)).toEqual(['LA  - es', 'LA  - en', 'LA  - es']);
  expect(JSON.parse(citation.cslJson)[0]).toEqual(claimEs);
});

test('building the Spanish cite boxes leaves the English ones of the same records as they were', () => {
  const citables = [{ item: claim, originals: [webNewsSource, newsSource] }];
  const before = JSON.stringify([...buildCitations(citables)]);
  buildCitations([{ item: claimEs, originals: [webNewsSource, newsSource] }], 'es');
  expect(JSON.stringify([...buildCitations(citables)])).toBe(before);
  expect(before).not.toMatch(/diciembre|Registro|Recuperado|edición/);
});
