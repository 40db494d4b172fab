// Writes the example Beboerdata files (made-up figures in Landsbyggefonden's layout) to examples/beboerdata/.
// Run: npx tsx --tsconfig tsconfig.json scripts/generate-beboerdata.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { beboerdataWorkbook } from "~/.server/domain/area/beboerdata-workbook";
import { exampleBeboerdata } from "~/.server/domain/area/example-beboerdata";

const dir = new URL("../examples/beboerdata/", import.meta.url);
mkdirSync(dir, { recursive: true });
for (const [name, make] of Object.entries(exampleBeboerdata)) {
  writeFileSync(new URL(`${name}.xlsx`, dir), await beboerdataWorkbook(make()));
  console.log(`examples/beboerdata/${name}.xlsx`);
}
