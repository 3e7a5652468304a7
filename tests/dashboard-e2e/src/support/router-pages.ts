import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const ROUTER = join(
  __dirname,
  '../../../../apps/dashboard/src/app/routing/router.tsx',
);

/** A page of the dashboard as its router declares it. */
export type RouterPage = {
  /** The full pattern, e.g. "/organizations/:organizationId/departments/:departmentId". */
  pattern: string;
  /** Whether the page sits inside <RequireSession> (signed in) or not (the login page). */
  signedIn: boolean;
};

const property = (node: ts.ObjectLiteralExpression, name: string) =>
  node.properties.find(
    (p): p is ts.PropertyAssignment =>
      ts.isPropertyAssignment(p) && p.name.getText() === name,
  );

const parse = (file: string) =>
  ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.ES2022,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );

/**
 * The array a route list spreads in (`...ORGANIZATION_PAGE_ROUTES`): the
 * `const` of that name in the module the router imports it from.
 */
function spreadRoutes(
  router: ts.SourceFile,
  name: string,
): ts.ArrayLiteralExpression {
  const from = router.statements
    .filter(ts.isImportDeclaration)
    .find((declaration) => {
      const bindings = declaration.importClause?.namedBindings;
      return (
        bindings !== undefined &&
        ts.isNamedImports(bindings) &&
        bindings.elements.some((element) => element.name.text === name)
      );
    });
  if (!from || !ts.isStringLiteral(from.moduleSpecifier))
    throw new Error(`router.tsx: routes spread from an unknown ${name}`);
  const base = join(dirname(ROUTER), from.moduleSpecifier.text);
  const module = parse(
    [`${base}.ts`, `${base}.tsx`].find((file) => existsSync(file)) ?? base,
  );
  for (const statement of module.statements.filter(ts.isVariableStatement))
    for (const declaration of statement.declarationList.declarations)
      if (
        declaration.name.getText() === name &&
        declaration.initializer &&
        ts.isArrayLiteralExpression(declaration.initializer)
      )
        return declaration.initializer;
  throw new Error(`${module.fileName}: ${name} is not an array of routes`);
}

/**
 * Every page in the dashboard's router, read from router.tsx itself so that
 * a page added there is walked by the browser tests without anyone listing
 * it again. A route is an object literal with a `path` or `index`; nested
 * paths are joined to their parents'; a list of routes spread in from
 * another module of the router is read from there. A path that is not a
 * plain string fails loudly rather than being skipped.
 */
export function routerPages(): RouterPage[] {
  const source = parse(ROUTER);
  const pages: RouterPage[] = [];
  const visit = (node: ts.Node, parentPath: string, signedIn: boolean) => {
    if (ts.isSpreadElement(node)) {
      spreadRoutes(source, node.expression.getText()).elements.forEach(
        (route) => visit(route, parentPath, signedIn),
      );
      return;
    }
    if (
      ts.isObjectLiteralExpression(node) &&
      (property(node, 'path') ||
        property(node, 'index') ||
        property(node, 'children'))
    ) {
      const path = property(node, 'path');
      if (path && !ts.isStringLiteral(path.initializer))
        throw new Error(
          `router.tsx: a route path is not a string literal: ${path.getText()}`,
        );
      const own = path ? (path.initializer as ts.StringLiteral).text : '';
      const full = own.startsWith('/')
        ? own
        : `${parentPath.replace(/\/$/, '')}/${own}`.replace(/\/+$/, '') || '/';
      const element = property(node, 'element');
      const inside =
        signedIn ||
        (element !== undefined &&
          element.initializer.getText().includes('RequireSession'));
      const children = property(node, 'children');
      if (children && ts.isArrayLiteralExpression(children.initializer)) {
        children.initializer.elements.forEach((child) =>
          visit(child, full, inside),
        );
      }
      // The index route under the session only redirects home; every other leaf is a page.
      if (!children && !property(node, 'index'))
        pages.push({ pattern: full === '' ? '/' : full, signedIn: inside });
      return;
    }
    ts.forEachChild(node, (child) => visit(child, parentPath, signedIn));
  };
  visit(source, '', false);
  return pages;
}

/** The pattern with its parameters filled in; an unknown parameter is an error to fix here. */
export function fillPattern(
  pattern: string,
  values: Readonly<Record<string, string>>,
): string {
  return pattern
    .replace(/:(\w+)/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined)
        throw new Error(
          `no value for :${name} in ${pattern}: add one to the page walk`,
        );
      return encodeURIComponent(value);
    })
    .replace(/\*$/, 'no-such-page');
}
