/**
 * A lint rule (deno.json, `lint.plugins`): outside shared/db, SQL is written only as the
 * statements of shared/db/statement.ts, run by shared/db (README, "How a request reaches the
 * database"). Refused there:
 *
 * - the postgres.js client: importing `postgres`, or the pools and connection types
 *   shared/db/client.ts hands to its own modules;
 * - `.unsafe(...)`, postgres.js's way to send any text;
 * - a tagged template whose tag is not the `sql` imported from shared/db/statement.ts (or
 *   `String.raw`): postgres.js's parameterized template, whatever its pool or connection is
 *   called.
 *
 * Exempt: shared/db (the one place that talks to the driver), tests/ (rows set up behind the
 * API's back) and bench/ (its baseline is the raw driver, measured against the stack).
 */
const ROOT = new URL("../../", import.meta.url).pathname;
const EXEMPT = /^(shared\/db|tests|bench)\//;
const DRIVER = /^(npm:)?postgres(@[^/]*)?(\/.*)?$/;
const CLIENT = /(^|\/)db\/client\.ts$/;
const STATEMENTS = /(^|\/)db\/statement\.ts$/;
/** What shared/db/client.ts exports that is, or opens, a postgres.js connection. */
const DRIVER_HANDLES = new Set([
  "database",
  "transactionPool",
  "openPool",
  "Sql",
  "TransactionSql",
]);

const ADVICE = "outside shared/db, write SQL with shared/db/statement.ts's `sql` and run it " +
  "with withUserTransaction, withServiceTransaction or query(tx, statement)";

/** The file's path from the repository's root ("supabase/functions/jobs/app.ts"). */
function fromRoot(filename: string): string {
  const path = filename.replaceAll("\\", "/");
  return path.startsWith(ROOT) ? path.slice(ROOT.length) : path.replace(/^\.?\//, "");
}

function sourceOf(node: Deno.lint.Node | null | undefined): string | null {
  return node?.type === "Literal" && typeof node.value === "string" ? node.value : null;
}

function keyName(node: Deno.lint.Node): string | null {
  if (node.type === "Identifier") return node.name;
  return sourceOf(node);
}

const plugin: Deno.lint.Plugin = {
  name: "sql-dialect",
  rules: {
    "statements-only": {
      create(context) {
        if (EXEMPT.test(fromRoot(context.filename))) return {};
        /** The local names of shared/db/statement.ts's `sql` in this file. */
        const statementTags = new Set<string>();
        const refuse = (node: Deno.lint.Node, what: string) =>
          context.report({ node, message: `${what}: ${ADVICE}.` });
        const checkModule = (node: Deno.lint.Node, source: string | null) => {
          if (source !== null && DRIVER.test(source)) refuse(node, "the postgres.js client");
        };
        return {
          ImportDeclaration(node) {
            const source = node.source.value;
            checkModule(node, source);
            for (const specifier of node.specifiers) {
              if (specifier.type !== "ImportSpecifier") continue;
              const imported = keyName(specifier.imported);
              if (STATEMENTS.test(source) && imported === "sql") {
                statementTags.add(specifier.local.name);
              }
              if (CLIENT.test(source) && imported !== null && DRIVER_HANDLES.has(imported)) {
                refuse(specifier, `the driver's \`${imported}\``);
              }
            }
          },
          ImportExpression(node) {
            checkModule(node, sourceOf(node.source));
          },
          // `const { database } = await import("@shared/db/client.ts")`
          VariableDeclarator(node) {
            const init = node.init?.type === "AwaitExpression" ? node.init.argument : node.init;
            if (init?.type !== "ImportExpression" || node.id.type !== "ObjectPattern") return;
            if (!CLIENT.test(sourceOf(init.source) ?? "")) return;
            for (const property of node.id.properties) {
              const imported = property.type === "Property" ? keyName(property.key) : null;
              if (imported !== null && DRIVER_HANDLES.has(imported)) {
                refuse(property, `the driver's \`${imported}\``);
              }
            }
          },
          CallExpression(node) {
            const callee = node.callee;
            if (
              callee.type === "MemberExpression" &&
              (callee.computed ? sourceOf(callee.property) : keyName(callee.property)) === "unsafe"
            ) {
              refuse(node, "`.unsafe()` sends any text as SQL");
            }
          },
          TaggedTemplateExpression(node) {
            const tag = node.tag;
            if (tag.type === "Identifier" && statementTags.has(tag.name)) return;
            const stringRaw = tag.type === "MemberExpression" && !tag.computed &&
              tag.object.type === "Identifier" && tag.object.name === "String" &&
              keyName(tag.property) === "raw";
            if (stringRaw) return;
            refuse(
              node,
              `a template tagged \`${context.sourceCode.getText(tag)}\` is not a statement`,
            );
          },
        };
      },
    },
  },
};

export default plugin;
