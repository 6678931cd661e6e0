/** Headings for the treaty articles findings are grouped under. Unknown articles show as they are. */
const ARTICLE_TITLES: Readonly<Record<string, string>> = {
  'ATT 2': 'Scope',
  'ATT 6': 'Prohibitions',
  'ATT 7': 'Export assessment',
  'ATT 9': 'Transit and trans-shipment',
  'ATT 10': 'Brokering',
  'ATT 11': 'Diversion',
};

/** `ATT 6 — Prohibitions`. */
export function articleHeading(article: string): string {
  const title = ARTICLE_TITLES[article];
  return title ? `${article} — ${title}` : article;
}

/**
 * Groups items by article: instrument by instrument (the ATT first, then the others in the order they
 * first appear), and within an instrument by article number, so an overlay's EU CP criteria follow
 * all the ATT ones rather than interleaving by number.
 */
export function groupByArticle<T extends { readonly article: string }>(items: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.article);
    if (group) group.push(item);
    else groups.set(item.article, [item]);
  }
  const instruments = [...new Set(['ATT', ...[...groups.keys()].map(instrumentOf)])];
  const rank = (article: string): number => instruments.indexOf(instrumentOf(article));
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b) || articleNumber(a) - articleNumber(b));
}

/** `ATT`, `EU CP Criterion`, `EU CP Art`: the article reference without its number. */
function instrumentOf(article: string): string {
  return article.replace(/\s*\d+$/, '');
}

function articleNumber(article: string): number {
  const match = /(\d+)$/.exec(article);
  return match ? Number(match[1]) : Number.MAX_SAFE_INTEGER;
}
