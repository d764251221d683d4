// README examples as tests, so they cannot drift from the code. Every ```ts block of a
// package's README is type-checked (with the package's compiler options) and run; a
// statement followed by a comment that is a value (`f(x); // 'ckb'`, or the value on the
// comment lines below it) must produce that value.
//
// Conventions, for README writers:
// - `// 0.92` compares a number rounded to the decimals shown; `// throws ...` expects a throw.
// - `...` in an expected array or object matches the rest: `[1, 2, ...]`, `{ a: 1, ... }`.
// - A comment that does not start with a value (`// distinct people`) is prose: not checked.
// - An HTML comment right above a block gives hidden setup code (names the example uses
//   without defining, such as `request` or `deliveries`):
//     <!-- readme-example
//     const deliveries = [...];
//     -->
//   and `<!-- readme-example: skip (why) -->` skips a block that is not runnable code.
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const STATEMENT_KEYWORDS =
  /^(import|export|const|let|var|if|else|for|while|do|return|interface|type|function|class|throw|try|catch|switch|case|default|\}|\/\/|\/\*|\*)\b/;

/** The ```ts blocks of a README, each with its line number and hidden setup. */
export function readmeBlocks(markdown) {
  const lines = markdown.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i])) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end])) end += 1;
    // The HTML comment just above the fence (blank lines allowed).
    let above = i - 1;
    while (above >= 0 && lines[above].trim() === '') above -= 1;
    let setup = '';
    let skip = null;
    if (above >= 0 && lines[above].trim().endsWith('-->')) {
      let open = above;
      while (open >= 0 && !lines[open].includes('<!--')) open -= 1;
      const comment = lines
        .slice(open, above + 1)
        .join('\n')
        .replace(/^\s*<!--/, '')
        .replace(/-->\s*$/, '');
      const skipMatch = /^\s*readme-example:\s*skip\b(.*)$/s.exec(comment);
      if (skipMatch) skip = skipMatch[1].trim() || 'skipped';
      else if (/^\s*readme-example\b/.test(comment)) setup = comment.replace(/^\s*readme-example\b/, '').trim();
    }
    blocks.push({ line: start + 1, code: lines.slice(start, end).join('\n'), setup, skip });
    i = end;
  }
  return blocks;
}

/** The code of a line without strings and its trailing comment, for bracket counting. */
function codeOf(line) {
  let out = '';
  let quote = null;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '/' && line[i + 1] === '/') break;
    else out += c;
  }
  return out;
}

/** Where the trailing `// comment` of a line (outside strings) starts, or -1. */
function commentStart(line) {
  let quote = null;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '/' && line[i + 1] === '/') return i;
  }
  return -1;
}

/** The trailing `// comment` of a line, or null. */
function trailingComment(line) {
  const start = commentStart(line);
  return start === -1 ? null : line.slice(start + 2).trim();
}

/** The line without its trailing comment. */
function withoutComment(line) {
  const start = commentStart(line);
  return start === -1 ? line : line.slice(0, start);
}

function depthChange(code) {
  let depth = 0;
  for (const c of code) {
    if ('([{'.includes(c)) depth += 1;
    else if (')]}'.includes(c)) depth -= 1;
  }
  return depth;
}

/** Whether a TypeScript expression is a value: literals, arrays, objects, names (no calls). */
function isValue(node) {
  if (ts.isParenthesizedExpression(node)) return isValue(node.expression);
  if (ts.isStringLiteral(node) || ts.isNumericLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true;
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword) return true;
  if (node.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isPrefixUnaryExpression(node))
    return node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand);
  if (ts.isIdentifier(node)) return true;
  if (ts.isArrayLiteralExpression(node)) return node.elements.every(isValue);
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every(
      (property) =>
        (ts.isPropertyAssignment(property) && isValue(property.initializer)) ||
        ts.isShorthandPropertyAssignment(property),
    );
  }
  return false;
}

function startsWithValue(node) {
  return !ts.isIdentifier(node) && isValue(node);
}

/** The expected value a comment starts with: { text, partial } or { throws }, or null for prose. */
export function expectedOf(comment) {
  if (/^throws\b/.test(comment)) return { throws: true };
  for (let cut = comment.length; cut > 0; cut -= 1) {
    const text = comment.slice(0, cut).trim();
    if (text === '' || !/^[-'"`[{\d]|^(true|false|null)\b/.test(text)) continue;
    const partial = text.includes('...');
    const cleaned = text.replace(/,\s*\.\.\.\s*(?=[\]}])/g, '').replace(/\[\s*\.\.\.\s*\]/g, '[]');
    if (cleaned.includes('...')) continue;
    const source = ts.createSourceFile('expected.ts', `(${cleaned}\n);`, ts.ScriptTarget.Latest, false);
    if (source.parseDiagnostics.length > 0) continue;
    const statement = source.statements[0];
    if (source.statements.length !== 1 || !ts.isExpressionStatement(statement)) continue;
    if (!startsWithValue(statement.expression)) continue;
    return { text: cleaned, partial };
  }
  return null;
}

