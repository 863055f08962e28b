//! era-deploy: brings up an ERA Metalayer devnet (a hub anvil and N rollup anvils), deploys the
//! contract suite and writes the deployment manifest. Also the library the end-to-end tests use
//! to start devnets. The manifest itself lives in `era-protocol`.

pub mod anvil;
pub mod devnet;
pub mod hyperlane;
pub mod progress;
pub mod suite;
pub mod summary;
pub mod traffic;
pub mod tx;
pub mod verify;

pub use devnet::{Devnet, DevnetConfig, DevnetError};
/// The deployment manifest (defined in `era-protocol`, which the keeper reads it from).
pub use era_protocol::manifest;
pub use manifest::{HubDeployment, Manifest, ManifestError, RollupDeployment, MANIFEST_VERSION};
pub use progress::{Progress, Quiet};
