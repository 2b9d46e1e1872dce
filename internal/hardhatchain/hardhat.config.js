// A Hardhat node (Hardhat 3; its EVM is EDR, in Rust): a chain no one here wrote, for the
// operator commands' test (TestOperatorCommandsAgainstHardhat, docs/testing.md), started in
// this directory as `node_modules/.bin/node node_modules/hardhat/dist/src/cli.js node`.
// One funded account, whose private key (0x...) the test passes in COOPHIVE_HARDHAT_KEY; Osaka
// rules, the EVM version the contracts are compiled for (scripts/compile-contracts.js); chain
// id 31337; a block per transaction (automine). The node writes an empty artifacts directory:
// under COOPHIVE_HARDHAT_DIR when set.
import { defineConfig } from "hardhat/config";

const key = process.env.COOPHIVE_HARDHAT_KEY;
if (!key) throw new Error("set COOPHIVE_HARDHAT_KEY to the funded account's private key (0x...)");
const dir = process.env.COOPHIVE_HARDHAT_DIR;

export default defineConfig({
  paths: dir ? { artifacts: `${dir}/artifacts`, cache: `${dir}/cache` } : {},
  networks: {
    node: {
      type: "edr-simulated",
      chainType: "l1",
      chainId: 31337,
      hardfork: "osaka",
      accounts: [{ privateKey: key, balance: "1000000000000000000000" }],
      mining: { auto: true, interval: 0 },
    },
  },
});
