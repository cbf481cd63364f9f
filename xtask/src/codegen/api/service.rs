//! The services (a folder of `schemas/` and a cargo feature each) and where each definition's Rust type lives.

/// A service of the API: a folder of `schemas/`, a module of `wemeet-types` and both clients, a cargo feature.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Service {
    /// The Rust module and the folder (`users`).
    pub module: String,
    /// The cargo feature that compiles it (`users`).
    pub feature: String,
    /// The official SDKs' name of the service (`user_manager`).
    pub sdk_name: String,
    /// One line saying what it does.
    pub summary: String,
    /// What a maintainer must know about it (the manifest's `$comment`).
    pub comment: Option<String>,
}

/// Where a definition's Rust type lives in `wemeet-types`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Home {
    /// The crate root: the definitions every service shares (`common.json`, the error body), always compiled.
    Root,
    /// `wemeet_types::events`: the event callbacks' payloads, always compiled.
    Events,
    /// A service's module, compiled with its feature.
    Service(Service),
}

/// The folder of the event payloads.
pub const EVENTS_FOLDER: &str = "events";

impl Home {
    /// The module's name, `None` for the crate root.
    pub fn module(&self) -> Option<&str> {
        match self {
            Home::Root => None,
            Home::Events => Some(EVENTS_FOLDER),
            Home::Service(service) => Some(&service.module),
        }
    }

    /// The cargo feature that compiles it, `None` when it always is.
    pub fn feature(&self) -> Option<&str> {
        match self {
            Home::Service(service) => Some(&service.feature),
            Home::Root | Home::Events => None,
        }
    }
}
