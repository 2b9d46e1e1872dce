// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @notice What an on-chain job creator implements to receive its results.
interface IJobClient {
    function coophiveResult(bytes32 dealId, bytes32 resultHash) external;
}

/// @title Market
/// @notice Escrow, registry and deal state machine of coophive. A registered solver turns a
/// signed JobOffer and a signed ResourceOffer into a deal; the contract alone decides whether the
/// two are compatible, so a solver can neither forge, alter nor repeat a match. The deal id is the
/// EIP-712 digest of the job offer: a job offer settles at most once.
///
/// Storage holds a commitment to a deal's terms (their keccak256) plus its state; the terms
/// themselves travel in the DealMatched event and every later call passes them back. Every
/// transition of DESIGN.md §5 is here, each emits an event, and money slashed from a party goes
/// to the party it harmed, never to an admin (there is none).
contract Market is EIP712 {
    using SafeERC20 for IERC20;

    // ---- offers (EIP-712 structs; matching/eip712.go hashes the same types) ----

    struct JobOffer {
        address creator;
        bytes32 module; // keccak256 of the module's name ("cowsay:v0.0.1", "github.com/org/repo:tag")
        bytes32 moduleHash; // a git module's pin: keccak256(commit ‖ sha256(template)); zero if built in
        bytes32 inputsHash; // inputsHash(keys, values, fileNames, fileHashes), keys sorted
        uint64 cpuMilli;
        uint64 ramMiB;
        uint64 diskMiB;
        uint32 gpus;
        uint64 gpuVramMiB; // per GPU
        uint256 maxPrice;
        uint256 collateral; // the JC's timeout collateral
        uint256 mediationFee; // what the JC pays the drawn mediator if it challenges
        // The job bounds every deal term the offer sets that can cost the JC money:
        uint32 maxSubmitWindow; // the longest submit window it accepts
        uint32 minJudgeWindow; // the shortest judge window it accepts
        uint32 maxMediateWindow; // the longest mediate window it accepts
        uint256 minTimeoutCollateral; // the least RP timeout collateral it accepts
        uint256 minResultsCollateral; // the least RP results collateral it accepts
        address[] mediators; // at most MAX_MEDIATORS
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
        address[] mediators; // at most MAX_MEDIATORS
        uint32 capacity; // deals this offer may make
        uint256 nonce;
        uint64 createdAt;
        uint64 validUntil;
    }

    bytes32 public constant JOB_OFFER_TYPEHASH = keccak256(
        "JobOffer(address creator,bytes32 module,bytes32 moduleHash,bytes32 inputsHash,uint64 cpuMilli,uint64 ramMiB,uint64 diskMiB,uint32 gpus,uint64 gpuVramMiB,uint256 maxPrice,uint256 collateral,uint256 mediationFee,uint32 maxSubmitWindow,uint32 minJudgeWindow,uint32 maxMediateWindow,uint256 minTimeoutCollateral,uint256 minResultsCollateral,address[] mediators,address[] solvers,uint64 solverWindow,uint256 nonce,uint64 createdAt,uint64 validUntil)"
    );
    bytes32 public constant RESOURCE_OFFER_TYPEHASH = keccak256(
        "ResourceOffer(address provider,uint64 cpuMilli,uint64 ramMiB,uint64 diskMiB,uint32 gpus,uint64 gpuVramMiB,bytes32[] modules,uint256 price,uint256 timeoutCollateral,uint256 resultsCollateral,uint32 submitWindow,uint32 judgeWindow,uint32 mediateWindow,address[] mediators,uint32 capacity,uint256 nonce,uint64 createdAt,uint64 validUntil)"
    );

    // ---- deals ----

    enum State {
        None,
        Agreed,
        ResultsSubmitted,
        Accepted,
        Challenged,
        MediationAccepted,
        MediationRejected,
        TimedOutSubmit,
        TimedOutMediate,
        Refused,
        Unmediated // challenged, but no registered mediator the deal names would take it: all refunded
    }

    /// A git module's pin as a posted job carries it: moduleHash = keccak256(commit ‖ template).
    struct ModulePin {
        bytes20 commit; // zero for a built-in module
        bytes32 template; // sha256 of the module's template file at commit
    }

    /// What two offers agreed to; committed to in storage by its keccak256.
    struct Terms {
        address jc;
        address rp;
        address solver;
        uint96 price;
        uint96 jcCollateral;
        uint96 rpTimeoutCollateral;
        uint96 rpResultsCollateral;
        uint32 submitWindow;
        uint32 judgeWindow;
        uint32 mediateWindow;
        uint96 mediationFee; // the job's: locked from the JC at challenge, to the mediator that rules
        bytes32 mediatorsHash; // keccak256(abi.encodePacked(mediators both offers name, each once))
        bool callback; // the job was posted on-chain: jc is a contract called back on acceptance
    }

    /// One deal: three slots, a fourth once challenged (its Draw).
    struct Deal {
        State state;
        uint40 stateAt; // when the deal entered its state (a challenged deal: when its mediator was drawn)
        uint40 matchBlock; // the block of DealMatched, where its terms can be read
        address mediator; // drawn after the challenge
        bytes32 termsHash;
        bytes32 resultHash;
    }

    /// A challenged deal's mediator draw: the draw uses the hash of the block after `anchor`
    /// (the challenge's block, or a recusal's), which no party knew when it sent that call.
    struct Draw {
        uint40 anchor;
        uint16 recused; // bit i: the deal's mediators[i] recused itself
        uint40 firstDrawAt; // the mediate window runs from the first draw, through recusals
    }

    /// What a registered mediator accepts, stated when it registers, and its bond as it stands.
    struct MediatorTerms {
        uint112 bond; // slashed for silence
        uint96 minFee; // the least mediation fee it works for
        uint32 minWindow; // the shortest mediate window it works in, seconds
        uint16 maxOpen; // the most mediations it takes at once; not drawn beyond them
    }

    struct Account {
        uint128 free;
        uint128 locked;
    }

    uint8 public constant ROLE_SOLVER = 1;
    uint8 public constant ROLE_MEDIATOR = 2;
    uint256 public constant MAX_SOLVERS = 3;
    /// Most mediators an offer may name (a draw excludes recused ones by a 16-bit mask).
    uint256 public constant MAX_MEDIATORS = 16;
    /// Gas an on-chain job creator's callback gets; a callback that fails or runs out of it does
    /// not stop settlement.
    uint256 public constant CALLBACK_GAS = 200_000;

    IERC20 public immutable token;
    uint256 public immutable bond; // locked per registered role
    uint256 public immutable solverFeeBps; // of the price, to the solver, on settlement

    mapping(address => Account) public accounts;
    mapping(address => uint8) public roles; // bitmask of ROLE_*
    address[] internal solverList; // registered solvers, for job creators to rank
    mapping(address => uint256) internal solverIndex; // position in solverList, plus one
    mapping(address => uint32) public activeMediations;
    mapping(address => MediatorTerms) public mediatorTerms;
    mapping(bytes32 => Deal) internal deals;
    mapping(bytes32 => Draw) internal draws;
    mapping(bytes32 => uint32) public offerUsed; // resource offer digest => deals made
    mapping(bytes32 => uint64) public postedAt; // job id => block a contract posted it in

    // ---- events: one per transition ----
    event Deposited(address indexed account, uint256 amount);
    event Withdrawn(address indexed account, uint256 amount);
    event Registered(address indexed account, uint8 role);
    event MediatorRegistered(address indexed account, uint256 minFee, uint32 minWindow, uint16 maxOpen);
    event Unregistered(address indexed account, uint8 role);
    event JobPosted(
        bytes32 indexed jobId, address indexed creator, JobOffer job, string module, ModulePin pin, string[] inputKeys, string[] inputValues
    );
    event DealMatched(bytes32 indexed dealId, address indexed jc, address indexed rp, bytes32 offerId, Terms terms, address[] mediators);
    event ResultSubmitted(bytes32 indexed dealId, bytes32 resultHash);
    event ResultAccepted(bytes32 indexed dealId);
    event SubmitTimedOut(bytes32 indexed dealId);
    event JudgeTimedOut(bytes32 indexed dealId);
    event ResultChallenged(bytes32 indexed dealId);
    event MediatorDrawn(bytes32 indexed dealId, address indexed mediator);
    event MediatorRecused(bytes32 indexed dealId, address indexed mediator);
    event DrawDeferred(bytes32 indexed dealId, uint256 anchor);
    event MediationUnavailable(bytes32 indexed dealId);
    event MediationAccepted(bytes32 indexed dealId);
    event MediationRejected(bytes32 indexed dealId);
    event MediationTimedOut(bytes32 indexed dealId, address indexed mediator, uint256 slashed);
    event DealRefused(bytes32 indexed dealId, string reason);
    event ResultDelivered(bytes32 indexed dealId, address indexed client, bool ok);

    // ---- errors ----
    error ZeroAmount();
    error InsufficientFunds(address account, uint256 needed, uint256 available);
    error BadSignature(address expected, address recovered);
    error Expired(uint64 validUntil, uint256 now_);
    error DealExists(bytes32 dealId);
    error CapacityExhausted(bytes32 offerId);
    error Incompatible(string reason);
    error NotRegistered(address account, uint8 role);
    error AlreadyRegistered(address account, uint8 role);
    error MediationsOpen(address mediator, uint32 open);
    error SolverNotInWindow(address solver, uint256 opensAt);
    error TooManySolvers();
    error TooManyMediators();
    error NotDrawn(bytes32 dealId);
    error AlreadyDrawn(bytes32 dealId, address mediator);
    error DrawNotReady(bytes32 dealId, uint256 fromBlock);
    error MediatorsFull(bytes32 dealId);
    error WrongState(bytes32 dealId, State state);
    error NotParty(bytes32 dealId, address caller);
    error BadTerms(bytes32 dealId);
    error BadMediators(bytes32 dealId);
    error WindowOpen(bytes32 dealId, uint256 closesAt);
    error WindowClosed(bytes32 dealId, uint256 closedAt);
    error AmountTooLarge();
    error NotCreator(address creator, address caller);
    error BadJob(string reason);
    error CallbackGasTooLow(uint256 left, uint256 needed);

    constructor(IERC20 token_, uint256 bond_, uint256 solverFeeBps_) EIP712("coophive", "1") {
        require(solverFeeBps_ <= 10_000, "fee above 100%");
        require(bond_ <= type(uint112).max, "bond too large");
        token = token_;
        bond = bond_;
        solverFeeBps = solverFeeBps_;
    }

    // ---- escrow ----

    /// @notice Moves `amount` tokens from the caller (after approve) into its free escrow.
    function deposit(uint256 amount) external {
        _deposit(amount);
    }

    /// @notice Moves `amount` tokens from the caller into its free escrow in one transaction:
    /// the caller's EIP-2612 permit (owner: the caller, spender: this contract, value:
    /// `amount`, `deadline`) approves, then the transfer spends the allowance.
    /// A permit is public once sent, and anyone may submit it to the token first (front-run),
    /// which uses its nonce, so that the permit call here would revert. As OpenZeppelin's
    /// IERC20Permit advises, its failure is therefore caught and the transfer relies on the
    /// allowance alone: after a front-run permit the allowance is there and the deposit goes
    /// through; a permit that was never valid (another amount, spender or signer, a passed
    /// deadline) leaves no allowance (unless the caller approved one itself), and the transfer
    /// reverts with nothing moved. Only the caller's own tokens can move.
    function depositWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) external {
        try IERC20Permit(address(token)).permit(msg.sender, address(this), amount, deadline, v, r, s) {} catch {}
        _deposit(amount);
    }

    function _deposit(uint256 amount) internal {
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

    // ---- registry ----

    /// @notice Registers the caller as a solver, locking `bond` of its escrow.
    function registerSolver() external {
        if (roles[msg.sender] & ROLE_SOLVER != 0) revert AlreadyRegistered(msg.sender, ROLE_SOLVER);
        _lock(msg.sender, bond);
        roles[msg.sender] |= ROLE_SOLVER;
        solverList.push(msg.sender);
        solverIndex[msg.sender] = solverList.length;
        emit Registered(msg.sender, ROLE_SOLVER);
    }

    /// @notice Registers the caller as a mediator on its own terms, locking `bond` of its
    /// escrow: it is drawn only for deals whose mediation fee is at least `minFee` and whose
    /// mediate window is at least `minWindow` seconds, and only while it has fewer than
    /// `maxOpen` (at least 1) mediations open. A mediator removed for silence first takes what
    /// is left of its bond back with unregister; to change its terms, a mediator unregisters
    /// (with no mediation open) and registers again.
    function registerMediator(uint96 minFee, uint32 minWindow, uint16 maxOpen) external {
        if (roles[msg.sender] & ROLE_MEDIATOR != 0 || mediatorTerms[msg.sender].bond != 0) {
            revert AlreadyRegistered(msg.sender, ROLE_MEDIATOR);
        }
        if (maxOpen == 0) revert BadTerms(bytes32(0));
        _lock(msg.sender, bond);
        roles[msg.sender] |= ROLE_MEDIATOR;
        mediatorTerms[msg.sender] =
            MediatorTerms({bond: uint112(bond), minFee: minFee, minWindow: minWindow, maxOpen: maxOpen});
        emit Registered(msg.sender, ROLE_MEDIATOR);
        emit MediatorRegistered(msg.sender, minFee, minWindow, maxOpen);
    }

    /// @notice Leaves a role and unlocks its bond (a mediator: what is left of it). A mediator
    /// must first close its mediations.
    function unregister(uint8 role) external {
        uint256 amount = bond;
        if (role == ROLE_MEDIATOR) {
            amount = mediatorTerms[msg.sender].bond;
            delete mediatorTerms[msg.sender];
        }
        bool held = roles[msg.sender] & role != 0 || (role == ROLE_MEDIATOR && amount != 0);
        if (!held || (role != ROLE_SOLVER && role != ROLE_MEDIATOR)) {
            revert NotRegistered(msg.sender, role);
        }
        if (role == ROLE_MEDIATOR && activeMediations[msg.sender] != 0) {
            revert MediationsOpen(msg.sender, activeMediations[msg.sender]);
        }
        roles[msg.sender] &= ~role;
        if (role == ROLE_SOLVER) {
            uint256 i = solverIndex[msg.sender] - 1;
            address last = solverList[solverList.length - 1];
            solverList[i] = last;
            solverIndex[last] = i + 1;
            solverList.pop();
            delete solverIndex[msg.sender];
        }
        _unlock(msg.sender, amount, amount);
        emit Unregistered(msg.sender, role);
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
            JOB_OFFER_TYPEHASH, j.creator, j.module, j.moduleHash, j.inputsHash, j.cpuMilli, j.ramMiB, j.diskMiB, j.gpus
        );
        bytes memory bounds = abi.encode(
            j.gpuVramMiB,
            j.maxPrice,
            j.collateral,
            j.mediationFee,
            j.maxSubmitWindow,
            j.minJudgeWindow,
            j.maxMediateWindow,
            j.minTimeoutCollateral,
            j.minResultsCollateral
        );
        bytes memory tail = abi.encode(
            keccak256(abi.encodePacked(j.mediators)),
            keccak256(abi.encodePacked(j.solvers)),
            j.solverWindow,
            j.nonce,
            j.createdAt,
            j.validUntil
        );
        return keccak256(bytes.concat(head, bounds, tail));
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

    /// @notice The canonical hash of a job's inputs: keys sorted ascending, values in the same
    /// order, then the input files' names (sorted) and sha256 hashes. matching.InputsHash in Go
    /// computes the same.
    function inputsHash(
        string[] memory keys,
        string[] memory values,
        string[] memory fileNames,
        bytes32[] memory fileHashes
    ) public pure returns (bytes32) {
        return keccak256(abi.encode(keys, values, fileNames, fileHashes));
    }

    // ---- on-chain job creators ----

    /// @notice A contract (which cannot sign) posts a job offer as its creator. Solvers see the
    /// JobPosted event and match it like a gossiped job, with an empty job signature. The job
    /// pays from the creator's escrow; when its deal is accepted the Market calls the creator's
    /// coophiveResult(dealId, resultHash) with CALLBACK_GAS. A git module comes with its pin
    /// (a zero pin for a built-in module), which must hash to the job's moduleHash.
    function postJob(
        JobOffer calldata job,
        string calldata module,
        ModulePin calldata pin,
        string[] calldata inputKeys,
        string[] calldata inputValues
    ) external returns (bytes32 jobId) {
        if (msg.sender != job.creator) revert NotCreator(job.creator, msg.sender);
        if (job.module != keccak256(bytes(module))) revert BadJob("module");
        bytes32 pinHash = pin.commit == bytes20(0) ? bytes32(0) : keccak256(abi.encodePacked(pin.commit, pin.template));
        if (job.moduleHash != pinHash) revert BadJob("module pin");
        if (inputKeys.length != inputValues.length) revert BadJob("inputs");
        if (job.inputsHash != inputsHash(inputKeys, inputValues, new string[](0), new bytes32[](0))) {
            revert BadJob("inputs hash");
        }
        if (block.timestamp > job.validUntil) revert Expired(job.validUntil, block.timestamp);
        jobId = hashJobOffer(job);
        if (postedAt[jobId] != 0 || deals[jobId].state != State.None) revert DealExists(jobId);
        postedAt[jobId] = uint64(block.number);
        emit JobPosted(jobId, job.creator, job, module, pin, inputKeys, inputValues);
    }

    // ---- matching ----

    /// @notice Turns two signed offers into a deal. Called by a registered solver: one the job
    /// ranks, in its window, or any after the ranked windows. Reverts unless both signatures, both
    /// expiries, the offer's capacity and every compatibility rule hold. Locks the JC's price and
    /// collateral and mediation fee, and the RP's timeout collateral. A job posted on-chain has
    /// an empty jobSig.
    function matchDeal(
        JobOffer calldata job,
        bytes calldata jobSig,
        ResourceOffer calldata offer,
        bytes calldata offerSig
    ) external returns (bytes32 dealId) {
        dealId = hashJobOffer(job);
        bytes32 offerId = hashResourceOffer(offer);
        bool posted = jobSig.length == 0;
        if (posted) {
            if (postedAt[dealId] == 0) revert BadSignature(job.creator, address(0));
        } else {
            _checkSigner(dealId, jobSig, job.creator);
        }
        _checkSigner(offerId, offerSig, offer.provider);
        Deal storage d = deals[dealId];
        if (d.state != State.None) revert DealExists(dealId);
        if (block.timestamp > job.validUntil) revert Expired(job.validUntil, block.timestamp);
        if (block.timestamp > offer.validUntil) revert Expired(offer.validUntil, block.timestamp);
        _checkSolver(job);
        uint32 used = offerUsed[offerId];
        if (used >= offer.capacity) revert CapacityExhausted(offerId);
        offerUsed[offerId] = used + 1;
        _checkCompatible(job, offer);
        address[] memory mediators = _sharedMediators(job, offer);

        Terms memory t = Terms({
            jc: job.creator,
            rp: offer.provider,
            solver: msg.sender,
            price: _u96(offer.price),
            jcCollateral: _u96(job.collateral),
            rpTimeoutCollateral: _u96(offer.timeoutCollateral),
            rpResultsCollateral: _u96(offer.resultsCollateral),
            submitWindow: offer.submitWindow,
            judgeWindow: offer.judgeWindow,
            mediateWindow: offer.mediateWindow,
            mediationFee: _u96(job.mediationFee),
            mediatorsHash: keccak256(abi.encodePacked(mediators)),
            callback: posted
        });
        _lock(t.jc, uint256(t.price) + t.jcCollateral + t.mediationFee); // a challenge is always affordable
        _lock(t.rp, t.rpTimeoutCollateral);
        d.state = State.Agreed;
        d.stateAt = uint40(block.timestamp);
        d.matchBlock = uint40(block.number);
        d.termsHash = keccak256(abi.encode(t));
        emit DealMatched(dealId, t.jc, t.rp, offerId, t, mediators);
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
        if (roles[msg.sender] & ROLE_SOLVER == 0) revert NotRegistered(msg.sender, ROLE_SOLVER);
    }

    function _checkCompatible(JobOffer calldata job, ResourceOffer calldata offer) internal pure {
        if (job.creator == offer.provider) revert Incompatible("self-deal");
        if (offer.cpuMilli < job.cpuMilli) revert Incompatible("cpu");
        if (offer.ramMiB < job.ramMiB) revert Incompatible("ram");
        if (offer.diskMiB < job.diskMiB) revert Incompatible("disk");
        if (offer.gpus < job.gpus) revert Incompatible("gpus");
        if (job.gpus > 0 && offer.gpuVramMiB < job.gpuVramMiB) revert Incompatible("gpu vram");
        if (offer.price > job.maxPrice) revert Incompatible("price");
        if (offer.submitWindow > job.maxSubmitWindow) revert Incompatible("submit window");
        if (offer.judgeWindow < job.minJudgeWindow) revert Incompatible("judge window");
        if (offer.mediateWindow > job.maxMediateWindow) revert Incompatible("mediate window");
        if (offer.timeoutCollateral < job.minTimeoutCollateral) revert Incompatible("timeout collateral");
        if (offer.resultsCollateral < job.minResultsCollateral) revert Incompatible("results collateral");
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

    /// The mediators a deal may draw from: those the job names that the offer names too, each
    /// once, in the job's order, that are registered, whose terms the deal meets (the job's
    /// fee, the offer's mediate window) and that are not a party to the deal. At least one, or
    /// there is no deal.
    function _sharedMediators(JobOffer calldata job, ResourceOffer calldata offer) internal view returns (address[] memory shared) {
        address[] calldata a = job.mediators;
        address[] calldata b = offer.mediators;
        if (a.length > MAX_MEDIATORS || b.length > MAX_MEDIATORS) revert TooManyMediators();
        shared = new address[](a.length);
        uint256 n;
        for (uint256 i = 0; i < a.length; i++) {
            if (_isParty(a[i], job, offer) || !_contains(b, a[i]) || _containsMem(shared, n, a[i])) continue;
            if (!_accepts(a[i], job.mediationFee, offer.mediateWindow)) continue;
            shared[n++] = a[i];
        }
        if (n == 0) revert Incompatible("mediator");
        assembly {
            mstore(shared, n)
        }
    }

    /// No party to a deal mediates it: not its JC, its RP, nor its solver (paid only when the
    /// RP is).
    function _isParty(address m, JobOffer calldata job, ResourceOffer calldata offer) internal view returns (bool) {
        return m == job.creator || m == offer.provider || m == msg.sender;
    }

    /// Whether m is a registered mediator that works for `fee` in `window` seconds.
    function _accepts(address m, uint256 fee, uint32 window) internal view returns (bool) {
        if (roles[m] & ROLE_MEDIATOR == 0) return false;
        MediatorTerms storage mt = mediatorTerms[m];
        return mt.minFee <= fee && mt.minWindow <= window;
    }

    function _contains(address[] calldata list, address x) internal pure returns (bool) {
        for (uint256 i = 0; i < list.length; i++) {
            if (list[i] == x) return true;
        }
        return false;
    }

    function _containsMem(address[] memory list, uint256 n, address x) internal pure returns (bool) {
        for (uint256 i = 0; i < n; i++) {
            if (list[i] == x) return true;
        }
        return false;
    }

    // ---- transitions after the match: each takes the deal's terms back ----

    /// @notice The RP posts the sha256 of its result archive, within the submit window. Locks its
    /// results collateral and releases its timeout collateral.
    function submitResult(Terms calldata t, bytes32 dealId, bytes32 resultHash) external {
        Deal storage d = _deal(dealId, t, State.Agreed);
        if (msg.sender != t.rp) revert NotParty(dealId, msg.sender);
        _within(dealId, d.stateAt, t.submitWindow);
        Account storage a = accounts[t.rp];
        uint128 need = t.rpResultsCollateral;
        uint128 release = t.rpTimeoutCollateral;
        if (a.free + release < need) revert InsufficientFunds(t.rp, need, a.free + release);
        a.free = a.free + release - need;
        a.locked = a.locked - release + need;
        _move(d, State.ResultsSubmitted);
        d.resultHash = resultHash;
        emit ResultSubmitted(dealId, resultHash);
    }

    /// @notice The RP refuses a deal it cannot run as signed (its module's pin or its input
    /// files do not check out), within the submit window: everything locked is returned, so a
    /// job creator cannot take an RP's collateral with a job no one can run, and an RP gains
    /// nothing by refusing.
    function refuseDeal(Terms calldata t, bytes32 dealId, string calldata reason) external {
        Deal storage d = _deal(dealId, t, State.Agreed);
        if (msg.sender != t.rp) revert NotParty(dealId, msg.sender);
        _within(dealId, d.stateAt, t.submitWindow);
        _move(d, State.Refused);
        uint128 jcLocked = _jcLocked(t);
        _unlock(t.jc, jcLocked, jcLocked);
        _unlock(t.rp, t.rpTimeoutCollateral, t.rpTimeoutCollateral);
        emit DealRefused(dealId, reason);
    }

    /// @notice The JC accepts the result: the RP is paid the price less the solver's fee.
    function acceptResult(Terms calldata t, bytes32 dealId) external {
        Deal storage d = _deal(dealId, t, State.ResultsSubmitted);
        if (msg.sender != t.jc) revert NotParty(dealId, msg.sender);
        _move(d, State.Accepted);
        _payRP(t, false);
        emit ResultAccepted(dealId);
        _deliver(t, dealId, d.resultHash);
    }

    /// @notice Anyone, once the judge window has passed without a verdict: silence is consent.
    function timeoutJudge(Terms calldata t, bytes32 dealId) external {
        Deal storage d = _deal(dealId, t, State.ResultsSubmitted);
        _after(dealId, d.stateAt, t.judgeWindow);
        _move(d, State.Accepted);
        _payRP(t, false);
        emit JudgeTimedOut(dealId);
        _deliver(t, dealId, d.resultHash);
    }

    /// @notice Anyone, once the submit window has passed without a result: the JC is refunded
    /// and receives the RP's timeout collateral.
    function timeoutSubmit(Terms calldata t, bytes32 dealId) external {
        Deal storage d = _deal(dealId, t, State.Agreed);
        _after(dealId, d.stateAt, t.submitWindow);
        _move(d, State.TimedOutSubmit);
        uint128 jcLocked = _jcLocked(t);
        _unlock(t.jc, jcLocked, jcLocked + t.rpTimeoutCollateral);
        _unlock(t.rp, t.rpTimeoutCollateral, 0);
        emit SubmitTimedOut(dealId);
    }

    /// @notice The JC disputes the result within the judge window (its mediation fee has been
    /// locked since the match, so it can always afford to). No mediator is chosen yet:
    /// drawMediator draws one from the hash of the next block, which nobody knew when this
    /// call was sent.
    function challengeResult(Terms calldata t, bytes32 dealId) external {
        Deal storage d = _deal(dealId, t, State.ResultsSubmitted);
        if (msg.sender != t.jc) revert NotParty(dealId, msg.sender);
        _within(dealId, d.stateAt, t.judgeWindow);
        _move(d, State.Challenged);
        draws[dealId].anchor = uint40(block.number);
        emit ResultChallenged(dealId);
    }

    /// @notice Anyone, from the second block after a challenge (or a recusal): draws the
    /// deal's mediator with the hash of the block after that call's block. Each of the deal's
    /// mediators counts once; the draw picks a position in the list, and when the mediator
    /// there has left the registry, no longer accepts the deal's terms or recused itself from
    /// this deal, the next one in the list that can take it. (So a party that controls a listed
    /// mediator can change the outcome only by taking its own mediator out, as a recusal
    /// would.) A mediator that is full (its open mediations at its maxOpen) is not drawn; when
    /// every one that could take the deal is full, the draw reverts (MediatorsFull) and is
    /// asked again later, with no window running: so a party cannot fill the deal's mediators
    /// with deals of its own to make it end unmediated. None left: everything locked is
    /// refunded (MediationUnavailable). The mediate
    /// window starts at the first draw and runs through recusals: a mediator drawn after one
    /// gets what is left of it, and only one whose own shortest window fits what is left is
    /// drawn, so recusals never keep the parties' money longer than the window they signed
    /// for. If the anchor's next block is older than the 256 blocks the EVM keeps hashes for,
    /// the draw is re-anchored to this block instead (DrawDeferred) and must be called again.
    function drawMediator(Terms calldata t, bytes32 dealId, address[] calldata mediators) external returns (address m) {
        Deal storage d = _deal(dealId, t, State.Challenged);
        if (d.mediator != address(0)) revert AlreadyDrawn(dealId, d.mediator);
        _checkMediators(dealId, t, mediators);
        Draw storage dr = draws[dealId];
        uint256 seedBlock = uint256(dr.anchor) + 1;
        if (block.number <= seedBlock) revert DrawNotReady(dealId, seedBlock + 1);
        bytes32 seed = blockhash(seedBlock);
        if (seed == bytes32(0)) {
            dr.anchor = uint40(block.number);
            emit DrawDeferred(dealId, block.number);
            return address(0);
        }
        uint256 firstAt = dr.firstDrawAt == 0 ? block.timestamp : dr.firstDrawAt;
        uint256 end = firstAt + t.mediateWindow;
        if (block.timestamp < end) {
            uint32 left = uint32(end - block.timestamp);
            bool full;
            (m, full) = _pick(mediators, dr.recused, uint256(keccak256(abi.encode(seed, dealId))), t.mediationFee, left);
            if (m == address(0) && full) revert MediatorsFull(dealId);
        }
        if (m == address(0)) {
            _endUnmediated(d, t, dealId);
            return address(0);
        }
        if (dr.firstDrawAt == 0) dr.firstDrawAt = uint40(block.timestamp);
        d.mediator = m;
        d.stateAt = uint40(firstAt);
        activeMediations[m] += 1;
        emit MediatorDrawn(dealId, m);
    }

    /// @notice The drawn mediator cannot re-run the job (it lacks the image or the engine, no
    /// one serves the inputs): within its window it steps aside at no cost, and another
    /// mediator is drawn (drawMediator, from the second block after this one) for what is left
    /// of the window.
    function recuse(Terms calldata t, bytes32 dealId, address[] calldata mediators) external {
        Deal storage d = _mediation(t, dealId);
        _checkMediators(dealId, t, mediators);
        uint256 i;
        while (mediators[i] != msg.sender) i++; // the drawn mediator is on the list
        Draw storage dr = draws[dealId];
        dr.recused |= uint16(uint256(1) << i);
        dr.anchor = uint40(block.number);
        d.mediator = address(0);
        emit MediatorRecused(dealId, msg.sender);
    }

    /// @notice The drawn mediator re-ran the job and found the result right: the RP is paid, the
    /// JC pays the mediation fee.
    function mediateAccept(Terms calldata t, bytes32 dealId) external {
        Deal storage d = _mediation(t, dealId);
        address m = d.mediator;
        _move(d, State.MediationAccepted);
        _payRP(t, true);
        _unlock(m, 0, t.mediationFee);
        emit MediationAccepted(dealId);
        _deliver(t, dealId, d.resultHash);
    }

    /// @notice The drawn mediator found the result wrong: the JC is refunded and receives the
    /// RP's results collateral; the mediator is paid its fee (locked by the JC at challenge).
    function mediateReject(Terms calldata t, bytes32 dealId) external {
        Deal storage d = _mediation(t, dealId);
        _move(d, State.MediationRejected);
        uint128 jcLocked = _jcLocked(t);
        _unlock(t.jc, jcLocked, jcLocked - t.mediationFee + t.rpResultsCollateral);
        _unlock(t.rp, t.rpResultsCollateral, 0);
        _unlock(d.mediator, 0, t.mediationFee);
        emit MediationRejected(dealId);
    }

    /// @notice Anyone, once the drawn mediator's window has passed without a verdict:
    /// everything is refunded to whoever locked it, and the silent mediator is slashed the
    /// deal's mediation fee from its bond, half to the JC and half to the RP, whom its silence
    /// cost a verdict. A mediator whose bond falls below `bond` is no longer registered (it is
    /// drawn for no new deal). A mediator is never slashed before it was drawn, nor for a window
    /// shorter than its own terms (the match and the draw checked them).
    function timeoutMediate(Terms calldata t, bytes32 dealId) external {
        Deal storage d = _deal(dealId, t, State.Challenged);
        address m = d.mediator;
        if (m == address(0)) revert NotDrawn(dealId);
        _after(dealId, d.stateAt, t.mediateWindow);
        activeMediations[m] -= 1;
        _move(d, State.TimedOutMediate);
        MediatorTerms storage mt = mediatorTerms[m];
        uint112 left = mt.bond;
        uint112 slash = left < t.mediationFee ? left : uint112(t.mediationFee);
        mt.bond = left - slash;
        _unlock(m, slash, 0);
        uint128 jcLocked = _jcLocked(t);
        _unlock(t.jc, jcLocked, jcLocked + slash / 2);
        _unlock(t.rp, t.rpResultsCollateral, t.rpResultsCollateral + slash - slash / 2);
        if (roles[m] & ROLE_MEDIATOR != 0 && left - slash < bond) {
            roles[m] &= ~ROLE_MEDIATOR;
            emit Unregistered(m, ROLE_MEDIATOR);
        }
        emit MediationTimedOut(dealId, m, slash);
    }

    /// The mediator at position seed mod n of the list, or the first after it (wrapping) that
    /// has not recused, is registered on terms that `fee` and `window` seconds meet and has room
    /// for another mediation; zero when there is none, with full set when one would take the
    /// deal but for its open mediations.
    function _pick(address[] calldata mediators, uint16 recused, uint256 seed, uint256 fee, uint32 window)
        internal
        view
        returns (address, bool full)
    {
        uint256 n = mediators.length;
        uint256 start = seed % n;
        for (uint256 k = 0; k < n; k++) {
            uint256 i = (start + k) % n;
            if (uint256(recused) & (uint256(1) << i) != 0 || !_accepts(mediators[i], fee, window)) continue;
            if (activeMediations[mediators[i]] < mediatorTerms[mediators[i]].maxOpen) return (mediators[i], false);
            full = true;
        }
        return (address(0), full);
    }

    /// No mediator is left to draw: everything locked goes back to whoever locked it.
    function _endUnmediated(Deal storage d, Terms calldata t, bytes32 dealId) internal {
        _move(d, State.Unmediated);
        uint128 jcLocked = _jcLocked(t);
        _unlock(t.jc, jcLocked, jcLocked);
        _unlock(t.rp, t.rpResultsCollateral, t.rpResultsCollateral);
        emit MediationUnavailable(dealId);
    }

    function _checkMediators(bytes32 dealId, Terms calldata t, address[] calldata mediators) internal pure {
        if (mediators.length == 0 || keccak256(abi.encodePacked(mediators)) != t.mediatorsHash) {
            revert BadMediators(dealId);
        }
    }

    /// Calls an on-chain job creator back with its accepted result, after every state change.
    /// The caller must leave room for the whole CALLBACK_GAS (EIP-150 keeps 1/64 back), so a
    /// settler cannot starve the callback on purpose; the call copies no return data, and its
    /// failure is recorded, never propagated.
    function _deliver(Terms calldata t, bytes32 dealId, bytes32 resultHash) internal {
        if (!t.callback) return;
        uint256 needed = CALLBACK_GAS + CALLBACK_GAS / 63 + 10_000;
        if (gasleft() < needed) revert CallbackGasTooLow(gasleft(), needed);
        bytes memory data = abi.encodeCall(IJobClient.coophiveResult, (dealId, resultHash));
        address client = t.jc;
        uint256 g = CALLBACK_GAS;
        bool ok;
        assembly {
            ok := call(g, client, 0, add(data, 32), mload(data), 0, 0)
        }
        emit ResultDelivered(dealId, client, ok);
    }

    // ---- views ----

    function getDeal(bytes32 dealId) external view returns (Deal memory) {
        return deals[dealId];
    }

    /// @notice The registered solvers, which job creators rank by rendezvous hashing.
    function solvers() external view returns (address[] memory) {
        return solverList;
    }

    function solverFee(uint256 price) public view returns (uint256) {
        return price * solverFeeBps / 10_000;
    }

    // ---- internals ----

    function _deal(bytes32 dealId, Terms calldata t, State want) internal view returns (Deal storage d) {
        d = deals[dealId];
        if (d.state != want) revert WrongState(dealId, d.state);
        if (keccak256(abi.encode(t)) != d.termsHash) revert BadTerms(dealId);
    }

    /// The drawn mediator's call, in its window: it closes its mediation of the deal.
    function _mediation(Terms calldata t, bytes32 dealId) internal returns (Deal storage d) {
        d = _deal(dealId, t, State.Challenged);
        if (msg.sender != d.mediator || msg.sender == address(0)) revert NotParty(dealId, msg.sender);
        _within(dealId, d.stateAt, t.mediateWindow);
        activeMediations[d.mediator] -= 1;
    }

    function _move(Deal storage d, State to) internal {
        d.state = to;
        d.stateAt = uint40(block.timestamp);
    }

    function _within(bytes32 dealId, uint40 since, uint32 window) internal view {
        uint256 closes = uint256(since) + window;
        if (block.timestamp > closes) revert WindowClosed(dealId, closes);
    }

    function _after(bytes32 dealId, uint40 since, uint32 window) internal view {
        uint256 closes = uint256(since) + window;
        if (block.timestamp <= closes) revert WindowOpen(dealId, closes);
    }

    /// What the JC has locked in a deal: the price, its collateral and the mediation fee.
    function _jcLocked(Terms calldata t) internal pure returns (uint128) {
        return uint128(t.price) + t.jcCollateral + t.mediationFee;
    }

    /// Settles in the RP's favour: the JC's price (and the mediation fee, when a mediator
    /// ruled) leaves its lock, the RP gets the price less the solver's fee, the solver its
    /// fee, and both collaterals (and an unused mediation fee) are released.
    function _payRP(Terms calldata t, bool mediated) internal {
        uint256 sFee = solverFee(t.price);
        uint128 back = mediated ? t.jcCollateral : t.jcCollateral + t.mediationFee;
        _unlock(t.jc, _jcLocked(t), back);
        _unlock(t.rp, t.rpResultsCollateral, uint128(t.rpResultsCollateral) + uint128(t.price - sFee));
        _unlock(t.solver, 0, uint128(sFee));
    }

    /// Removes `unlockAmount` from who's lock and credits `credit` to its free balance. Money
    /// unlocked but not credited has been moved to another account by the caller.
    function _unlock(address who, uint256 unlockAmount, uint256 credit) internal {
        Account storage a = accounts[who];
        a.locked -= uint128(unlockAmount);
        a.free += uint128(credit);
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
