//! wemeet-sign
