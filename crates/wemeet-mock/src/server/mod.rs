pub(crate) mod connection;
pub(crate) mod head_timer;
pub(crate) mod limits;
pub(crate) mod reply;
pub(crate) mod router;
