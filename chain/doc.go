// Package chain owns coophive's side of an EVM chain: the generated contract bindings
// (chain/bindings, from contracts/artifacts), deployment and funding, a Market client that
// sends the deal transactions and decodes reverts into named errors, an event follower that
// polls logs with confirmations and resumes from a block, and the embedded dev chain (a real geth
// node in-process serving JSON-RPC on 127.0.0.1), and its persistent form for private testnets
// (Testnet: a database in a data dir, reopened on restart). Test support (a Sandbox: a funded local
// market that the contract tests and `coophive bench gas` drive) is in chain/chaintest.
//
// The Market stores a commitment to each deal's terms (their keccak256) plus its state; the
// terms travel in the DealMatched event. Market.Deal reads both (one eth_call and one
// single-block log query, then cached), and every transition sends the terms back.
//
// Contracts that cannot sign post jobs with Market.postJob (PostJob, PostedJob, the
// JobPosted event) and are called back on acceptance; CowsayClient binds the example client.
//
// Every chain coophive starts runs go-ethereum's dev fork set with the unreleased Bogota fork
// turned off (see ChainConfig), so gas figures match released chains.
package chain
