import { MemoryStore } from '../../src/store/memory.ts';
import { describeStore } from './store-suite.ts';

describeStore('MemoryStore', () => new MemoryStore());
