// Prints, one per line, the names of every locale of @faker-js/faker for one field of its person definitions
// ("first_name" or "last_name"). Read from standard input by node in a folder where the package is installed:
//   node --input-type=module - first_name < tools/faker-names.mjs
import { allLocales } from "@faker-js/faker";
const field = process.argv[2];
const out = new Set();
for (const locale of Object.values(allLocales)) {
  const names = locale.person && locale.person[field];
  if (names) for (const n of (Array.isArray(names) ? names : Object.values(names).flat())) out.add(n);
}
console.log([...out].join("\n"));
