/** `npm run catalogue`: writes assets/indicators.md from the indicator data. */
import { writeFileSync } from 'node:fs';
import { cataloguePage } from '../export/catalogue-page.ts';

writeFileSync('assets/indicators.md', cataloguePage());
console.log('Wrote assets/indicators.md');
