//! What crosses a network: the trust store and added roots, TLS failures, proxies, plain http off loopback, and the
//! caller's own HTTP client. A test binary of its own (not a module of `it`) because CI runs it again on each other
//! TLS backend (`--features wemeet/native-tls,...`): a backend is a feature, and rebuilding this small binary on it
//! costs a fraction of rebuilding `it`.

mod network_policy;
mod own_http_client;
