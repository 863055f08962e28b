//! era-keeper library.
