import { isMainThread } from 'node:worker_threads';
import { extractors as fixture } from './fixture-extractors.js';

// ATTEST_TEST_EXTRACTORS module whose analysis threads cannot start: the main thread loads it fine, every
// worker throws while loading it, as a thread that cannot be created (EAGAIN, out of memory) would fail.
if (!isMainThread) throw new Error('this analysis thread cannot start (test fixture)');
export const extractors = fixture;
