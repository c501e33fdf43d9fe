import { articleItem, claimItem, sourceItem } from '../../../src/lib/citation/items';

export const article = articleItem({ id: 'rt-report', title: 'Did a cartel learn drone warfare abroad? Reading a report claim by claim', updated: '2026-11-25' }, 'https://example.org/articles/rt-report/');
export const claim = claimItem({ id: 'unit-trained-abroad', statement: 'Members of the unit received drone training abroad.', updated: '2026-11-24' }, 'https://example.org/claims/unit-trained-abroad/');
export const newsSource = sourceItem('outlet-report', {
  kind: 'news-report',
  title: 'Un cártel se entrenó en el extranjero',
  titleIsDescription: false,
  publisher: 'Example Daily',
  authors: ['Ana Ruiz'],
  published: '2025-09-08',
  url: 'https://example.org/news/cartel',
  accessed: '2026-11-24',
  language: 'es',
});
export const registerSource = sourceItem('ministry-register', {
  kind: 'primary-record',
  title: 'Register of designations',
  titleIsDescription: true,
  publisher: 'Example Ministry',
  authors: [],
  published: null,
  url: 'https://example.org/register',
  accessed: '2026-11-24',
  language: 'en',
});
