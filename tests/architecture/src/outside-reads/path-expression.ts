import { dirname, isAbsolute, join, resolve } from 'node:path';
import * as ts from 'typescript';

/**
 * The value of a path expression as far as it can be known without running
 * the file: an absolute path (from `__dirname`, `import.meta`, `process.cwd()`
 * …), a piece of text (a literal), or unknown.
 */
export type PathValue =
  | { kind: 'absolute'; path: string }
  | { kind: 'text'; value: string }
  | undefined;

export type PathContext = {
  /** The repository root: `process.cwd()` of every test and script. */
  root: string;
  file: string;
  /** `const NAME = <expression>` declarations of the file; a name declared twice is left out. */
  constants: Map<string, ts.Expression>;
};

const PATH_FUNCTIONS = new Set(['join', 'resolve', 'dirname']);

/** `const X = …` declarations of the whole file, by name (names declared twice are ambiguous and dropped). */
export function fileConstants(
  source: ts.SourceFile,
): Map<string, ts.Expression> {
  const constants = new Map<string, ts.Expression>();
  const ambiguous = new Set<string>();
  const visit = (node: ts.Node) => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer
    ) {
      const name = node.name.text;
      if (constants.has(name)) ambiguous.add(name);
      else constants.set(name, node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  ambiguous.forEach((name) => constants.delete(name));
  return constants;
}

/** `join`, `path.join`, `posix.resolve` … → the function's name, else undefined. */
export function pathFunctionName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  const name = ts.isIdentifier(callee)
    ? callee.text
    : ts.isPropertyAccessExpression(callee)
      ? callee.name.text
      : undefined;
  return name && PATH_FUNCTIONS.has(name) ? name : undefined;
}

function isImportMeta(node: ts.Expression, property: string): boolean {
  return (
    ts.isPropertyAccessExpression(node) &&
    node.name.text === property &&
    ts.isMetaProperty(node.expression) &&
    node.expression.keywordToken === ts.SyntaxKind.ImportKeyword
  );
}

function isFileUrl(node: ts.Expression): boolean {
  return isImportMeta(node, 'url');
}

/** The value of `node`, following the file's constants (at most `depth` deep, against cycles). */
export function evaluatePath(
  node: ts.Expression,
  context: PathContext,
  depth = 0,
): PathValue {
  if (depth > 20) return undefined;
  const next = (expression: ts.Expression) =>
    evaluatePath(expression, context, depth + 1);
  if (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isNonNullExpression(node)
  )
    return next(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    return { kind: 'text', value: node.text };
  if (ts.isIdentifier(node)) {
    if (node.text === '__dirname')
      return { kind: 'absolute', path: dirname(context.file) };
    if (node.text === '__filename')
      return { kind: 'absolute', path: context.file };
    const initializer = context.constants.get(node.text);
    return initializer ? next(initializer) : undefined;
  }
  if (isImportMeta(node, 'dirname'))
    return { kind: 'absolute', path: dirname(context.file) };
  if (isImportMeta(node, 'filename') || isFileUrl(node))
    return { kind: 'absolute', path: context.file };
  if (
    ts.isNewExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'URL'
  ) {
    // new URL('../x', import.meta.url): relative to the file.
    const [target, base] = node.arguments ?? [];
    const baseValue = base ? next(base) : undefined;
    const targetValue = target ? next(target) : undefined;
    if (baseValue?.kind === 'absolute' && targetValue?.kind === 'text')
      return {
        kind: 'absolute',
        path: resolve(dirname(baseValue.path), targetValue.value),
      };
    return undefined;
  }
  if (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.PlusToken
  ) {
    return concatenate([next(node.left), next(node.right)]);
  }
  if (ts.isTemplateExpression(node)) {
    const parts: PathValue[] = [{ kind: 'text', value: node.head.text }];
    for (const span of node.templateSpans)
      parts.push(next(span.expression), {
        kind: 'text',
        value: span.literal.text,
      });
    return concatenate(parts);
  }
  if (ts.isCallExpression(node)) return evaluateCall(node, context, next);
  return undefined;
}

function evaluateCall(
  node: ts.CallExpression,
  context: PathContext,
  next: (expression: ts.Expression) => PathValue,
): PathValue {
  const callee = node.expression;
  if (
    ts.isPropertyAccessExpression(callee) &&
    callee.name.text === 'cwd' &&
    ts.isIdentifier(callee.expression) &&
    callee.expression.text === 'process'
  ) {
    return { kind: 'absolute', path: context.root };
  }
  const name = ts.isIdentifier(callee)
    ? callee.text
    : ts.isPropertyAccessExpression(callee)
      ? callee.name.text
      : undefined;
  if (name === 'fileURLToPath' && node.arguments.length === 1)
    return next(node.arguments[0]);
  const pathFunction = pathFunctionName(node);
  if (!pathFunction) return undefined;
  const values = node.arguments.map(next);
  if (values.length === 0 || values.some((value) => value === undefined))
    return undefined;
  const parts = values.map((value) =>
    value!.kind === 'absolute' ? value!.path : value!.value,
  );
  if (pathFunction === 'dirname')
    return values[0]!.kind === 'absolute'
      ? { kind: 'absolute', path: dirname(parts[0]) }
      : undefined;
  // resolve() and a join() that starts from an absolute path give absolute paths; resolve() of
  // relative parts is relative to process.cwd(), the repository root.
  if (pathFunction === 'resolve')
    return { kind: 'absolute', path: resolve(context.root, ...parts) };
  return isAbsolute(parts[0])
    ? { kind: 'absolute', path: join(...parts) }
    : { kind: 'text', value: join(...parts) };
}

function concatenate(parts: PathValue[]): PathValue {
  if (parts.some((part) => part === undefined)) return undefined;
  const text = parts
    .map((part) => (part!.kind === 'absolute' ? part!.path : part!.value))
    .join('');
  return parts[0]!.kind === 'absolute' || isAbsolute(text)
    ? { kind: 'absolute', path: text }
    : { kind: 'text', value: text };
}
