import { describe, expect, test } from 'vitest';
import { formatEach, formatNote, formatReferences, htmlText, referenceOrder, type CitationStyle } from '../../../src/lib/citation/styles';
import { sourceItem, type CslItem } from '../../../src/lib/citation/items';
import { article, articleEs, chart, chartEs, claim, claimEs, dataSet, dataSetEs, hubEs, journalSource, newsSource, registerSource, reportSource, source, webNewsSource } from './fixtures';

const text = (item: Parameters<typeof formatReferences>[0][number], style: Parameters<typeof formatReferences>[1]) => formatReferences([item], style)[0]!.text;

describe('APA 7', () => {
  test('a page of this site: the site as group author is not repeated as the site name', () => {
    expect(text(article, 'apa')).toBe('Drones and Organized Crime. (2026, November 25). Did a cartel learn drone warfare abroad? Reading a report claim by claim. https://example.org/articles/rt-report/');
  });
  test('titles are printed as stored, in sentence case with a capital after a colon', () => {
    expect(text(chart, 'apa')).toBe('Drones and Organized Crime. (2026, November 24). Timeline: Reports of the drone unit [Chart]. https://example.org/charts/timeline/');
  });
  test('a claim record: its statement without the final full stop, described in brackets', () => {
    expect(text(claim, 'apa')).toBe('Drones and Organized Crime. (2026, November 24). Members of the unit received drone training abroad [Claim record]. https://example.org/claims/unit-trained-abroad/');
  });
  test('the data set is described as "[Data set]" and its publisher, the author, is not repeated', () => {
    expect(text(dataSet, 'apa')).toBe('Drones and Organized Crime. (2026). Drones and Organized Crime: An Evidence-Graded Explainer: Open data [Data set]. https://example.org/data/');
  });
  test('a newspaper article: people inverted with initials, the translated title in brackets', () => {
    expect(text(newsSource, 'apa')).toBe('Ruiz, A., & de la Cruz, J. (2025, September 8). Un cártel se entrenó en el extranjero [A cartel trained abroad]. Example Daily. https://example.org/news/cartel');
  });
  test('a news website article without a byline: the title moves to the author position', () => {
    expect(text(webNewsSource, 'apa')).toBe('Police say drones dropped explosives on a checkpoint. (2021, April 20). Example News Agency. https://example.org/agency/drones');
  });
  test('a report by the body that issues it: group author, publisher not repeated, year only', () => {
    expect(text(reportSource, 'apa')).toBe('Example Ministry. (2025). Annual threat assessment 2025. https://example.org/reports/2025.pdf');
  });
  test('a journal article', () => {
    expect(text(journalSource, 'apa')).toBe('Bunker, R. J., & Sullivan, J. P. (2021). Tactical note 12: Drone attack on a police post. Example Journal. https://example.org/journal/note-12');
  });
  test('an undated page with a described title gets n.d. and a retrieval date', () => {
    expect(text(registerSource, 'apa')).toBe('Example Ministry. (n.d.). [Register of designations]. Retrieved November 24, 2026, from https://example.org/register');
  });
  test('MLA prints a described title as we wrote it, in brackets, neither quoted nor title-cased, and escaped', () => {
    expect(text(registerSource, 'modern-language-association')).toBe('[Register of designations]. Example Ministry, https://example.org/register. Accessed 24 Nov. 2026.');
    const described = sourceItem('described', source({ kind: 'news-report', form: 'news-site', title: 'Report of a drone & a <b>car</b>', titleIsDescription: true, publisher: 'Example News Agency', url: 'https://example.org/agency/drone' }));
    const html = formatReferences([described], 'modern-language-association')[0]!.html;
    expect(html).toContain('[Report of a drone &#38; a &#60;b&#62;car&#60;/b&#62;].');
    expect(html).not.toContain('“');
  });
  test('HTML output italicises the title and escapes what it prints', () => {
    expect(formatReferences([claim], 'apa')[0]!.html).toContain('<i>Members of the unit received drone training abroad</i> [Claim record]');
    const hostile = sourceItem('x', source({ kind: 'news-report', form: 'news-site', title: '<script>alert(1)</script> & co', publisher: 'P' }));
    const html = formatReferences([hostile], 'apa')[0]!.html;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;\u200Bscript&#62;');
  });
});

