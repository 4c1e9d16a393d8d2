/** Every test file runs behind the fence (fence.ts): nothing beside the repository may be read. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installFence } from './fence.js';

// The repository root, found from this file (not config.ts: happy-dom's URL is not Node's).
installFence(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'));
