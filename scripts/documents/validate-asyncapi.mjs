// Validates AsyncAPI documents with the AsyncAPI Initiative's own parser (the one its CLI and generator
// use): schema conformance, references, and its default ruleset. Exits 1 on any error-level diagnostic
// and prints every diagnostic (warnings too) with its location.
//
//   node validate-asyncapi.mjs docs/asyncapi.yaml [...]
import { readFile } from 'node:fs/promises';
import { Parser, DiagnosticSeverity } from '@asyncapi/parser';

const parser = new Parser();
let failed = false;
for (const file of process.argv.slice(2)) {
  const { document, diagnostics } = await parser.parse(await readFile(file, 'utf8'), { source: file });
  const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
  for (const d of diagnostics) {
    const where = d.path.join('.') || '(document)';
    const line = d.range ? `:${d.range.start.line + 1}` : '';
    console.log(`${file}${line} ${DiagnosticSeverity[d.severity].toLowerCase()} ${d.code} at ${where}: ${d.message}`);
  }
  if (!document || errors.length) {
    failed = true;
    console.log(`${file}: INVALID (${errors.length} error(s))`);
  } else {
    console.log(`${file}: valid AsyncAPI ${document.version()} (${diagnostics.length - errors.length} warning(s) or hint(s))`);
  }
}
process.exit(failed ? 1 : 0);
