import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import * as ts from 'typescript';
import {
  evaluatePath,
  fileConstants,
  PathContext,
  pathFunctionName,
} from './path-expression';
import { CodeFileKind, repositoryCodeFiles } from './repository-files';

const PARENT_DIRECTORY = '..'; // outside-reads: allow (the scanner's own patterns)

/** A place where code reads (or points at) a path outside the repository. */
export type OutsideRead = {
  file: string;
  line: number;
  reason: string;
  text: string;
};

/**
 * The specification's directories beside the repository (`shared/data`,
 * `shared/spec`, `shared/tools`): a user's clone does not have them, so no
 * code may name them, however the path is built.
 */
const SHARED_DIRECTORY = /(^|[\\/])shared[\\/](data|spec|tools)([\\/]|$)/;

export function isInside(root: string, path: string): boolean {
  const fromRoot = relative(root, resolve(path));
  const [first] = fromRoot.split(sep);
  return !isAbsolute(fromRoot) && first !== PARENT_DIRECTORY;
}

/** Why an absolute path literal is outside the repository, or null. */
function absolutePathProblem(root: string, text: string): string | null {
  if (!text.startsWith('/')) return null;
  if (/^\/work(\/|$)/.test(text) && !isInside(root, text))
    return 'absolute path under /work';
  const parent = dirname(root);
  if (
    parent !== '/' &&
    (text === parent || text.startsWith(`${parent}/`)) &&
    !isInside(root, text)
  )
    return 'absolute path beside the repository';
  return null;
}

/** Checks of a piece of text that every kind of file gets. */
function textProblems(root: string, text: string): string[] {
  const problems: string[] = [];
  const absolute = absolutePathProblem(root, text);
  if (absolute) problems.push(absolute);
  if (SHARED_DIRECTORY.test(text))
    problems.push('names shared/data, shared/spec or shared/tools');
  return problems;
}

const startsRelativeUp = (text: string) =>
  text === PARENT_DIRECTORY ||
  text.startsWith(`${PARENT_DIRECTORY}/`) ||
  text.startsWith(`${PARENT_DIRECTORY}\\`);

/**
 * A line that says `outside-reads: allow (why)` on itself or the line above is
 * not reported: for strings that look like paths and are not read (a
 * file-name sanitiser's hostile input, say). Every use says why.
 */
const ALLOW = /outside-reads: allow \(.+\)/;

function allowed(lines: string[], line: number): boolean {
  return ALLOW.test(lines[line - 1] ?? '') || ALLOW.test(lines[line - 2] ?? '');
}

/** A TypeScript or JavaScript file, read as a syntax tree. */
export function scanScript(
  root: string,
  file: string,
  text: string,
): OutsideRead[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const context: PathContext = { root, file, constants: fileConstants(source) };
  const findings: OutsideRead[] = [];
  const handled = new Set<ts.Node>();
  const report = (node: ts.Node, reason: string) => {
    const line =
      source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    findings.push({
      file: relative(root, file),
      line,
      reason,
      text: node.getText(source).slice(0, 120),
    });
  };

  const checkSpecifier = (node: ts.Expression | undefined) => {
    if (!node || !ts.isStringLiteralLike(node)) return;
    handled.add(node);
    if (
      node.text.startsWith('.') &&
      !isInside(root, resolve(dirname(file), node.text))
    )
      report(node, 'module path climbs above the repository root');
  };

  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier
    )
      checkSpecifier(node.moduleSpecifier);
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument))
      checkSpecifier(node.argument.literal as ts.Expression);
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isModuleCall =
        callee.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(callee) && callee.text === 'require') ||
        (ts.isPropertyAccessExpression(callee) &&
          ['mock', 'requireActual', 'resolve'].includes(callee.name.text) &&
          ts.isIdentifier(callee.expression) &&
          ['jest', 'require'].includes(callee.expression.text));
      if (isModuleCall) checkSpecifier(node.arguments[0]);
    }
    const isPathExpression =
      (ts.isCallExpression(node) &&
        (pathFunctionName(node) ||
          (ts.isIdentifier(node.expression) &&
            node.expression.text === 'fileURLToPath'))) ||
      (ts.isNewExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'URL') ||
      ts.isTemplateExpression(node) ||
      (ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.PlusToken);
    if (isPathExpression) {
      const value = evaluatePath(node as ts.Expression, context);
      if (value?.kind === 'absolute' && !isInside(root, value.path))
        report(node, `path resolves outside the repository (${value.path})`);
      // The parts of a path expression are judged as the whole path, not one by one.
      if (ts.isCallExpression(node) || ts.isNewExpression(node))
        node.arguments?.forEach(
          (argument) =>
            ts.isStringLiteralLike(argument) && handled.add(argument),
        );
    }
    if (ts.isStringLiteralLike(node) && !handled.has(node)) {
      // A bare relative path is read from process.cwd(): the repository root.
      if (
        startsRelativeUp(node.text) &&
        !isInside(root, resolve(root, node.text))
      )
        report(node, 'relative path climbs above the repository root');
    }
    if (
      ts.isStringLiteralLike(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      textProblems(root, node.text).forEach((reason) => report(node, reason));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const lines = text.split(/\r?\n/);
  return findings.filter((finding) => !allowed(lines, finding.line));
}

/** Tokens of a command line or a line of a script: what could be a path. */
const tokens = (text: string) => text.split(/[\s'"`=(),;:]+/).filter(Boolean);

/** A JSON file (package.json scripts, tsconfig extends and paths …): every string value. */
export function scanJson(
  root: string,
  file: string,
  text: string,
): OutsideRead[] {
  const source = ts.parseJsonText(file, text);
  const findings: OutsideRead[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node)) {
      const line =
        source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      for (const reason of tokenProblems(root, file, node.text))
        findings.push({
          file: relative(root, file),
          line,
          reason,
          text: node.text.slice(0, 120),
        });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const lines = text.split(/\r?\n/);
  return findings.filter((finding) => !allowed(lines, finding.line));
}

/** A shell or Python script, an env example: line by line. */
export function scanText(
  root: string,
  file: string,
  text: string,
): OutsideRead[] {
  const lines = text.split(/\r?\n/);
  return lines
    .flatMap((lineText, index) =>
      tokenProblems(root, file, lineText).map((reason) => ({
        file: relative(root, file),
        line: index + 1,
        reason,
        text: lineText.trim().slice(0, 120),
      })),
    )
    .filter((finding) => !allowed(lines, finding.line));
}

/** Relative tokens are resolved against the file's directory (npm runs a package's scripts there). */
function tokenProblems(root: string, file: string, text: string): string[] {
  const problems = new Set<string>();
  for (const token of tokens(text)) {
    if (
      startsRelativeUp(token) &&
      !isInside(root, resolve(dirname(file), token))
    )
      problems.add('relative path climbs above the repository root');
    textProblems(root, token).forEach((problem) => problems.add(problem));
  }
  return [...problems];
}

export function scanFile(
  root: string,
  file: string,
  kind: CodeFileKind,
): OutsideRead[] {
  const text = readFileSync(file, 'utf8');
  if (kind === 'script') return scanScript(root, file, text);
  if (kind === 'json') return scanJson(root, file, text);
  return scanText(root, file, text);
}

/** Every place in the repository's code that reads outside it. */
export function findOutsideReads(root: string): OutsideRead[] {
  return repositoryCodeFiles(root).flatMap(({ path, kind }) =>
    scanFile(root, path, kind),
  );
}
