import { articleItem, chartItem, claimItem, dataItem, hubItem, sourceItem } from '../../../src/lib/citation/items';

/** A source record with every field a content author may leave out at its default. */
export const source = (fields: Partial<Parameters<typeof sourceItem>[1]> & Pick<Parameters<typeof sourceItem>[1], 'kind' | 'form' | 'title' | 'publisher'>) =>
  ({ titleIsDescription: false, authors: [], editors: [], published: null, url: null, accessed: '2026-11-24', language: 'en', ...fields }) as Parameters<typeof sourceItem>[1];

export const article = articleItem({ id: 'rt-report', title: 'Did a cartel learn drone warfare abroad? Reading a report claim by claim', updated: '2026-11-25' }, 'https://example.org/articles/rt-report/');
export const claim = claimItem({ id: 'unit-trained-abroad', statement: 'Members of the unit received drone training abroad.', updated: '2026-11-24' }, 'https://example.org/claims/unit-trained-abroad/');
export const chart = chartItem({ id: 'timeline', title: 'Timeline: Reports of the drone unit', updated: '2026-11-24' }, 'https://example.org/charts/timeline/');
export const dataSet = dataItem('2026-11-25', 'https://example.org/data/');

/** A newspaper article in Spanish, with two people in its byline and our translation of its title. */
export const newsSource = sourceItem('outlet-report', source({
  kind: 'news-report',
  form: 'newspaper',
  title: 'Un cártel se entrenó en el extranjero',
  titleTranslation: 'A cartel trained abroad',
  publisher: 'Example Daily',
  authors: [{ family: 'Ruiz', given: 'Ana' }, { family: 'de la Cruz', given: 'Juan' }],
  published: '2025-09-08',
  url: 'https://example.org/news/cartel',
  language: 'es',
}));

/** An article of a news website with no byline. */
export const webNewsSource = sourceItem('agency-report', source({
  kind: 'news-report',
  form: 'news-site',
  title: 'Police say drones dropped explosives on a checkpoint',
  publisher: 'Example News Agency',
  published: '2021-04-20',
  url: 'https://example.org/agency/drones',
}));

/** A government report dated by month only: the issuing body is its group author. */
export const reportSource = sourceItem('ministry-report', source({
  kind: 'primary-record',
  form: 'report',
  title: 'Annual threat assessment 2025',
  publisher: 'Example Ministry',
  published: '2025-05',
  url: 'https://example.org/reports/2025.pdf',
}));

/** An article in an online journal. */
export const journalSource = sourceItem('journal-note', source({
  kind: 'analysis',
  form: 'journal',
  title: 'Tactical note 12: Drone attack on a police post',
  publisher: 'Example Journal',
  authors: [{ family: 'Bunker', given: 'Robert J.' }, { family: 'Sullivan', given: 'John P.' }],
  published: '2021-04-28',
  url: 'https://example.org/journal/note-12',
}));

/** An official page with no title we could see and no date. */
export const registerSource = sourceItem('ministry-register', source({
  kind: 'primary-record',
  form: 'webpage',
  title: 'Register of designations',
  titleIsDescription: true,
  publisher: 'Example Ministry',
  url: 'https://example.org/register',
}));

/** The Spanish pages of the site, as a Spanish page cites them: the same ids, their own titles, dates and words. */
export const claimEs = claimItem({ id: 'unit-trained-abroad', statement: 'Miembros de la unidad recibieron entrenamiento con drones en el extranjero.', updated: '2026-12-07' }, 'https://example.org/es/claims/unit-trained-abroad/', 'es');
export const articleEs = articleItem({ id: 'rt-report', title: '¿Aprendió un cártel la guerra con drones en el extranjero? Un informe, afirmación por afirmación', updated: '2026-12-07' }, 'https://example.org/es/articles/rt-report/', 'es');
export const chartEs = chartItem({ id: 'timeline', title: 'Cronología: informes sobre la unidad de drones', updated: '2026-12-07' }, 'https://example.org/es/charts/timeline/', 'es');
export const hubEs = hubItem({ id: 'use-attack', title: 'Uso de drones: ataques', updated: '2026-12-07' }, 'https://example.org/es/uses/attack/', 'es');
export const dataSetEs = dataItem('2026-12-07', 'https://example.org/es/data/', 'es');
