// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Mailbox} from "@hyperlane-xyz/core/contracts/Mailbox.sol";
import {MerkleTreeHook} from "@hyperlane-xyz/core/contracts/hooks/MerkleTreeHook.sol";
import {ProtocolFee} from "@hyperlane-xyz/core/contracts/hooks/ProtocolFee.sol";
import {IMessageRecipient} from "@hyperlane-xyz/core/contracts/interfaces/IMessageRecipient.sol";
import {
    StaticMessageIdMultisigIsmFactory
} from "@hyperlane-xyz/core/contracts/isms/multisig/StaticMultisigIsm.sol";
import {CheckpointLib} from "@hyperlane-xyz/core/contracts/libs/CheckpointLib.sol";
import {Vm} from "forge-std/Vm.sol";

import {GasMeter} from "../utils/GasMeter.sol";

/// @dev Records what it was handed.
contract RecordingRecipient is IMessageRecipient {
    uint32 public lastOrigin;
    bytes32 public lastSender;
    bytes public lastBody;
    uint256 public handled;

    function handle(uint32 origin, bytes32 sender, bytes calldata body) external payable {
        lastOrigin = origin;
        lastSender = sender;
        lastBody = body;
        ++handled;
    }
}

/// @notice The Hyperlane core the deployment runs on every chain (contracts/test/messaging/HyperlaneCore.t.sol),
///         from the pinned Hyperlane core package's sources: a message dispatched on the hub's
///         Mailbox is processed on a rollup's Mailbox with message-id multisig metadata signed
///         by a threshold of the validators, and refused with anything less (issue 15). Both
///         Mailboxes live in one test EVM; the domains are the chain ids.
contract HyperlaneMessagingTest is GasMeter {
    uint32 internal constant HUB = 31_337;
    uint32 internal constant ROLLUP = 100_001;
    uint8 internal constant THRESHOLD = 2;

    address internal governance = makeAddr("governance");
    address internal sender = makeAddr("sender");
    address internal relayer = makeAddr("relayer");

    Mailbox internal hubMailbox;
    MerkleTreeHook internal hubTree;
    Mailbox internal rollupMailbox;
    MerkleTreeHook internal rollupTree;
    RecordingRecipient internal recipient;
    address internal ism;

    uint256[] internal validatorKeys;
    address[] internal validators;

    function setUp() public {
        // Three validators, sorted by address: the ISM expects signatures in its set's order.
        for (uint256 i; i < 3; ++i) {
            (address validator, uint256 key) =
                makeAddrAndKey(string.concat("validator", vm.toString(i)));
            validators.push(validator);
            validatorKeys.push(key);
        }
        _sortValidators();
        StaticMessageIdMultisigIsmFactory factory = new StaticMessageIdMultisigIsmFactory();
        ism = factory.deploy(validators, THRESHOLD);
        (hubMailbox, hubTree) = _core(HUB);
        (rollupMailbox, rollupTree) = _core(ROLLUP);
        recipient = new RecordingRecipient();
    }

    function test_message_deliveredWithThresholdSignatures() public {
        (bytes memory message, bytes32 id) = _dispatch("channel update");
        bytes memory metadata = _metadata(id, _signers(0, 2));
        vm.prank(relayer);
        rollupMailbox.process(metadata, message);
        assertTrue(rollupMailbox.delivered(id));
        assertEq(rollupMailbox.processor(id), relayer);
        assertEq(recipient.handled(), 1);
        assertEq(recipient.lastOrigin(), HUB);
        assertEq(recipient.lastSender(), bytes32(uint256(uint160(sender))));
        assertEq(recipient.lastBody(), bytes("channel update"));
        // The required hook put the message in the hub's tree the validators sign.
        assertEq(hubTree.count(), 1);
    }

    function test_message_anyThresholdOfTheValidatorsWill() public {
        (bytes memory message, bytes32 id) = _dispatch("b");
        rollupMailbox.process(_metadata(id, _signers(1, 2)), message);
        assertTrue(rollupMailbox.delivered(id));
    }

    function test_message_refusedBelowThreshold() public {
        (bytes memory message, bytes32 id) = _dispatch("c");
        uint256[] memory one = new uint256[](1);
        one[0] = validatorKeys[0];
        bytes memory metadata = _metadata(id, one);
        // The ISM reads a second signature that is not there.
        vm.expectRevert();
        rollupMailbox.process(metadata, message);
        assertFalse(rollupMailbox.delivered(id));
        assertEq(recipient.handled(), 0);
    }

    function test_message_refusedWithANonValidatorSignature() public {
        (bytes memory message, bytes32 id) = _dispatch("d");
        uint256[] memory keys = new uint256[](2);
        keys[0] = validatorKeys[0];
        (, keys[1]) = makeAddrAndKey("impostor");
        bytes memory metadata = _metadata(id, keys);
        vm.expectRevert(bytes("!threshold"));
        rollupMailbox.process(metadata, message);
        assertEq(recipient.handled(), 0);
    }

    function test_message_refusedWhenForged() public {
        (bytes memory message, bytes32 id) = _dispatch("pay 1 ERA");
        bytes memory metadata = _metadata(id, _signers(0, 2));
        // The same signatures over a message with another body: another id, another digest.
        bytes memory forged = _withBody(message, "pay 1000000 ERA");
        vm.expectRevert(bytes("!threshold"));
        rollupMailbox.process(metadata, forged);
        assertEq(recipient.handled(), 0);
        // The genuine one still goes through.
        rollupMailbox.process(metadata, message);
        assertEq(recipient.lastBody(), bytes("pay 1 ERA"));
    }

    function test_message_neverDeliveredTwice() public {
        (bytes memory message, bytes32 id) = _dispatch("once");
        bytes memory metadata = _metadata(id, _signers(0, 2));
        rollupMailbox.process(metadata, message);
        vm.expectRevert(bytes("Mailbox: already delivered"));
        rollupMailbox.process(metadata, message);
        assertEq(recipient.handled(), 1);
    }

    function test_message_refusedOnAnotherDestination() public {
        (bytes memory message, bytes32 id) = _dispatch("e");
        bytes memory metadata = _metadata(id, _signers(0, 2));
        vm.expectRevert(bytes("Mailbox: unexpected destination"));
        hubMailbox.process(metadata, message);
    }

    function testFuzz_message_deliveredExactlyAsSent(bytes calldata body, uint8 first) public {
        (bytes memory message, bytes32 id) = _dispatch(body);
        rollupMailbox.process(_metadata(id, _signers(first % 2, 2)), message);
        assertEq(recipient.lastBody(), body);
        assertTrue(rollupMailbox.delivered(id));
    }

    function test_gas_dispatch() public {
        bytes memory call = abi.encodeWithSignature(
            "dispatch(uint32,bytes32,bytes)",
            ROLLUP,
            bytes32(uint256(uint160(address(recipient)))),
            bytes("channel update")
        );
        address[] memory touched = new address[](2);
        touched[0] = address(hubTree);
        touched[1] = address(hubMailbox.defaultHook());
        _measureTx("Hyperlane", "dispatch", sender, address(hubMailbox), call, touched);
    }

    function test_gas_process() public {
        (bytes memory message, bytes32 id) = _dispatch("channel update");
        bytes memory call =
            abi.encodeCall(Mailbox.process, (_metadata(id, _signers(0, 2)), message));
        address[] memory touched = new address[](2);
        touched[0] = ism;
        touched[1] = address(recipient);
        _measureTx(
            "Hyperlane",
            "process (2 of 3 signatures)",
            relayer,
            address(rollupMailbox),
            call,
            touched
        );
    }

    // ------------------------------------------------------------------------------------------

    /// @dev A chain's core as the deploy tool sets it up: the Mailbox owned by governance, the
    ///      MerkleTreeHook required, a fee hook that can never charge as default, the ISM.
    function _core(uint32 domain) internal returns (Mailbox mailbox, MerkleTreeHook tree) {
        mailbox = new Mailbox(domain);
        tree = new MerkleTreeHook(address(mailbox));
        ProtocolFee noFee = new ProtocolFee(0, 0, governance, governance);
        mailbox.initialize(governance, ism, address(noFee), address(tree));
    }

    function _dispatch(bytes memory body) internal returns (bytes memory message, bytes32 id) {
        vm.recordLogs();
        vm.prank(sender);
        id = hubMailbox.dispatch(ROLLUP, bytes32(uint256(uint160(address(recipient)))), body);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        bytes32 dispatchTopic = keccak256("Dispatch(address,uint32,bytes32,bytes)");
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter == address(hubMailbox) && logs[i].topics[0] == dispatchTopic) {
                message = abi.decode(logs[i].data, (bytes));
            }
        }
        assertEq(keccak256(message), id, "the Dispatch event carries the message");
    }

    /// @dev Message-id multisig metadata (Hyperlane's MessageIdMultisigIsmMetadata): the origin
    ///      merkle tree hook, the checkpoint root and index, then the signatures in validator
    ///      order, each over Hyperlane's checkpoint digest.
    function _metadata(bytes32 id, uint256[] memory keys) internal view returns (bytes memory) {
        (bytes32 root, uint32 index) = hubTree.latestCheckpoint();
        bytes32 tree = bytes32(uint256(uint160(address(hubTree))));
        bytes32 digest = CheckpointLib.digest(HUB, tree, root, index, id);
        bytes memory signatures;
        for (uint256 i; i < keys.length; ++i) {
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(keys[i], digest);
            signatures = abi.encodePacked(signatures, r, s, v);
        }
        return abi.encodePacked(tree, root, index, signatures);
    }

    /// @dev `count` validator keys from index `from`, in the set's order.
    function _signers(uint256 from, uint256 count) internal view returns (uint256[] memory keys) {
        keys = new uint256[](count);
        for (uint256 i; i < count; ++i) {
            keys[i] = validatorKeys[from + i];
        }
    }

    /// @dev The message with its body (from byte 77, Hyperlane's Message layout) replaced.
    function _withBody(bytes memory message, bytes memory body)
        internal
        pure
        returns (bytes memory forged)
    {
        forged = new bytes(77 + body.length);
        for (uint256 i; i < 77; ++i) {
            forged[i] = message[i];
        }
        for (uint256 i; i < body.length; ++i) {
            forged[77 + i] = body[i];
        }
    }

    function _sortValidators() internal {
        for (uint256 i; i < validators.length; ++i) {
            for (uint256 j = i + 1; j < validators.length; ++j) {
                if (validators[j] < validators[i]) {
                    (validators[i], validators[j]) = (validators[j], validators[i]);
                    (validatorKeys[i], validatorKeys[j]) = (validatorKeys[j], validatorKeys[i]);
                }
            }
        }
    }
}
