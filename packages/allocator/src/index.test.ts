import { describe, expect, it } from 'vitest';
import { GIL_PLACEHOLDER } from './index.js';
describe('x', () => { it('y', () => { expect(GIL_PLACEHOLDER).toBe(1); }); });
