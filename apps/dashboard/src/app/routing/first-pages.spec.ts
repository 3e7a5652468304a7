import { matchRoutes } from 'react-router';
import {
  FIRST_PAGES,
  firstPagePreloadScript,
  routePatternSource,
} from './first-pages';
import { APP_ROUTES } from './router';

type Link = { rel: string; as?: string; crossOrigin?: string; href: string };

/** Runs the script as a browser would, at `pathname`; the links it added. */
function linksAddedAt(script: string, pathname: string): Link[] {
  const added: Link[] = [];
  const document = {
    createElement: () => ({}) as Link,
    head: { appendChild: (link: Link) => added.push(link) },
  };
  new Function('location', 'document', script)({ pathname }, document);
  return added;
}

const PAGES = [
  { pattern: '/organizations/:organizationId', files: ['/assets/o.js'] },
  {
    pattern: '/organizations/:organizationId/departments/:departmentId',
    files: ['/assets/d.js', '/assets/charts.js', '/assets/d.css'],
  },
];

describe('first pages', () => {
  it('are routes of the router, each its own page', () => {
    for (const { pattern } of FIRST_PAGES) {
      const path = pattern.replace(/:[^/]+/g, 'id-1');
      const matched = matchRoutes(APP_ROUTES, path) ?? [];
      expect(`/${matched.at(-1)?.route.path}`).toBe(pattern);
    }
  });

  it('match one path segment per parameter', () => {
    const department = new RegExp(routePatternSource(PAGES[1].pattern));
    expect(department.test('/organizations/a1/departments/b2')).toBe(true);
    expect(department.test('/organizations/a1/departments/b2/')).toBe(true);
    expect(department.test('/organizations/a1/departments')).toBe(false);
    expect(department.test('/organizations/a1/departments/b2/rollout')).toBe(
      false,
    );
    expect(new RegExp(routePatternSource('/a.b/:id')).test('/aXb/1')).toBe(
      false,
    );
  });

  it('preload a department page’s scripts and styles, and nothing elsewhere', () => {
    const script = firstPagePreloadScript(PAGES);
    expect(linksAddedAt(script, '/organizations/o1/departments/d1')).toEqual([
      { rel: 'modulepreload', crossOrigin: '', href: '/assets/d.js' },
      { rel: 'modulepreload', crossOrigin: '', href: '/assets/charts.js' },
      { rel: 'preload', as: 'style', crossOrigin: '', href: '/assets/d.css' },
    ]);
    expect(linksAddedAt(script, '/organizations/o1')).toEqual([
      { rel: 'modulepreload', crossOrigin: '', href: '/assets/o.js' },
    ]);
    expect(linksAddedAt(script, '/organizations/o1/roadmap')).toEqual([]);
    expect(linksAddedAt(script, '/login')).toEqual([]);
  });
});