describe('MLA 9', () => {
  test('a page of this site starts with its title: the site is author and publisher', () => {
    expect(text(article, 'modern-language-association')).toBe('“Did a Cartel Learn Drone Warfare Abroad? Reading a Report Claim by Claim.” Drones and Organized Crime: An Evidence-Graded Explainer, 25 Nov. 2026, https://example.org/articles/rt-report/.');
  });
  test('the data set: title first, the site as publisher', () => {
    expect(text(dataSet, 'modern-language-association')).toBe('Drones and Organized Crime: An Evidence-Graded Explainer: Open Data. Drones and Organized Crime, 25 Nov. 2026, https://example.org/data/.');
  });
  test('a Spanish-language article keeps its own capitalisation; the first author inverted, the second not', () => {
    expect(text(newsSource, 'modern-language-association')).toBe('Ruiz, Ana, and Juan de la Cruz. “Un cártel se entrenó en el extranjero [A cartel trained abroad].” Example Daily, 8 Sept. 2025, https://example.org/news/cartel.');
  });
  test('English titles in title case', () => {
    expect(text(webNewsSource, 'modern-language-association')).toBe('“Police Say Drones Dropped Explosives on a Checkpoint.” Example News Agency, 20 Apr. 2021, https://example.org/agency/drones.');
  });
  test('a report by its publisher starts with the title', () => {
    expect(text(reportSource, 'modern-language-association')).toBe('Annual Threat Assessment 2025. Example Ministry, May 2025, https://example.org/reports/2025.pdf.');
  });
});

describe('Chicago 17', () => {
  test('author-date: a claim record, the site named once', () => {
    expect(text(claim, 'chicago-author-date')).toBe('Drones and Organized Crime. 2026. “Members of the Unit Received Drone Training Abroad.” Claim record. Drones and Organized Crime: An Evidence-Graded Explainer. November 24, 2026. https://example.org/claims/unit-trained-abroad/.');
  });
  test('author-date: a newspaper article', () => {
    expect(text(newsSource, 'chicago-author-date')).toBe('Ruiz, Ana, and Juan de la Cruz. 2025. “Un cártel se entrenó en el extranjero [A cartel trained abroad].” Example Daily, September 8, 2025. https://example.org/news/cartel.');
  });
  test('a described title is printed plain, not in quotation marks', () => {
    expect(text(registerSource, 'chicago-author-date')).toBe('Example Ministry. n.d. [Register of designations]. Accessed November 24, 2026. https://example.org/register.');
    expect(text(registerSource, 'chicago-note-bibliography')).toBe('Example Ministry. [Register of designations]. Accessed November 24, 2026. https://example.org/register.');
  });
  test('notes and bibliography: the site’s subtitle in title case, and the short note', () => {
    expect(text(article, 'chicago-note-bibliography')).toBe('Drones and Organized Crime. “Did a Cartel Learn Drone Warfare Abroad? Reading a Report Claim by Claim.” Drones and Organized Crime: An Evidence-Graded Explainer, November 25, 2026. https://example.org/articles/rt-report/.');
    expect(formatNote(claim, 'chicago-note-bibliography').text).toBe('Drones and Organized Crime, “Members of the Unit Received Drone Training Abroad.”');
  });
  test('notes and bibliography: a journal article', () => {
    expect(text(journalSource, 'chicago-note-bibliography')).toBe('Bunker, Robert J., and John P. Sullivan. “Tactical Note 12: Drone Attack on a Police Post.” Example Journal, April 28, 2021. https://example.org/journal/note-12.');
  });
});

test('several originals are listed in the style’s own order', () => {
  expect(formatReferences([webNewsSource, newsSource], 'apa').map((entry) => entry.text.slice(0, 12))).toEqual(['Police say d', 'Ruiz, A., & ']);
});

