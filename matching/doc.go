// Package matching owns the market's vocabulary and its pure rules: the JobOffer a job
// creator signs, the ResourceOffer a resource provider signs, their EIP-712 hashing and
// signing (the same digests the Market contract computes), solver ranking, and the matching
// rule, and the wire form of signed offers and jobs (RLP: canonical and strict, see
// wire.go). It does no I/O.
//
// # The matching rule
//
// A resource offer is eligible for a job offer when all of these hold (the first that fails
// is the Reason for the pair):
//
//   - both offers are unexpired at the given time (ReasonJobExpired, ReasonOfferExpired);
//   - the offer has capacity left (ReasonNoCapacity);
//   - the offer covers every requirement: milli-CPU, RAM, disk, GPU count and, when GPUs are
//     asked for, each GPU's VRAM (ReasonCPU, ReasonRAM, ReasonDisk, ReasonGPUs, ReasonGPUVRAM);
//   - the offer accepts the job's module: its module list is empty or names it (ReasonModule);
//   - its price is within the job's maximum (ReasonPrice);
//   - its terms are within the job's Bounds: a submit window no longer than the job's
//     maximum, a judge window no shorter than its minimum, a mediate window no longer than its
//     maximum, timeout and results collateral no lower than its minimums (ReasonSubmitWindow,
//     ReasonJudgeWindow, ReasonMediateWindow, ReasonTimeoutCollateral,
//     ReasonResultsCollateral): the deal's terms come from the offer, so the job bounds every
//     one that can cost its creator money;
//   - the two share at least one mediator (ReasonMediator);
//   - the provider is not the job's creator (ReasonSelfDeal).
//
// Among eligible offers the best is the cheapest; among equal prices, the one with the most
// free capacity (capacity less the deals it has made, as the contract counts them); then the
// oldest (smallest createdAt); then the one with the lowest EIP-712 digest. Every solver
// given the same book and the same chain state picks the same offer. Preferring free
// capacity spreads jobs over providers of equal price instead of piling them on the oldest
// offer: a provider's offer states how many jobs its machine runs at once, and a provider
// re-signs an offer only for the slots that deals have freed (see node), so an offer's free
// capacity is the provider's free slots as the chain knows them. The Market contract checks the same compatibility rules again in matchDeal (and
// requires at least one shared mediator that is registered and whose own terms, its least
// fee and shortest mediate window, the deal meets): a solver can choose among compatible
// offers but never make an incompatible pair agree.
//
// # Solver ranking
//
// A job offer names up to three solvers, ranked by rendezvous (HRW) hashing of the job key
// over the known solvers. Solver i may settle the job from createdAt + i*solverWindow; after
// 3*solverWindow anyone may.
package matching
