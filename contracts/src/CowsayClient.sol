// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Market, IJobClient} from "./Market.sol";

/// @title CowsayClient
/// @notice An example on-chain job creator (the seed's run-cowsay-onchain): runCowsay(message)
/// posts a cowsay:v0.0.1 job to the Market, paid from this contract's escrow, and the Market
/// calls coophiveResult back with the deal id and the result archive's sha256 once the deal is
/// accepted. No one holds a key for it: solvers match the posted job like a gossiped one.
///
/// The pattern to copy for any on-chain job creator: only the owner spends the contract's
/// escrow (runCowsay, withdraw), the posted job bounds every deal term that can cost the
/// contract money (the RP's windows and collateral, the mediation fee), and the owner can
/// judge a result inside the judge window through the contract (accept or challenge), since
/// the Market takes those calls only from the job's creator. A client whose owner never judges
/// pays for whatever hash the RP submits once the judge window passes.
contract CowsayClient is IJobClient {
    using SafeERC20 for IERC20;

    string public constant MODULE = "cowsay:v0.0.1";

    Market public immutable market;
    IERC20 public immutable token;
    address public immutable owner;
    uint256 public immutable maxPrice;
    uint256 public immutable collateral;
    uint64 public immutable validFor; // seconds a posted job stays open

    /// What every posted job accepts of an RP's terms, and what a challenge costs.
    struct Bounds {
        uint256 mediationFee;
        uint32 maxSubmitWindow; // the longest the contract's money may wait for a result
        uint32 minJudgeWindow; // the owner's time to judge a result
        uint32 maxMediateWindow; // the longest it may wait for a mediator
        uint256 minTimeoutCollateral;
        uint256 minResultsCollateral;
    }

    Bounds public bounds;
    address[] internal mediators;
    uint256 public nonce;

    mapping(bytes32 => string) public messages; // job id => the message asked for
    mapping(bytes32 => bytes32) public results; // job id => sha256 of its result archive

    event CowsayRequested(bytes32 indexed jobId, string message);
    event CowsayResult(bytes32 indexed jobId, bytes32 resultHash);

    error OnlyMarket(address caller);
    error OnlyOwner(address caller);

    modifier onlyOwner() {
        if (msg.sender != owner) revert OnlyOwner(msg.sender);
        _;
    }

    constructor(
        Market market_,
        address[] memory mediators_,
        uint256 maxPrice_,
        uint256 collateral_,
        uint64 validFor_,
        Bounds memory bounds_
    ) {
        market = market_;
        token = market_.token();
        owner = msg.sender;
        mediators = mediators_;
        maxPrice = maxPrice_;
        collateral = collateral_;
        validFor = validFor_;
        bounds = bounds_;
    }

    /// @notice Moves `amount` tokens from the caller (after approve) into this contract's escrow
    /// at the Market, which pays its jobs.
    function fund(uint256 amount) external {
        token.safeTransferFrom(msg.sender, address(this), amount);
        token.forceApprove(address(market), amount);
        market.deposit(amount);
    }

    /// @notice Returns `amount` of this contract's free escrow to the owner.
    function withdraw(uint256 amount) external onlyOwner {
        market.withdraw(amount);
        token.safeTransfer(owner, amount);
    }

    /// @notice Posts a cowsay job for `message`, paid from this contract's escrow; any
    /// registered solver may match it at once. Only the owner: anyone else could spend the
    /// escrow on jobs matched to their own RP.
    function runCowsay(string calldata message) external onlyOwner returns (bytes32 jobId) {
        string[] memory keys = new string[](1);
        string[] memory values = new string[](1);
        keys[0] = "Message";
        values[0] = message;
        Bounds memory b = bounds;
        Market.JobOffer memory job = Market.JobOffer({
            creator: address(this),
            module: keccak256(bytes(MODULE)),
            moduleHash: bytes32(0),
            inputsHash: market.inputsHash(keys, values, new string[](0), new bytes32[](0)),
            cpuMilli: 1000,
            ramMiB: 100,
            diskMiB: 100,
            gpus: 0,
            gpuVramMiB: 0,
            maxPrice: maxPrice,
            collateral: collateral,
            mediationFee: b.mediationFee,
            maxSubmitWindow: b.maxSubmitWindow,
            minJudgeWindow: b.minJudgeWindow,
            maxMediateWindow: b.maxMediateWindow,
            minTimeoutCollateral: b.minTimeoutCollateral,
            minResultsCollateral: b.minResultsCollateral,
            mediators: mediators,
            solvers: new address[](0),
            solverWindow: 0,
            nonce: nonce++,
            createdAt: uint64(block.timestamp),
            validUntil: uint64(block.timestamp) + validFor
        });
        jobId = market.postJob(job, MODULE, Market.ModulePin(bytes20(0), bytes32(0)), keys, values);
        messages[jobId] = message;
        emit CowsayRequested(jobId, message);
    }

    /// @notice The owner accepts a deal's result before the judge window ends.
    function accept(Market.Terms calldata t, bytes32 dealId) external onlyOwner {
        market.acceptResult(t, dealId);
    }

    /// @notice The owner disputes a deal's result within the judge window (e.g. its own run
    /// of the deterministic cowsay hashes differently); the mediation fee comes from this
    /// contract's escrow, and a mediator is drawn.
    function challenge(Market.Terms calldata t, bytes32 dealId) external onlyOwner {
        market.challengeResult(t, dealId);
    }

    /// @notice The Market delivers an accepted result.
    function coophiveResult(bytes32 dealId, bytes32 resultHash) external {
        if (msg.sender != address(market)) revert OnlyMarket(msg.sender);
        results[dealId] = resultHash;
        emit CowsayResult(dealId, resultHash);
    }
}
