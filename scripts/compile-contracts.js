// Compiles contracts/src/*.sol with the pinned solcjs (contracts/package.json) through its
// standard-JSON API and writes contracts/artifacts/<Name>.json ({abi, bytecode}) plus
// <Name>.abi and <Name>.bin for abigen. With --out DIR, writes there instead (the drift check).
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const contractsDir = path.join(root, 'contracts');
const solc = require(path.join(contractsDir, 'node_modules', 'solc'));

const outIdx = process.argv.indexOf('--out');
const outDir = outIdx > 0 ? path.resolve(process.argv[outIdx + 1]) : path.join(contractsDir, 'artifacts');
const names = ['Token', 'Market', 'CowsayClient'];

const sources = {};
for (const n of names) {
  const p = `src/${n}.sol`;
  sources[p] = { content: fs.readFileSync(path.join(contractsDir, p), 'utf8') };
}
const input = {
  language: 'Solidity',
  sources,
  settings: {
    evmVersion: 'osaka',
    viaIR: true,
    optimizer: { enabled: true, runs: 200 },
    metadata: { bytecodeHash: 'none', appendCBOR: false },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};
function findImport(p) {
  const candidates = [path.join(contractsDir, 'node_modules', p), path.join(contractsDir, p)];
  for (const c of candidates) {
    if (fs.existsSync(c)) return { contents: fs.readFileSync(c, 'utf8') };
  }
  return { error: `import not found: ${p}` };
}
const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));
const errors = (out.errors || []).filter((e) => e.severity === 'error');
for (const e of out.errors || []) console.error(e.formattedMessage);
if (errors.length) process.exit(1);

fs.mkdirSync(outDir, { recursive: true });
for (const n of names) {
  const c = out.contracts[`src/${n}.sol`][n];
  const abi = JSON.stringify(c.abi, null, 2) + '\n';
  const bin = c.evm.bytecode.object + '\n';
  fs.writeFileSync(path.join(outDir, `${n}.abi`), abi);
  fs.writeFileSync(path.join(outDir, `${n}.bin`), bin);
}
console.log(`compiled ${names.join(', ')} with solc ${solc.version()} into ${path.relative(root, outDir) || outDir}`);
