// csv-parse alone, on one thread, parsing the same CSV file: the throughput atra's CSV path must reach.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

const parser = createReadStream(process.argv[2]).pipe(parse({ bom: true, relax_column_count: true }));
let count = -1;
for await (const record of parser) if (record) count++;
console.error(`${count} records`);