/** The example turned into a module that checks every statement with an expected value. */
export function instrument(code, offset = 0) {
  const lines = code.split('\n');
  const out = [];
  let checks = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const trimmed = lines[i].trim();
    if (trimmed === '' || trimmed.startsWith('//')) {
      out.push(lines[i]);
      continue;
    }
    // One statement: until its brackets close and it ends with ';' or '}'.
    let end = i;
    let depth = depthChange(codeOf(lines[i]));
    while ((depth > 0 || !/[;}]$/.test(codeOf(lines[end]).trim())) && end + 1 < lines.length) {
      end += 1;
      depth += depthChange(codeOf(lines[end]));
    }
    if (/^(if|else|for|while)\b.*\{$/.test(codeOf(lines[i]).trim()) && end > i && codeOf(lines[end]).trim() === '}') {
      // A block: its statements are checked too (and must run: every check is counted).
      const inner = instrument(lines.slice(i + 1, end).join('\n'), offset + i + 1);
      out.push(lines[i], inner.code, lines[end]);
      checks += inner.checks;
      i = end;
      continue;
    }
    if (STATEMENT_KEYWORDS.test(trimmed)) {
      // Declarations and control flow run as they are.
      out.push(...lines.slice(i, end + 1));
      i = end;
      continue;
    }
    const statementLines = lines.slice(i, end + 1);
    const last = statementLines[statementLines.length - 1];
    const body = statementLines.map(withoutComment).join('\n').trim().replace(/;\s*$/, '');
    // The expected value: the trailing comment, or the comment lines right below.
    let expected = null;
    const trailing = trailingComment(last);
    if (trailing) expected = expectedOf(trailing);
    let below = end + 1;
    const comments = [];
    while (below < lines.length && lines[below].trim().startsWith('//')) {
      comments.push(lines[below].trim().replace(/^\/\/\s?/, ''));
      below += 1;
    }
    if (!expected && comments.length > 0) expected = expectedOf(comments.join(' '));
    if (!expected) {
      out.push(...statementLines);
      i = end;
      continue;
    }
    checks += 1;
    const line = offset + i + 1;
    const shown = JSON.stringify(body.replace(/\s+/g, ' '));
    if (expected.throws) {
      out.push(`__readme.throws(${line}, ${shown}, () => (${body}));`);
    } else {
      out.push(`__readme.check(${line}, ${shown}, () => (${body}), (${expected.text}), ${expected.partial});`);
    }
    // Keep the line count: errors then name the README's lines.
    for (let pad = i + 1; pad <= end; pad += 1) out.push('');
    i = end;
  }
  return { code: out.join('\n'), checks };
}

function roundedLike(actual, expected) {
  const decimals = /\.(\d+)/.exec(String(expected))?.[1].length ?? 0;
  return decimals > 0 && typeof actual === 'number' && Number(actual.toFixed(decimals)) === expected;
}

/** Whether `actual` matches `expected`; partial: arrays match a prefix, objects a subset. */
export function matches(actual, expected, partial) {
  if (typeof expected === 'number') return Object.is(actual, expected) || roundedLike(actual, expected);
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    if (partial ? actual.length < expected.length : actual.length !== expected.length) return false;
    return expected.every((item, index) => matches(actual[index], item, partial));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    const keys = Object.keys(expected);
    if (!partial && Object.keys(actual).length !== keys.length) return false;
    return keys.every((key) => matches(actual[key], expected[key], partial));
  }
  return isDeepStrictEqual(actual, expected);
}

function show(value) {
  return JSON.stringify(value, (_key, item) => (typeof item === 'bigint' ? `${item}n` : item));
}

/** The runtime of an instrumented example: collects every mismatch, throws them together. */
export function readmeRecorder(readmeLine) {
  const failures = [];
  let checked = 0;
  return {
    check(line, source, run, expected, partial) {
      checked += 1;
      let actual;
      try {
        actual = run();
      } catch (error) {
        failures.push(
          `README line ${readmeLine + line - 1}: ${source} threw ${error}, the README says ${show(expected)}`,
        );
        return;
      }
      if (!matches(actual, expected, partial)) {
        failures.push(
          `README line ${readmeLine + line - 1}: ${source} gives ${show(actual)}, the README says ${show(expected)}`,
        );
      }
    },
    throws(line, source, run) {
      checked += 1;
      try {
        run();
      } catch {
        return;
      }
      failures.push(`README line ${readmeLine + line - 1}: ${source} does not throw, the README says it throws`);
    },
    done() {
      if (failures.length > 0) throw new Error(`${failures.length} README example(s) drifted:\n${failures.join('\n')}`);
      return checked;
    },
  };
}

