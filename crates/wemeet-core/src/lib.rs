//! wemeet-core
