// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title StakeCheckpoints
/// @notice A stake history keyed by timestamp, built to make the common write cheap. The latest
///         checkpoint lives in a one-slot head together with the history length; older
///         checkpoints move into the history only when a later timestamp supersedes the head.
///         So a trace's first write costs one new slot, a write in the same second updates the
///         head, and only a write at a later second appends a history slot. OpenZeppelin's
///         `Checkpoints.Trace208` writes two new slots (length and element) for a first write.
/// @dev Values are uint96 (the whole ERA supply is below 2^90) and keys uint48 timestamps.
library StakeCheckpoints {
    /// @notice A write with a key below the latest one.
    error StakeCheckpointsUnorderedKey(uint48 key, uint48 latest);

    /// @dev One slot: the latest checkpoint and the number of older ones in `history`. The
    ///      fields fill the slot, so a write replaces it without reading it first.
    struct Head {
        uint48 key;
        uint96 value;
        uint112 length;
    }

    /// @dev One slot per superseded checkpoint, in increasing key order.
    struct Checkpoint {
        uint48 key;
        uint96 value;
    }

    struct Trace {
        Head head;
        mapping(uint256 index => Checkpoint) history;
    }

    /// @notice Records `value` as of `key`, which must not be below the latest key.
    function push(Trace storage self, uint48 key, uint96 value) internal {
        _write(self, self.head, key, value);
    }

    /// @notice Adds `delta` to the latest value, as of `key`. Reverts on overflow.
    function add(Trace storage self, uint48 key, uint96 delta) internal {
        Head memory head = self.head;
        _write(self, head, key, head.value + delta);
    }

    /// @notice Subtracts `delta` from the latest value, as of `key`. Reverts on underflow.
    function sub(Trace storage self, uint48 key, uint96 delta) internal {
        Head memory head = self.head;
        _write(self, head, key, head.value - delta);
    }

    /// @notice The latest value (0 for an empty trace).
    function latest(Trace storage self) internal view returns (uint96) {
        return self.head.value;
    }

    /// @notice The value as of `key`: that of the last checkpoint with a key at or below it, 0 if
    ///         there is none. O(log n) in the history length; O(1) when the head answers.
    function upperLookup(Trace storage self, uint48 key) internal view returns (uint96) {
        Head memory head = self.head;
        if (head.key <= key) return head.value;
        uint256 low = 0;
        uint256 high = head.length;
        // Invariant: every checkpoint below `low` has a key <= `key`, every one from `high` on a
        // key above it. The midpoint never overflows: both bounds are below 2^112.
        while (low < high) {
            uint256 mid = (low + high) >> 1;
            if (self.history[mid].key > key) high = mid;
            else low = mid + 1;
        }
        return low == 0 ? 0 : self.history[low - 1].value;
    }

    /// @notice How many checkpoints the trace holds, the head included.
    function length(Trace storage self) internal view returns (uint256) {
        Head memory head = self.head;
        if (head.key == 0 && head.length == 0) return 0;
        return uint256(head.length) + 1;
    }

    function _write(Trace storage self, Head memory head, uint48 key, uint96 value) private {
        if (key < head.key) revert StakeCheckpointsUnorderedKey(key, head.key);
        if (key != head.key && (head.key != 0 || head.length != 0)) {
            self.history[head.length] = Checkpoint(head.key, head.value);
            // A trace grows by at most one checkpoint a second, far below 2^112.
            unchecked {
                ++head.length;
            }
        }
        // Field by field: the fields fill the slot, so the compiler writes it without reading it.
        Head storage stored = self.head;
        stored.key = key;
        stored.value = value;
        stored.length = head.length;
    }
}
