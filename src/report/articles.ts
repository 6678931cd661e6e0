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

/** Groups items by article, keeping the first-seen order of articles and of items within each. */
export function groupByArticle<T extends { readonly article: string }>(items: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.article);
    if (group) group.push(item);
    else groups.set(item.article, [item]);
  }
  return [...groups.entries()].sort(([a], [b]) => articleOrder(a) - articleOrder(b));
}

function articleOrder(article: string): number {
  const match = /(\d+)$/.exec(article);
  return match ? Number(match[1]) : Number.MAX_SAFE_INTEGER;
}
