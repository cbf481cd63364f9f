//! The integration tests of this package, gathered into one test binary (one link instead of one per file);
//! each module is one former `tests/<name>.rs`.

mod docs_worked_example;
mod events;
mod example_receiver;
mod http_integration;
mod properties;
mod python_vectors;
