//! wemeet-types
