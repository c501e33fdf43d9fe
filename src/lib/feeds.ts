/**
 * The two feeds: new articles, and corrections (every status change and every logged change to a claim or an
 * article). Pure: records in, feed items out; dates are the content's own, at midnight UTC, so builds repeat.
 */
import { statusCorrections } from './evidence/corrections';
import type { WithId as Entry } from './evidence/relations';
import type { Article, Claim } from '../schemas';


export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  /** A stable identifier: the same correction keeps it in every build. */
  guid: string;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const newestFirst = (a: FeedItem, b: FeedItem) => b.pubDate.getTime() - a.pubDate.getTime() || a.guid.localeCompare(b.guid);

export function articleFeed(articles: Entry<Article>[], link: (id: string) => string): FeedItem[] {
  return articles
    .filter((article) => article.data.kind === 'explainer')
    .map((article) => ({ title: article.data.title, link: link(article.id), pubDate: day(article.data.published), description: article.data.description, guid: link(article.id) }))
    .sort(newestFirst);
}

export function correctionsFeed(claims: Entry<Claim>[], articles: Entry<Article>[], claimLink: (id: string) => string, articleLink: (article: Entry<Article>) => string): FeedItem[] {
  const statusChanges = statusCorrections(claims).map((change) => ({
    title: `Status changed from ${change.from} to ${change.to}: ${change.claim.data.statement}`,
    link: claimLink(change.claim.id),
    pubDate: day(change.date),
    description: change.reason,
    guid: `${claimLink(change.claim.id)}#status-${change.date}-${change.from}-${change.to}`,
  }));
  const claimChanges = claims.flatMap((claim) =>
    claim.data.changes.map((change, i) => ({ title: `Correction: ${claim.data.statement}`, link: claimLink(claim.id), pubDate: day(change.date), description: change.summary, guid: `${claimLink(claim.id)}#change-${i + 1}` })),
  );
  const articleChanges = articles.flatMap((article) =>
    article.data.changes.map((change, i) => ({ title: `Update: ${article.data.title}`, link: articleLink(article), pubDate: day(change.date), description: change.summary, guid: `${articleLink(article)}#change-${i + 1}` })),
  );
  // @astrojs/rss writes each item's link as its guid, so the link carries the fragment that makes it unique: a
  // claim can have a status change and a correction on one day.
  return [...statusChanges, ...claimChanges, ...articleChanges].map((item) => ({ ...item, link: item.guid })).sort(newestFirst);
}
