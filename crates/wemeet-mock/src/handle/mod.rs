pub(crate) mod builder;
pub(crate) mod event_callbacks;
pub(crate) mod exposure;
pub(crate) mod mock_server;
pub(crate) mod state;
