// The thread that reads an uploaded file (read-isolated.ts starts it with its own heap limit). Plain
// JavaScript so it starts under any runner; it registers tsx to load the TypeScript reader, as
// `npm start` does for the main thread.
import { register } from 'tsx/esm/api';

register();
await import('./read-worker-main.ts');
