//! wemeet
