// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title Token
/// @notice The ERC-20 the market settles in. The whole supply is minted once, to the
/// deployer, so "wallets + escrow = supply" is a checkable invariant. It takes EIP-2612
/// permits (signed approvals; EIP-712 domain: the token's name, version "1", the chain id and
/// this address, as eip712Domain() reports), so that Market.depositWithPermit tops an escrow
/// up in one transaction instead of approve and deposit.
contract Token is ERC20, ERC20Permit {
    constructor(string memory name_, string memory symbol_, uint256 supply) ERC20(name_, symbol_) ERC20Permit(name_) {
        _mint(msg.sender, supply);
    }
}
