// Counts what makes a code base hard to live in, for issue 17 and after:
//   npx tsx scripts/house-count.ts [DIR] [--list]
// - route files that catch user errors themselves (try/catch around UserError, or guard());
// - user-facing Danish texts written in TypeScript outside app/i18n (messages of userError and
//   zod, labels and sentences; plan content such as templates and demo data excepted);
// - source files over 400 lines, functions over 80 lines (tests listed apart).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const root = process.argv[2] && !process.argv[2].startsWith("--") ? process.argv[2] : process.cwd();
const list = process.argv.includes("--list");
const skipDirs = new Set(["node_modules", "build", ".react-router", ".git", "test-results", "data", ".tmp"]);

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (skipDirs.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

const all = ["app", "cli", "server", "scripts", "tests"]
  .map((d) => join(root, d))
  .filter((d) => {
    try {
      return statSync(d).isDirectory();
    } catch {
      return false;
    }
  })
  .flatMap(files);
const rel = (f: string) => relative(root, f);
const isTest = (f: string) =>
  /\.(test|spec)\.tsx?$/.test(f) || rel(f).startsWith("tests/") || rel(f).includes("/property/");

/** Danish prose: a Danish letter or a common Danish word, and at least two words. */
const danish = /[æøåÆØÅ]|\b(og|ikke|skal|findes|Vælg|Skriv|Angiv|kan|der|er|eller|med|til|for|den|det|en|et)\b/;
const contentPaths = [/app\/i18n\//, /\/demo\//, /plan-format\/templates\.ts$/, /criterion-builder\//];

const routeCatch: string[] = [];
const routeGuard: string[] = [];
const danishTexts: string[] = [];
const errorMessages: string[] = [];
const bigFiles: { file: string; lines: number; test: boolean }[] = [];
const bigFunctions: { where: string; lines: number; test: boolean }[] = [];

for (const file of all) {
  const text = readFileSync(file, "utf8");
  const lines = text.split("\n").length;
  if (lines > 400) bigFiles.push({ file: rel(file), lines, test: isTest(file) });
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  let catches = false;
  const visit = (node: ts.Node) => {
    if (
      ts.isFunctionDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isArrowFunction(node) ||
      ts.isFunctionExpression(node)
    ) {
      const n = lineOf(node.getEnd()) - lineOf(node.getStart()) + 1;
      if (n > 80) {
        const name =
          (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name
            ? node.name.getText()
            : ts.isVariableDeclaration(node.parent)
              ? node.parent.name.getText()
              : "(anonymous)";
        bigFunctions.push({ where: `${rel(file)}:${lineOf(node.getStart())} ${name}`, lines: n, test: isTest(file) });
      }
    }
    if (ts.isTryStatement(node) && node.catchClause) {
      const body = node.catchClause.getText();
      if (/UserError|statusOf|userError/.test(body)) catches = true;
    }
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) &&
      !isTest(file) &&
      !contentPaths.some((p) => p.test(rel(file)))
    ) {
      const value = node.getText().slice(1, -1);
      const parent = node.parent;
      const isImport = ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent);
      if (!isImport && /\s/.test(value.trim()) && danish.test(value) && !/^[a-z0-9_.-]+$/.test(value)) {
        const where = `${rel(file)}:${lineOf(node.getStart())} ${value.slice(0, 70)}`;
        danishTexts.push(where);
        if (isErrorMessage(node)) errorMessages.push(where);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (rel(file).startsWith("app/routes/") && catches) routeCatch.push(rel(file));
  if (rel(file).startsWith("app/routes/") && /\bguard\(/.test(text)) routeGuard.push(rel(file));
}

/** A message of a user error: an argument of userError()/new UserError(), or a zod schema's message. */
function isErrorMessage(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent, depth = 0; at && depth < 6; at = at.parent, depth++) {
    if (ts.isCallExpression(at) || ts.isNewExpression(at)) {
      const callee = at.expression.getText();
      if (/(^|\.)(userError|UserError)$/.test(callee)) return true;
      if (/\.(min|max|regex|refine|superRefine|length|email|url|int|positive|nonnegative|date)$/.test(callee))
        return true;
      if (/^z\./.test(callee)) return true;
    }
    if (ts.isPropertyAssignment(at) && ["message", "error"].includes(at.name.getText())) return true;
  }
  return false;
}

const show = (title: string, items: string[]) => {
  console.log(`${title}: ${items.length}`);
  if (list) for (const i of items) console.log(`  ${i}`);
};
show("Route files with their own user-error try/catch", routeCatch);
show("Route files with the second pattern, guard()", routeGuard);
show("User-error messages written in Danish in TypeScript (userError, UserError, zod)", errorMessages);
show("All Danish texts for people in TypeScript outside app/i18n (plan content excepted)", danishTexts);
show(
  "Source files over 400 lines",
  bigFiles.filter((f) => !f.test).map((f) => `${f.file} (${f.lines})`),
);
show(
  "Test files over 400 lines",
  bigFiles.filter((f) => f.test).map((f) => `${f.file} (${f.lines})`),
);
show(
  "Functions over 80 lines in source",
  bigFunctions.filter((f) => !f.test).map((f) => `${f.where} (${f.lines})`),
);
show(
  "Functions over 80 lines in tests",
  bigFunctions.filter((f) => f.test).map((f) => `${f.where} (${f.lines})`),
);
