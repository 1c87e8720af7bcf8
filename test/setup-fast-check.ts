// Property tests draw fresh random cases on every run, to keep finding new ones. CI fixes the seed
// (FC_SEED in .ci/run) so that a landing never depends on the draw; a failure prints its seed and path
// either way, and every case found becomes a fixed regression test.
import fc from 'fast-check';

const seed = process.env.FC_SEED;
if (seed !== undefined && seed !== '') fc.configureGlobal({ seed: Number(seed) });
