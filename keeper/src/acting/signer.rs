//! Loads the keeper's signing key from the environment or an encrypted keystore.

use alloy::signers::local::PrivateKeySigner;

use crate::ops::config::SignerSource;

/// Why the signing key could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum SignerError {
    /// The key variable is not set.
    #[error("environment variable {0} is not set (it must hold the keeper's hex private key)")]
    MissingKey(String),
    /// The key variable does not hold a valid key.
    #[error("environment variable {var} does not hold a valid hex private key: {reason}")]
    InvalidKey {
        /// The variable.
        var: String,
        /// Why it is invalid (never the key itself).
        reason: String,
    },
    /// The keystore password variable is not set.
    #[error("environment variable {0} is not set (it must hold the keystore password)")]
    MissingPassword(String),
    /// The keystore could not be read or decrypted.
    #[error("keystore {path}: {reason}")]
    Keystore {
        /// The keystore path.
        path: String,
        /// Why it could not be used.
        reason: String,
    },
}

/// The signer a source names.
pub fn load_signer(source: &SignerSource) -> Result<PrivateKeySigner, SignerError> {
    match source {
        SignerSource::Env(var) => {
            let key = std::env::var(var).map_err(|_| SignerError::MissingKey(var.clone()))?;
            key.trim().parse().map_err(|e: alloy::signers::local::LocalSignerError| {
                SignerError::InvalidKey { var: var.clone(), reason: e.to_string() }
            })
        }
        SignerSource::Keystore { path, password_env } => {
            let password = std::env::var(password_env)
                .map_err(|_| SignerError::MissingPassword(password_env.clone()))?;
            PrivateKeySigner::decrypt_keystore(path, password).map_err(|e| SignerError::Keystore {
                path: path.display().to_string(),
                reason: e.to_string(),
            })
        }
    }
}

/// The reporter keys a config names; the keeper's own key when it names none.
pub fn load_reporters(
    sources: &[SignerSource],
    keeper: &PrivateKeySigner,
) -> Result<Vec<PrivateKeySigner>, SignerError> {
    if sources.is_empty() {
        return Ok(vec![keeper.clone()]);
    }
    sources.iter().map(load_signer).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_variable_is_named() {
        let err =
            load_signer(&SignerSource::Env("ERA_KEEPER_TEST_UNSET_VARIABLE".into())).unwrap_err();
        assert_eq!(
            err.to_string(),
            "environment variable ERA_KEEPER_TEST_UNSET_VARIABLE is not set \
             (it must hold the keeper's hex private key)"
        );
    }

    #[test]
    fn a_keystore_needs_its_password_variable_and_a_readable_file() {
        let missing = SignerSource::Keystore {
            path: "nope.json".into(),
            password_env: "ERA_KEEPER_TEST_UNSET_PASSWORD".into(),
        };
        assert!(matches!(load_signer(&missing).unwrap_err(), SignerError::MissingPassword(v)
            if v == "ERA_KEEPER_TEST_UNSET_PASSWORD"));
        // PATH is always set; it stands in for the operator's password variable.
        let unreadable = SignerSource::Keystore {
            path: "/nonexistent/keystore.json".into(),
            password_env: "PATH".into(),
        };
        let err = load_signer(&unreadable).unwrap_err();
        assert!(err.to_string().starts_with("keystore /nonexistent/keystore.json: "), "{err}");
    }
}
