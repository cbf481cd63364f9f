//! The layouts added to a meeting and the one it applies ([`MockServer::layouts`](crate::MockServer::layouts)): the
//! layout endpoints the SDKs have add and apply layouts but none reads them back, so tests read them here.

use std::collections::BTreeMap;

use wemeet_types::layouts::{AdvancedLayout, MeetingLayout};

/// A layout added to a meeting, as its add call answered it (with the ID the mock gave it).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum StoredLayout {
    /// A basic layout (`POST /v1/meetings/{meeting_id}/layouts`).
    Basic(MeetingLayout),
    /// An advanced layout (`POST /v1/meetings/{meeting_id}/advanced-layouts`).
    Advanced(AdvancedLayout),
}

impl StoredLayout {
    /// The layout's ID.
    pub fn layout_id(&self) -> &str {
        let id = match self {
            StoredLayout::Basic(layout) => layout.layout_id.as_deref(),
            StoredLayout::Advanced(layout) => layout.layout_id.as_deref(),
        };
        id.unwrap_or_default()
    }

    /// What the layout weighs in the store, in bytes.
    fn weight(&self) -> usize {
        let json = match self {
            StoredLayout::Basic(layout) => serde_json::to_vec(layout),
            StoredLayout::Advanced(layout) => serde_json::to_vec(layout),
        };
        64 + json.map_or(0, |bytes| bytes.len())
    }
}

/// The layouts of one meeting: those added, in order, the one the meeting applies and the personal layouts of
/// participants.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct MeetingLayouts {
    /// The layouts added, oldest first (basic and advanced alike count towards the meeting's limit).
    pub layouts: Vec<StoredLayout>,
    /// The ID of the layout the meeting applies; `None` for its default layout.
    pub applied: Option<String>,
    /// Personal layouts (个性布局): the layout ID each participant, by `ms_open_id`, was given.
    pub personal: BTreeMap<String, String>,
}

impl MeetingLayouts {
    /// Whether the meeting has a layout with this ID.
    pub(crate) fn has(&self, layout_id: &str) -> bool {
        self.layouts
            .iter()
            .any(|layout| layout.layout_id() == layout_id)
    }

    /// What the layouts weigh in the store, in bytes.
    pub(crate) fn weight(&self) -> usize {
        self.layouts.iter().map(StoredLayout::weight).sum::<usize>()
            + self
                .personal
                .iter()
                .map(|(who, layout)| 64 + who.len() + layout.len())
                .sum::<usize>()
    }
}
