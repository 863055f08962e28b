// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

// The Hyperlane core every chain of a deployment runs (issue 15), built from the pinned npm
// package `@hyperlane-xyz/core` and never copied here: importing them makes forge build their
// artifacts, which `make bindings` turns into the Rust bindings the deploy tool deploys. The
// file sits beside the tests and is named like one (`.t.sol`: `forge build --skip test` leaves
// it out), not in contracts/src, so that slither (which analyses that build and crashes
// parsing Hyperlane's Merkle library) never reads their sources.
//
// - Mailbox: dispatches and processes messages; its domain is the chain id.
// - MerkleTreeHook: the required hook; inserts each message id into the tree validators sign.
// - ProtocolFee: the default hook, with a maximum fee of 0 (relaying is the keeper's job and
//   costs the sender nothing; Mailbox needs a default hook contract).
// - StaticMessageIdMultisigIsmFactory: deploys the message-id multisig ISM of a validator set
//   and threshold (the keeper reporters and the distributor's threshold).
// - ValidatorAnnounce: where validators announce their checkpoint storage.

import {Mailbox} from "@hyperlane-xyz/core/contracts/Mailbox.sol";
import {MerkleTreeHook} from "@hyperlane-xyz/core/contracts/hooks/MerkleTreeHook.sol";
import {ProtocolFee} from "@hyperlane-xyz/core/contracts/hooks/ProtocolFee.sol";
import {
    StaticMessageIdMultisigIsm,
    StaticMessageIdMultisigIsmFactory
} from "@hyperlane-xyz/core/contracts/isms/multisig/StaticMultisigIsm.sol";
import {ValidatorAnnounce} from "@hyperlane-xyz/core/contracts/isms/multisig/ValidatorAnnounce.sol";
// Imported by the ones above through relative paths, which forge does not match against the
// context remapping; named here, they resolve to Hyperlane's OpenZeppelin 4.9.3 as solc expects.
import {CheckpointLib} from "@hyperlane-xyz/core/contracts/libs/CheckpointLib.sol";
import {
    StaticThresholdAddressSetFactory
} from "@hyperlane-xyz/core/contracts/libs/StaticAddressSetFactory.sol";
