//! wemeet-mock
