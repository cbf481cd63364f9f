//! wemeet-blocking
