/**
 * Jest transformer for the ES-module-only packages (NestJS 12): TypeScript's transpileModule to
 * CommonJS, with `import.meta` mapped to its CommonJS equivalents first (TypeScript refuses
 * `import.meta` in CommonJS output).
 */
const { createHash } = require('node:crypto');
const ts = require('typescript');

const VERSION = '4';

function patchImportMeta(source) {
  return (
    source
      // `const require = createRequire(import.meta.url)`: CommonJS already has its own `require`.
      .replace(/\b(?:const|let|var) require = [^;\n]+;?/g, '')
      .replace(/import\.meta\.url/g, "require('node:url').pathToFileURL(__filename).href")
      .replace(/import\.meta\.dirname/g, '__dirname')
      .replace(/import\.meta\.filename/g, '__filename')
      .replace(
        /import\.meta\.resolve\(/g,
        "((specifier) => require('node:url').pathToFileURL(require.resolve(specifier)).href)(",
      )
  );
}

const ESM_SYNTAX = /^\s*(import\s*[\w{*'"]|export\s)/m;
const DYNAMIC_IMPORT = /\bimport\s*\(/;

module.exports = {
  process(source, filename) {
    // CommonJS files (most of node_modules) pass through untouched, unless they use a
    // dynamic import(), which Jest cannot run either: TypeScript turns it into require().
    if (!ESM_SYNTAX.test(source) && !DYNAMIC_IMPORT.test(source)) return { code: source };
    const { outputText } = ts.transpileModule(patchImportMeta(source), {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        allowJs: true,
        sourceMap: false,
      },
    });
    return { code: outputText };
  },
  getCacheKey(source, filename) {
    return createHash('sha1')
      .update(VERSION)
      .update(ts.version)
      .update(filename)
      .update(source)
      .digest('hex');
  },
};
