// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @title Market
/// @notice Escrow and deal state machine of coophive. A solver turns a signed JobOffer and a
/// signed ResourceOffer into a deal; the contract alone decides whether the two are compatible,
/// so a solver can neither forge, alter nor repeat a match. The deal id is the EIP-712 digest of
/// the job offer: a job offer settles at most once.
contract Market is EIP712 {
    using SafeERC20 for IERC20;

    // ---- offers (EIP-712 structs; matching/eip712.go hashes the same types) ----

    struct JobOffer {
        address creator;
        bytes32 module; // keccak256 of the module id (name@version or repo@commit)
        bytes32 inputsHash; // keccak256 of the canonical inputs
        uint64 cpuMilli;
        uint64 ramMiB;
        uint64 diskMiB;
        uint32 gpus;
        uint64 gpuVramMiB; // per GPU
        uint256 maxPrice;
        uint256 collateral; // the JC's timeout collateral
        address[] mediators;
        address[] solvers; // ranked, at most 3
        uint64 solverWindow; // seconds each ranked solver has before the next may settle
        uint256 nonce;
        uint64 createdAt;
        uint64 validUntil;
    }

    struct ResourceOffer {
        address provider;
        uint64 cpuMilli;
        uint64 ramMiB;
        uint64 diskMiB;
        uint32 gpus;
        uint64 gpuVramMiB; // per GPU
        bytes32[] modules; // accepted modules; empty accepts any
        uint256 price;
        uint256 timeoutCollateral; // locked at match, released at submit, to the JC on timeoutSubmit
        uint256 resultsCollateral; // locked at submit, to the JC when mediation rejects
        uint32 submitWindow;
        uint32 judgeWindow;
        uint32 mediateWindow;
        address[] mediators;
        uint32 capacity; // deals this offer may make
        uint256 nonce;
        uint64 createdAt;
        uint64 validUntil;
    }

    bytes32 public constant JOB_OFFER_TYPEHASH = keccak256(
        "JobOffer(address creator,bytes32 module,bytes32 inputsHash,uint64 cpuMilli,uint64 ramMiB,uint64 diskMiB,uint32 gpus,uint64 gpuVramMiB,uint256 maxPrice,uint256 collateral,address[] mediators,address[] solvers,uint64 solverWindow,uint256 nonce,uint64 createdAt,uint64 validUntil)"
    );
    bytes32 public constant RESOURCE_OFFER_TYPEHASH = keccak256(
        "ResourceOffer(address provider,uint64 cpuMilli,uint64 ramMiB,uint64 diskMiB,uint32 gpus,uint64 gpuVramMiB,bytes32[] modules,uint256 price,uint256 timeoutCollateral,uint256 resultsCollateral,uint32 submitWindow,uint32 judgeWindow,uint32 mediateWindow,address[] mediators,uint32 capacity,uint256 nonce,uint64 createdAt,uint64 validUntil)"
    );

    // ---- deals: storage shaped for the whole state machine of DESIGN.md §5 ----

    enum State {
        None,
        Agreed,
        ResultsSubmitted,
        Accepted,
        Challenged,
        MediationAccepted,
        MediationRejected,
        TimedOutSubmit,
        TimedOutMediate
    }

    /// Packed into 7 slots; amounts are uint96 (79 billion tokens of 18 decimals).
    struct Deal {
        address jc;
        uint64 agreedAt;
        State state;
        address rp;
        uint96 price;
        address solver;
        uint96 jcCollateral;
        address mediator; // drawn at challenge
        uint96 rpTimeoutCollateral;
        uint96 rpResultsCollateral;
        uint32 submitWindow;
        uint32 judgeWindow;
        uint32 mediateWindow;
        uint64 stateAt; // when the deal entered its current state
        bytes32 mediatorsHash; // keccak256 of the mediators both sides trust
        bytes32 resultHash;
    }

    struct Account {
        uint128 free;
        uint128 locked;
    }

    IERC20 public immutable token;
    uint256 public constant MAX_SOLVERS = 3;

    mapping(address => Account) public accounts;
    mapping(bytes32 => Deal) internal deals;
    mapping(bytes32 => uint32) public offerUsed; // resource offer digest => deals made

    // ---- events: one per transition ----
    event Deposited(address indexed account, uint256 amount);
    event Withdrawn(address indexed account, uint256 amount);
    event DealMatched(
        bytes32 indexed dealId,
        address indexed jc,
        address indexed rp,
        bytes32 offerId,
        address solver,
        uint256 price
    );
    event ResultSubmitted(bytes32 indexed dealId, bytes32 resultHash);
    event ResultAccepted(bytes32 indexed dealId);

    // ---- errors ----
    error ZeroAmount();
    error InsufficientFunds(address account, uint256 needed, uint256 available);
    error BadSignature(address expected, address recovered);
    error Expired(uint64 validUntil, uint256 now_);
    error DealExists(bytes32 dealId);
    error CapacityExhausted(bytes32 offerId);
    error Incompatible(string reason);
    error SolverNotInWindow(address solver, uint256 opensAt);
    error TooManySolvers();
    error WrongState(bytes32 dealId, State state);
    error NotParty(bytes32 dealId, address caller);
    error AmountTooLarge();

    constructor(IERC20 token_) EIP712("coophive", "1") {
        token = token_;
    }

    // ---- escrow ----

    /// @notice Moves `amount` tokens from the caller (after approve) into its free escrow.
    function deposit(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        token.safeTransferFrom(msg.sender, address(this), amount);
        accounts[msg.sender].free += _u128(amount);
        emit Deposited(msg.sender, amount);
    }

    /// @notice Returns `amount` of the caller's free (unlocked) escrow to its wallet.
    function withdraw(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        Account storage a = accounts[msg.sender];
        if (a.free < amount) revert InsufficientFunds(msg.sender, amount, a.free);
        a.free -= uint128(amount);
        token.safeTransfer(msg.sender, amount);
        emit Withdrawn(msg.sender, amount);
    }

    // ---- hashing ----

    function hashJobOffer(JobOffer calldata j) public view returns (bytes32) {
        return _hashTypedDataV4(_jobStructHash(j));
    }

    function hashResourceOffer(ResourceOffer calldata o) public view returns (bytes32) {
        return _hashTypedDataV4(_offerStructHash(o));
    }

    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    function _jobStructHash(JobOffer calldata j) internal pure returns (bytes32) {
        bytes memory head = abi.encode(
            JOB_OFFER_TYPEHASH, j.creator, j.module, j.inputsHash, j.cpuMilli, j.ramMiB, j.diskMiB, j.gpus
        );
        bytes memory tail = abi.encode(
            j.gpuVramMiB,
            j.maxPrice,
            j.collateral,
            keccak256(abi.encodePacked(j.mediators)),
            keccak256(abi.encodePacked(j.solvers)),
            j.solverWindow,
            j.nonce,
            j.createdAt,
            j.validUntil
        );
        return keccak256(bytes.concat(head, tail));
    }

    function _offerStructHash(ResourceOffer calldata o) internal pure returns (bytes32) {
        bytes memory head = abi.encode(
            RESOURCE_OFFER_TYPEHASH,
            o.provider,
            o.cpuMilli,
            o.ramMiB,
            o.diskMiB,
            o.gpus,
            o.gpuVramMiB,
            keccak256(abi.encodePacked(o.modules)),
            o.price
        );
        bytes memory tail = abi.encode(
            o.timeoutCollateral,
            o.resultsCollateral,
            o.submitWindow,
            o.judgeWindow,
            o.mediateWindow,
            keccak256(abi.encodePacked(o.mediators)),
            o.capacity,
            o.nonce,
            o.createdAt,
            o.validUntil
        );
        return keccak256(bytes.concat(head, tail));
    }

    // ---- matching ----

    /// @notice Turns two signed offers into a deal. Called by a solver the job ranks, in its
    /// window. Reverts unless both signatures, both expiries, the offer's capacity and every
    /// compatibility rule hold. Locks the JC's price and collateral and the RP's timeout collateral.
    function matchDeal(
        JobOffer calldata job,
        bytes calldata jobSig,
        ResourceOffer calldata offer,
        bytes calldata offerSig
    ) external returns (bytes32 dealId) {
        dealId = hashJobOffer(job);
        bytes32 offerId = hashResourceOffer(offer);
        _checkSigner(dealId, jobSig, job.creator);
        _checkSigner(offerId, offerSig, offer.provider);
        if (deals[dealId].state != State.None) revert DealExists(dealId);
        if (block.timestamp > job.validUntil) revert Expired(job.validUntil, block.timestamp);
        if (block.timestamp > offer.validUntil) revert Expired(offer.validUntil, block.timestamp);
        _checkSolver(job);
        uint32 used = offerUsed[offerId];
        if (used >= offer.capacity) revert CapacityExhausted(offerId);
        offerUsed[offerId] = used + 1;
        _checkCompatible(job, offer);
        bytes32 mediatorsHash = _sharedMediatorsHash(job.mediators, offer.mediators);

        _lock(job.creator, offer.price + job.collateral);
        _lock(offer.provider, offer.timeoutCollateral);
        Deal storage d = deals[dealId];
        d.jc = job.creator;
        d.agreedAt = uint64(block.timestamp);
        d.state = State.Agreed;
        d.rp = offer.provider;
        d.price = _u96(offer.price);
        d.solver = msg.sender;
        d.jcCollateral = _u96(job.collateral);
        d.rpTimeoutCollateral = _u96(offer.timeoutCollateral);
        d.rpResultsCollateral = _u96(offer.resultsCollateral);
        d.submitWindow = offer.submitWindow;
        d.judgeWindow = offer.judgeWindow;
        d.mediateWindow = offer.mediateWindow;
        d.stateAt = uint64(block.timestamp);
        d.mediatorsHash = mediatorsHash;
        emit DealMatched(dealId, job.creator, offer.provider, offerId, msg.sender, offer.price);
    }

    function _checkSigner(bytes32 digest, bytes calldata sig, address expected) internal pure {
        (address got, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, sig);
        if (err != ECDSA.RecoverError.NoError || got != expected || expected == address(0)) {
            revert BadSignature(expected, got);
        }
    }

    /// Solver i of the job's ranking may settle from createdAt + i*window; after
    /// MAX_SOLVERS*window anyone may (the open phase).
    function _checkSolver(JobOffer calldata job) internal view {
        uint256 n = job.solvers.length;
        if (n > MAX_SOLVERS) revert TooManySolvers();
        uint256 opensAt = uint256(job.createdAt) + MAX_SOLVERS * uint256(job.solverWindow);
        for (uint256 i = 0; i < n; i++) {
            if (job.solvers[i] == msg.sender) {
                opensAt = uint256(job.createdAt) + i * uint256(job.solverWindow);
                break;
            }
        }
        if (block.timestamp < opensAt) revert SolverNotInWindow(msg.sender, opensAt);
    }

    function _checkCompatible(JobOffer calldata job, ResourceOffer calldata offer) internal pure {
        if (offer.cpuMilli < job.cpuMilli) revert Incompatible("cpu");
        if (offer.ramMiB < job.ramMiB) revert Incompatible("ram");
        if (offer.diskMiB < job.diskMiB) revert Incompatible("disk");
        if (offer.gpus < job.gpus) revert Incompatible("gpus");
        if (job.gpus > 0 && offer.gpuVramMiB < job.gpuVramMiB) revert Incompatible("gpu vram");
        if (offer.price > job.maxPrice) revert Incompatible("price");
        if (offer.modules.length > 0) {
            bool ok;
            for (uint256 i = 0; i < offer.modules.length; i++) {
                if (offer.modules[i] == job.module) {
                    ok = true;
                    break;
                }
            }
            if (!ok) revert Incompatible("module");
        }
    }

    /// keccak256 of the job's mediators that the offer also names, in the job's order.
    function _sharedMediatorsHash(address[] calldata a, address[] calldata b) internal pure returns (bytes32) {
        address[] memory shared = new address[](a.length);
        uint256 n;
        for (uint256 i = 0; i < a.length; i++) {
            for (uint256 k = 0; k < b.length; k++) {
                if (a[i] == b[k]) {
                    shared[n++] = a[i];
                    break;
                }
            }
        }
        if (n == 0) revert Incompatible("mediator");
        assembly {
            mstore(shared, n)
        }
        return keccak256(abi.encodePacked(shared));
    }

    // ---- results ----

    /// @notice The RP posts the hash of its result archive. Locks its results collateral and
    /// releases its timeout collateral.
    function submitResult(bytes32 dealId, bytes32 resultHash) external {
        Deal storage d = deals[dealId];
        if (d.state != State.Agreed) revert WrongState(dealId, d.state);
        if (msg.sender != d.rp) revert NotParty(dealId, msg.sender);
        Account storage a = accounts[d.rp];
        uint128 need = d.rpResultsCollateral;
        uint128 release = d.rpTimeoutCollateral;
        if (a.free + release < need) revert InsufficientFunds(d.rp, need, a.free + release);
        a.free = a.free + release - need;
        a.locked = a.locked - release + need;
        d.state = State.ResultsSubmitted;
        d.stateAt = uint64(block.timestamp);
        d.resultHash = resultHash;
        emit ResultSubmitted(dealId, resultHash);
    }

    /// @notice The JC accepts the result: the RP is paid and every collateral is released.
    function acceptResult(bytes32 dealId) external {
        Deal storage d = deals[dealId];
        if (d.state != State.ResultsSubmitted) revert WrongState(dealId, d.state);
        if (msg.sender != d.jc) revert NotParty(dealId, msg.sender);
        d.state = State.Accepted;
        d.stateAt = uint64(block.timestamp);
        Account storage jc = accounts[d.jc];
        jc.locked -= uint128(d.price) + d.jcCollateral;
        jc.free += d.jcCollateral;
        Account storage rp = accounts[d.rp];
        rp.locked -= d.rpResultsCollateral;
        rp.free += uint128(d.price) + d.rpResultsCollateral;
        emit ResultAccepted(dealId);
    }

    // ---- views ----

    function getDeal(bytes32 dealId) external view returns (Deal memory) {
        return deals[dealId];
    }

    function _lock(address who, uint256 amount) internal {
        Account storage a = accounts[who];
        if (a.free < amount) revert InsufficientFunds(who, amount, a.free);
        a.free -= uint128(amount);
        a.locked += uint128(amount);
    }

    function _u96(uint256 v) internal pure returns (uint96) {
        if (v > type(uint96).max) revert AmountTooLarge();
        return uint96(v);
    }

    function _u128(uint256 v) internal pure returns (uint128) {
        if (v > type(uint128).max) revert AmountTooLarge();
        return uint128(v);
    }
}