/** Rewrites imports of the package itself to its source, so the examples test this checkout. */
function pointImports(code, packageDir, selfImports, fromDir) {
  return code.replace(/from '([^']+)'/g, (whole, specifier) => {
    const target = selfImports[specifier];
    if (!target) return whole;
    let relative = path.relative(fromDir, path.join(packageDir, target)).replace(/\.ts$/, '');
    if (!relative.startsWith('.')) relative = `./${relative}`;
    return `from '${relative}'`;
  });
}

/**
 * Registers the tests: one per README block (run and check its values), one that
 * type-checks them all. `selfImports` maps the package's import specifiers to its sources,
 * e.g. { '@crc/domain': 'src/index.ts', '@crc/domain/rules': 'src/rules/index.ts' }.
 */
export function describeReadmeExamples({ packageDir, readme = 'README.md', selfImports }) {
  const blocks = readmeBlocks(fs.readFileSync(path.join(packageDir, readme), 'utf8'));
  // Generated beside the package (gitignored), so its node_modules resolve the imports.
  const outDir = path.join(packageDir, '.readme-examples');
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const recorder = path.join(path.dirname(new URL(import.meta.url).pathname), 'readme-examples.js');
  const checkFiles = [];

  describe(`${readme} examples`, () => {
    it('has examples', () => {
      expect(blocks.filter((block) => !block.skip).length).toBeGreaterThan(0);
    });
    for (const [index, block] of blocks.entries()) {
      const name = `block ${index + 1} (line ${block.line})`;
      if (block.skip) {
        it.skip(`${name}: ${block.skip}`, () => {});
        continue;
      }
      const importLines = [];
      const bodyLines = [];
      // Imports (possibly on several lines) first, then the hidden setup, then the example.
      {
        const lines = block.code.split('\n');
        let inImport = false;
        for (const line of lines) {
          if (/^import\b/.test(line))
            inImport = !/from '[^']+';?\s*$/.test(line) && !/^import '[^']+';?\s*$/.test(line);
          else if (!inImport) {
            bodyLines.push(line);
            continue;
          } else if (/from '[^']+';?\s*$/.test(line)) inImport = false;
          importLines.push(line);
          bodyLines.push('');
        }
      }
      const setupLines = block.setup === '' ? [] : block.setup.split('\n');
      // Line numbers in errors are README lines: the body keeps its lines after a one-line header.
      const header = [...importLines, ...setupLines].join(' ').replace(/\n/g, ' ');
      const instrumented = instrument(bodyLines.join('\n'));
      const runFile = path.join(outDir, `block-${index + 1}.run.ts`);
      fs.writeFileSync(
        runFile,
        pointImports(
          `import { readmeRecorder } from '${recorder}'; const __readme = readmeRecorder(${block.line}); ${header}\n` +
            `${instrumented.code}\nexport const checked = __readme.done();\n`,
          packageDir,
          selfImports,
          outDir,
        ),
      );
      const checkFile = path.join(outDir, `block-${index + 1}.check.ts`);
      fs.writeFileSync(
        checkFile,
        pointImports(`${header}\n${bodyLines.join('\n')}\nexport {};\n`, packageDir, selfImports, outDir),
      );
      checkFiles.push({ file: checkFile, block });
      it(`${name}: runs and prints what the README says (${instrumented.checks} values)`, async () => {
        const module = await import(runFile);
        expect(module.checked).toBe(instrumented.checks);
      });
    }
    it('type-check with the package compiler options', () => {
      const config = ts.getParsedCommandLineOfConfigFile(
        path.join(packageDir, 'tsconfig.json'),
        {},
        {
          ...ts.sys,
          onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
            throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
          },
        },
      );
      const program = ts.createProgram(
        checkFiles.map(({ file }) => file),
        { ...config.options, noEmit: true, declaration: false, sourceMap: false },
      );
      const problems = ts
        .getPreEmitDiagnostics(program)
        .filter((diagnostic) => diagnostic.file && checkFiles.some(({ file }) => file === diagnostic.file.fileName))
        .map((diagnostic) => {
          const { block } = checkFiles.find(({ file }) => file === diagnostic.file.fileName);
          const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
          return `README line ${block.line + line - 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
        });
      expect(problems).toEqual([]);
    });
  });
}
