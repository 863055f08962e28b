//! era-deploy library.
