/** Every test file runs behind the fence (fence.ts): nothing beside the repository may be read. */
import { ROOT } from '../../server/src/config/config.js';
import { installFence } from './fence.js';

installFence(ROOT);
