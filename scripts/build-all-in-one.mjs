// The benchmark's baseline: the extension host code as one bundle, the way it was built before
// activation left the cloud layer, the emulator and the topology panel host to bundles of their
// own and the VPC SDK was cut to what it uses (production options otherwise). `npm run bench -- activation` times requiring it beside
// dist/extension.js.
//   node scripts/build-all-in-one.mjs <outfile>
import * as esbuild from 'esbuild';
import { allInOneExtensionBundle, esbuildOptions } from './bundles.mjs';

const outfile = process.argv[2];
if (!outfile) throw new Error('usage: node scripts/build-all-in-one.mjs <outfile>');
await esbuild.build({ ...esbuildOptions(allInOneExtensionBundle(outfile)), logLevel: 'warning' });
