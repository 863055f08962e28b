//! era-deploy: brings up an ERA Metalayer devnet (a hub anvil and N rollup anvils), deploys the
//! contract suite and writes the deployment manifest. Also the library the keeper and the
//! end-to-end tests use to start devnets and read manifests.

pub mod anvil;
pub mod devnet;
pub mod manifest;
pub mod progress;
pub mod suite;
pub mod summary;
pub mod traffic;
pub mod tx;

pub use devnet::{Devnet, DevnetConfig, DevnetError};
pub use manifest::{HubDeployment, Manifest, ManifestError, RollupDeployment, MANIFEST_VERSION};
pub use progress::{Progress, Quiet};
