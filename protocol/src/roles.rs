//! The `AccessControl` role ids of `contracts/src/libraries/Roles.sol`
//! (`keccak256("era.role.<name>")`). The deploy tool's end-to-end test checks each against a
//! deployed contract's `hasRole`.

use alloy::primitives::{keccak256, B256};

/// `DEFAULT_ADMIN_ROLE` of OpenZeppelin's AccessControl.
pub const DEFAULT_ADMIN: B256 = B256::ZERO;

/// `Roles.KEEPER`.
pub fn keeper() -> B256 {
    keccak256("era.role.keeper")
}
/// `Roles.PARAMETER`.
pub fn parameter() -> B256 {
    keccak256("era.role.parameter")
}
/// `Roles.COUNCIL`.
pub fn council() -> B256 {
    keccak256("era.role.council")
}
/// `Roles.RELAYER`.
pub fn relayer() -> B256 {
    keccak256("era.role.relayer")
}
/// `Roles.PROFILE_WRITER`.
pub fn profile_writer() -> B256 {
    keccak256("era.role.profile-writer")
}

/// Every role of Roles.sol with its string, for checks and diagnostics.
pub fn all() -> [(&'static str, B256); 5] {
    [
        ("keeper", keeper()),
        ("parameter", parameter()),
        ("council", council()),
        ("relayer", relayer()),
        ("profile-writer", profile_writer()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Roles.sol and this module name the same roles: a role added, renamed or removed on one
    /// side fails here without a chain (the deploy end-to-end test checks `hasRole` on chain).
    #[test]
    fn roles_match_roles_sol() {
        let source = include_str!("../../contracts/src/libraries/Roles.sol");
        let mut in_solidity: Vec<&str> = source
            .split("keccak256(\"era.role.")
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap())
            .collect();
        in_solidity.sort_unstable();
        let mut here: Vec<&str> = all().iter().map(|(name, _)| *name).collect();
        here.sort_unstable();
        assert_eq!(in_solidity, here);
        for (name, id) in all() {
            assert_eq!(id, keccak256(format!("era.role.{name}")), "{name}");
        }
    }
}
