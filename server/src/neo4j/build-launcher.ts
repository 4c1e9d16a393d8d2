// `npm run build:launcher`: builds the embedded Neo4j launcher if it is missing or stale.
import { ensureLauncherBuilt } from './embedded.js';

ensureLauncherBuilt((l) => console.log(l));
console.log('launcher ready');
