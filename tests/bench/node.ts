// `npm run bench:node`: the scanner's throughput in Node, without a browser (see node-throughput.ts).
import { nodeThroughputReport } from './node-throughput.ts';

console.log(nodeThroughputReport());
