/**
 * The pages a person opens first (a bookmark, a link in an e-mail): their
 * code is fetched by index.html's preload script beside the shell, not
 * after it (decision 0034), and whose first queries main.tsx asks before
 * React renders (preload-queries.ts, by the same patterns). Each is a route
 * of router.tsx (a unit test checks) and the source module of its page.
 */
export const FIRST_PAGE_PATTERNS = {
  overview: '/organizations/:organizationId',
  department: '/organizations/:organizationId/departments/:departmentId',
} as const;

export const FIRST_PAGES = [
  {
    pattern: FIRST_PAGE_PATTERNS.overview,
    module: 'src/features/overview/ProgrammeOverviewPage.tsx',
  },
  {
    pattern: FIRST_PAGE_PATTERNS.department,
    module: 'src/features/departments/DepartmentPage.tsx',
  },
] as const;

/** A first page's route and the built files its code needs beyond the shell's. */
export type FirstPageFiles = { pattern: string; files: string[] };

/** The regular expression matching a route pattern's paths (`:name` is one segment). */
export function routePatternSource(pattern: string): string {
  const segments = pattern
    .split('/')
    .filter(Boolean)
    .map((segment) =>
      segment.startsWith(':')
        ? '/[^/]+'
        : `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
    );
  return `^${segments.join('')}/?$`;
}

/**
 * A classic script for index.html's head: on a first page's path it adds a
 * `modulepreload` link for each of the page's scripts and a style preload for
 * each stylesheet, so they download while the shell does. Vite's loader
 * finds the scripts preloaded and applies the stylesheets when the page is
 * imported. A classic script file, not an inline one: helmet's
 * Content-Security-Policy allows scripts from the app's own origin only.
 */
export function firstPagePreloadScript(pages: FirstPageFiles[]): string {
  const table = pages.map(({ pattern, files }) => [
    routePatternSource(pattern),
    files,
  ]);
  return `(function () {
  var pages = ${JSON.stringify(table)};
  var path = location.pathname;
  for (var i = 0; i < pages.length; i += 1) {
    if (!new RegExp(pages[i][0]).test(path)) continue;
    pages[i][1].forEach(function (href) {
      var link = document.createElement('link');
      if (/\\.css$/.test(href)) {
        link.rel = 'preload';
        link.as = 'style';
      } else {
        link.rel = 'modulepreload';
      }
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    });
    return;
  }
})();
`;
}
