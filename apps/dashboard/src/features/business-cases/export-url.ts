/** The exports endpoint next to /graphql, with the path's query kept. */
export function exportUrl(
  path: string,
  graphqlUrl: string,
  origin: string,
): string {
  const url = new URL(graphqlUrl, origin);
  const [pathname, search = ''] = path.split('?');
  url.pathname = url.pathname.replace(
    /graphql\/?$/,
    `exports/business-cases/${pathname}`,
  );
  url.search = search;
  return url.toString();
}

/** A file name stem from the case name: "Northwind ESM" → "northwind-esm". */
export function caseFileStem(caseName: string): string {
  return (
    caseName
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'business-case'
  );
}