test('tags in a record are text in every style, never rich text', () => {
  const tagged = sourceItem('y', source({ kind: 'news-report', form: 'news-site', title: 'A <b>bold</b> <i>claim</i>', publisher: 'P' }));
  for (const style of ['apa', 'modern-language-association', 'chicago-author-date', 'chicago-note-bibliography'] as const) {
    const html = formatReferences([tagged], style)[0]!.html;
    expect(html).not.toMatch(/<b>|<i>claim/);
    expect(html).toMatch(/&#60;\u200B[bB]&#62;bold/i);
  }
});

test('the text of a citation is its HTML without tags, with references decoded', () => {
  expect(htmlText('<i>A</i> &#38; B &#60;x&#62; &amp; &#x2014; <span style="font-style:normal;">C</span>')).toBe('A & B <x> & — C');
});

/**
 * Spanish pages format with citeproc-js in the CSL es-ES locale. The strings pinned here are what the official
 * style and locale files print, deviations included (each named where it appears): nothing is patched by hand.
 */
describe('in Spanish (CSL locale es-ES)', () => {
  const es = (item: CslItem, style: CitationStyle) => formatReferences([item], style, 'es')[0]!.text;
  const STYLES = ['apa', 'modern-language-association', 'chicago-author-date', 'chicago-note-bibliography'] as const;

  test('a claim record of a Spanish page, in the four styles and the note', () => {
    // APA's style file writes its issued date as year, month, day whatever the locale: "(2026, diciembre 7)", not
    // the Spanish "(2026, 7 de diciembre)".
    expect(es(claimEs, 'apa')).toBe('Drones and Organized Crime. (2026, diciembre 7). Miembros de la unidad recibieron entrenamiento con drones en el extranjero [Registro de afirmación]. https://example.org/es/claims/unit-trained-abroad/');
    expect(es(claimEs, 'modern-language-association')).toBe('«Miembros de la unidad recibieron entrenamiento con drones en el extranjero». Drones and Organized Crime: An Evidence-Graded Explainer, 7 de diciembre de 2026, https://example.org/es/claims/unit-trained-abroad/.');
    expect(es(claimEs, 'chicago-author-date')).toBe('Drones and Organized Crime. 2026. «Miembros de la unidad recibieron entrenamiento con drones en el extranjero». Registro de afirmación. Drones and Organized Crime: An Evidence-Graded Explainer. 7 de diciembre de 2026. https://example.org/es/claims/unit-trained-abroad/.');
    expect(es(claimEs, 'chicago-note-bibliography')).toBe('Drones and Organized Crime. «Miembros de la unidad recibieron entrenamiento con drones en el extranjero». Registro de afirmación. Drones and Organized Crime: An Evidence-Graded Explainer, 7 de diciembre de 2026. https://example.org/es/claims/unit-trained-abroad/.');
    expect(formatNote(claimEs, 'chicago-note-bibliography', 'es').text).toBe('Drones and Organized Crime, «Miembros de la unidad recibieron entrenamiento con drones en el extranjero».');
  });

  test('a Spanish newspaper article on a Spanish page: "y" between the names but in APA, whose style file prints "&"', () => {
    expect(es(newsSource, 'apa')).toBe('Ruiz, A., & de la Cruz, J. (2025, septiembre 8). Un cártel se entrenó en el extranjero [A cartel trained abroad]. Example Daily. https://example.org/news/cartel');
    expect(es(newsSource, 'modern-language-association')).toBe('Ruiz, Ana, y Juan de la Cruz. «Un cártel se entrenó en el extranjero [A cartel trained abroad]». Example Daily, 8 de septiembre de 2025, https://example.org/news/cartel.');
    expect(es(newsSource, 'chicago-author-date')).toBe('Ruiz, Ana, y Juan de la Cruz. 2025. «Un cártel se entrenó en el extranjero [A cartel trained abroad]». Example Daily, 8 de septiembre de 2025. https://example.org/news/cartel.');
    expect(es(newsSource, 'chicago-note-bibliography')).toBe('Ruiz, Ana, y Juan de la Cruz. «Un cártel se entrenó en el extranjero [A cartel trained abroad]». Example Daily, 8 de septiembre de 2025. https://example.org/news/cartel.');
    expect(formatNote(newsSource, 'chicago-note-bibliography', 'es').text).toBe('Ruiz y de la Cruz, «Un cártel se entrenó en el extranjero [A cartel trained abroad]».');
  });

  test('an undated page: "s. f." and a retrieval date in Spanish; MLA and Chicago print the locale\'s "Accedido"', () => {
    // es-ES has "recuperado" and "accedido" with no "el": APA in Spanish wants "Recuperado el 24 de noviembre de
    // 2026, de", MLA and Chicago "Consultado el".
    expect(es(registerSource, 'apa')).toBe('Example Ministry. (s.\u00a0f.). [Register of designations]. Recuperado 24 de noviembre de 2026, de https://example.org/register');
    expect(es(registerSource, 'modern-language-association')).toBe('[Register of designations]. Example Ministry, https://example.org/register. Accedido 24 de noviembre de 2026.');
    expect(es(registerSource, 'chicago-author-date')).toBe('Example Ministry. s.\u00a0f. [Register of designations]. Accedido 24 de noviembre de 2026. https://example.org/register.');
    expect(es(registerSource, 'chicago-note-bibliography')).toBe('Example Ministry. [Register of designations]. Accedido 24 de noviembre de 2026. https://example.org/register.');
  });

  test('the pages of the site in Spanish: their genre in brackets, the data set as "[Conjunto de datos]"', () => {
    expect(es(dataSetEs, 'apa')).toBe('Drones and Organized Crime. (2026). Drones and Organized Crime: An Evidence-Graded Explainer: Datos abiertos [Conjunto de datos]. https://example.org/es/data/');
    expect(es(chartEs, 'apa')).toContain('Cronología: informes sobre la unidad de drones [Gráfico].');
    expect(es(hubEs, 'apa')).toContain('Uso de drones: ataques [Página temática].');
    expect(formatReferences([claimEs], 'apa', 'es')[0]!.html).toContain('<i>Miembros de la unidad recibieron entrenamiento con drones en el extranjero</i> [Registro de afirmación]');
  });

  test('no English word of a style is left in any Spanish reference or note, and the Spanish ones are there', () => {
    const ENGLISH = /Retrieved|Accessed|\bfrom\b|n\.d\.|, and |\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|“|”/;
    const all = [claimEs, articleEs, chartEs, hubEs, dataSetEs, newsSource, webNewsSource, reportSource, journalSource, registerSource];
    const printed = STYLES.flatMap((style) => [...all.map((item) => es(item, style)), ...(style === 'chicago-note-bibliography' ? all.map((item) => formatNote(item, style, 'es').text) : [])]);
    for (const text of printed) expect(text).not.toMatch(ENGLISH);
    const joined = printed.join('\n');
    for (const word of ['7 de diciembre de 2026', '(2026, diciembre 7)', 'Recuperado', ', de https://', '(s.\u00a0f.)', 'Accedido', ', y ', 'Ruiz y de la Cruz', '«', '»']) expect(joined).toContain(word);
  });

  test('formatting a record in Spanish leaves the English output of the same id as it was', () => {
    const before = STYLES.map((style) => text(claim, style));
    for (const style of STYLES) {
      es(claimEs, style);
      formatNote(claimEs, style, 'es');
    }
    expect(STYLES.map((style) => text(claim, style))).toEqual(before);
    expect(text(claim, 'apa')).toBe('Drones and Organized Crime. (2026, November 24). Members of the unit received drone training abroad [Claim record]. https://example.org/claims/unit-trained-abroad/');
    expect(formatNote(claim, 'chicago-note-bibliography').text).toBe('Drones and Organized Crime, “Members of the Unit Received Drone Training Abroad.”');
    // And the other way round: English formatting in between leaves the Spanish records in Spanish.
    expect(es(claimEs, 'apa')).toContain('[Registro de afirmación]');
  });

  test('the originals are ordered in the Spanish reference list as in the English one', () => {
    expect(referenceOrder([webNewsSource, newsSource, registerSource], 'apa', 'es')).toEqual(['source-ministry-register', 'source-agency-report', 'source-outlet-report']);
    expect(formatEach([newsSource, registerSource], 'chicago-author-date', 'es').get('source-ministry-register')!.text).toContain('s.\u00a0f.');
  });
});
